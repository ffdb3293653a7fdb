/**
 * Predict-then-see questions for feature scaling: each asks what adding one far point does
 * (to min-max and robust scaling, to the models, to a scaler fitted on all rows), answers by
 * running the engine on that changed data, and its "Show me" opens that state.
 *
 * They are asked only of the plain data (no added points yet), from a table a link can name
 * (an upload never goes into a link, so "Show me" could not open it).
 */
import { fitScaler } from '$lib/ml/scaling';
import { formatValue as show } from '$lib/ui/format';
import { showMe } from '$lib/ui/quiz';
import { robustSteady, scaleAll, splitRows, withAdded, type ScalingData } from './analysis';
import { scalingCodec, type Placement, type ScalingUrlState } from './codec';
import { farPoint } from './data';
import { percent, testAccuracy } from './models';
import type { Generator, ScalingQuizView } from './quiz';

const two = (v: number) => v.toFixed(2);

/** The far point "Add an outlier" would add, or null when the question does not apply. */
function farPointFor({ input, data }: ScalingQuizView): [number, number] | null {
	if (input.src === 'upload' || data.X.length !== data.addedFrom) return null;
	return farPoint(data.X);
}

/** The data with the far point added to the training or test rows, split as the page splits it. */
function withPoint(view: ScalingQuizView, point: [number, number], place: Placement) {
	const data = withAdded(view.data, [point]);
	return { data, split: splitRows(data, view.input.seed, place) };
}

/** The smallest and largest first feature of some rows of X. */
function range(X: number[][], rows: number[]): [number, number] {
	const values = rows.map((i) => X[i][0]);
	return [Math.min(...values), Math.max(...values)];
}

const width = ([lo, hi]: [number, number]) => hi - lo;
const originalTrainRows = (data: ScalingData, train: number[]) => train.filter((i) => i < data.addedFrom);

/** The first feature of the original training rows after min-max and robust scaling fitted on `split.train`. */
function scaledSpans(data: ScalingData, split: { train: number[] }) {
	const fitData = split.train.map((i) => data.X[i]);
	const rows = originalTrainRows(data, split.train);
	const spanOf = (method: 'minmax' | 'robust') => range(fitScaler(method, fitData).transform(data.X), rows);
	return { minmax: spanOf('minmax'), robust: spanOf('robust') };
}

const see = (view: ScalingQuizView, label: string, change: Partial<ScalingUrlState>) => showMe(label, scalingCodec, view.input, change);

export const predictGenerators: Generator[] = [
	(view) => {
		const point = farPointFor(view);
		if (!point) return null;
		const { data } = view;
		const [lo, hi] = range(data.X, view.split.train);
		if (hi === lo) return null;
		const changed = withPoint(view, point, 'train');
		const answer = width(scaledSpans(changed.data, changed.split).minmax);
		return {
			id: 'outlier-minmax-share',
			form: 'predict',
			kind: 'number',
			proportion: true,
			tolerance: 0.01,
			prompt: `Min-max scaling maps the training rows' ${data.xName}, ${show(lo)} to ${show(hi)}, onto 0 to 1. Add one point with ${data.xName} = ${show(point[0])} to the training rows and refit: what share of the 0–1 range will the other training rows fill?`,
			answer,
			explanation: `The new point is the maximum, so the others end at (${show(hi)} − ${show(lo)}) / (${show(point[0])} − ${show(lo)}) = ${two(answer)}: a sliver of ${percent(answer)} at the bottom, all squeezed by one value.`,
			see: see(view, `a point at ${data.xName} = ${show(point[0])}`, { out: [point], place: 'train', fit: 'train', cmp: 'minmax' })
		};
	},
	(view) => {
		const point = farPointFor(view);
		if (!point) return null;
		const { data } = view;
		const [lo, hi] = range(data.X, view.split.train);
		const before = scaledSpans(data, view.split);
		if (width(before.minmax) === 0 || width(before.robust) === 0) return null;
		const changed = withPoint(view, point, 'train');
		const after = scaledSpans(changed.data, changed.split);
		const minmaxRatio = width(after.minmax) / width(before.minmax);
		const robustRatio = width(after.robust) / width(before.robust);
		const options = ['Min-max', 'Robust (median, IQR)', 'Both', 'Neither'];
		const [minmaxSteady, robustIsSteady] = [minmaxRatio >= robustSteady, robustRatio >= robustSteady];
		const answer = minmaxSteady && robustIsSteady ? options[2] : robustIsSteady ? options[1] : minmaxSteady ? options[0] : options[3];
		return {
			id: 'outlier-which-scaler',
			form: 'predict',
			kind: 'choice',
			prompt: `Add one point with ${data.xName} = ${show(point[0])} to the training rows (theirs run from ${show(lo)} to ${show(hi)}). Which scaler keeps the other training rows' ${data.xName} at least ${Math.round(robustSteady * 100)}% as spread out as before?`,
			options,
			answer,
			explanation: `Min-max keeps ${percent(minmaxRatio)} of their spread (the point becomes its maximum); robust scaling keeps ${percent(robustRatio)}: one point moves the median and quartiles by at most one row's step.`,
			see: see(view, `a point at ${data.xName} = ${show(point[0])}`, { out: [point], place: 'train', fit: 'train', cmp: 'robust' })
		};
	},
	(view) => {
		const point = farPointFor(view);
		if (!point) return null;
		const { data } = view;
		const [trainLo, trainHi] = range(data.X, view.split.train);
		const changed = withPoint(view, point, 'test');
		const every = changed.data.X.map((_, i) => i);
		const [allLo] = range(changed.data.X, every);
		if (point[0] === allLo) return null;
		const answer = fitScaler('minmax', changed.data.X).transform([[trainHi, 0]])[0][0];
		return {
			id: 'leak-test-point',
			form: 'predict',
			kind: 'number',
			tolerance: 0.005,
			prompt: `The training rows' ${data.xName} runs from ${show(trainLo)} to ${show(trainHi)}. A new test row has ${data.xName} = ${show(point[0])}; the smallest of all rows is ${show(allLo)}. Fit min-max on all rows instead of the training rows: what does the largest training value, ${show(trainHi)}, become?`,
			answer,
			explanation: `(${show(trainHi)} − ${show(allLo)}) / (${show(point[0])} − ${show(allLo)}) = ${answer.toFixed(3)}, not 1: one test row set the maximum and squeezed the training data. Fitted on the training rows, the scaler never sees it (it lands at ${two((point[0] - trainLo) / (trainHi - trainLo))}).`,
			see: see(view, `the point in the test rows, fitted on all rows`, { out: [point], place: 'test', fit: 'all', cmp: 'minmax' })
		};
	},
	...(['tree', 'knn'] as const).map(
		(model): Generator =>
			(view) => {
				const point = farPointFor(view);
				if (!point || !view.data.classes) return null;
				const minmaxNow = view.trainFit.find((v) => v.id === 'minmax');
				const now = minmaxNow ? testAccuracy(model, view.data, minmaxNow.X, view.split) : null;
				const changed = withPoint(view, point, 'train');
				const minmaxAfter = scaleAll(changed.data.X, changed.split.train).find((v) => v.id === 'minmax');
				const after = minmaxAfter ? testAccuracy(model, changed.data, minmaxAfter.X, changed.split) : null;
				if (now === null || after === null) return null;
				const options = ['It rises', 'It falls', 'It stays the same'];
				const answer = after > now ? options[0] : after < now ? options[1] : options[2];
				const name = model === 'tree' ? 'depth-3 decision tree' : '5-NN classifier';
				const why =
					model === 'tree'
						? after === now
							? 'A tree splits one feature at a time at a training value; min-max keeps each feature’s order, so the squeeze moves every threshold with the data.'
							: 'The squeeze changed which rows the tree separates.'
						: after === now
							? 'The squeeze changed the distances, but here no test row’s vote of its 5 nearest neighbours changed.'
							: `The squeezed ${view.data.xName} now spans a sliver, so distances mostly measure ${view.data.yName}: the neighbours change.`;
				return {
					id: `outlier-${model}`,
					form: 'predict',
					kind: 'choice',
					prompt: `After min-max scaling fitted on the training rows, a ${name} scores ${percent(now)} on the test rows. Add one point with ${view.data.xName} = ${show(point[0])} to the training rows (no class: it only moves the scaler) and refit. Its test accuracy…`,
					options,
					answer,
					explanation: `${percent(now)} before, ${percent(after)} after. ${why}`,
					see: see(view, `a point at ${view.data.xName} = ${show(point[0])}`, { out: [point], place: 'train', fit: 'train', cmp: 'minmax' })
				};
			}
	)
];
