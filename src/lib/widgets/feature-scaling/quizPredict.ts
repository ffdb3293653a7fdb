/**
 * Predict-then-see questions for feature scaling: each asks what adding one far point does
 * (to min-max and robust scaling, to the models, to a scaler fitted on all rows), answers by
 * running the engine on that changed data, and its "Show me" opens that state.
 *
 * They are asked only of the plain data (no added points yet), from a table a link can name
 * (an upload never goes into a link, so "Show me" could not open it).
 */
import { fitScaler } from '$lib/ml/scaling';
import { counted, formatCount, formatPercent, formatShort as show } from '$lib/format/format';
import { showMe } from '$lib/quiz/quiz';
import {
	originalRows,
	robustSteady,
	scaleAll,
	sliver,
	splitRows,
	wholePercent,
	withAdded,
	type ScalingData
} from './analysis';
import { scalingCodec, type Compared, type Placement, type ScalingUrlState } from './codec';
import { farPoint } from './data';
import { accuracyOf, predictionChange, testPredictions, type PredictionChange } from './models';
import type { Generator, ScalingQuizView } from './quizView';

/** "a − b", with a negative b in brackets. */
const minus = (a: number, b: number) => `${show(a)} − ${b < 0 ? `(${show(b)})` : show(b)}`;

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

/** The first feature of the original training rows after min-max and robust scaling fitted on `split.train`. */
function scaledSpans(data: ScalingData, split: { train: number[] }) {
	const fitData = split.train.map((i) => data.X[i]);
	const rows = originalRows(data, split.train);
	const spanOf = (method: 'minmax' | 'robust') => range(fitScaler(method, fitData).transform(data.X), rows);
	return { minmax: spanOf('minmax'), robust: spanOf('robust') };
}

/** "22 of 120 test predictions changed: 9 from wrong to right, 9 from right to wrong, so the accuracy stays." */
export function changesText({ changed, gained, lost }: PredictionChange, total: number): string {
	const other = changed - gained - lost;
	const parts = [
		`${formatCount(gained)} from wrong to right`,
		`${formatCount(lost)} from right to wrong`,
		...(other > 0 ? [`${formatCount(other)} from one wrong class to another`] : [])
	];
	const verdict =
		gained === lost
			? 'so the accuracy stays'
			: gained > lost
				? 'so the accuracy rises'
				: 'so the accuracy falls';
	return `${counted(changed, 'test prediction')} of ${formatCount(total)} changed: ${parts.join(', ')}, ${verdict}.`;
}

const see = (view: ScalingQuizView, label: string, change: Partial<ScalingUrlState>) =>
	showMe(label, scalingCodec, view.input, change);

/** "Show me" with `point` added to the training rows, which the scalers are fitted on, comparing scaler `cmp`. */
const seeTrainingPoint = (view: ScalingQuizView, point: [number, number], cmp: Compared) =>
	see(view, `a point at ${view.data.xName} = ${show(point[0])}`, {
		out: [point],
		place: 'train',
		fit: 'train',
		cmp
	});

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
			explanation: `The new point is the maximum, so the others end at (${minus(hi, lo)}) / (${minus(point[0], lo)}) = ${show(answer)}: they fill 0 to ${show(answer)}, squeezed by one value.`,
			see: seeTrainingPoint(view, point, 'minmax')
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
		const answer =
			minmaxSteady && robustIsSteady
				? options[2]
				: robustIsSteady
					? options[1]
					: minmaxSteady
						? options[0]
						: options[3];
		return {
			id: 'outlier-which-scaler',
			form: 'predict',
			kind: 'choice',
			prompt: `Add one point with ${data.xName} = ${show(point[0])} to the training rows (theirs run from ${show(lo)} to ${show(hi)}). Which scaler keeps the other training rows' ${data.xName} at least ${Math.round(robustSteady * 100)}% as spread out as before?`,
			options,
			answer,
			explanation: `Min-max keeps ${wholePercent(minmaxRatio)} of their spread (the point becomes its maximum); robust scaling keeps ${wholePercent(robustRatio)}: one point moves the median and quartiles by at most one row's step.`,
			see: seeTrainingPoint(view, point, 'robust')
		};
	},
	(view) => {
		const point = farPointFor(view);
		if (!point) return null;
		const { data } = view;
		const originals = data.X.map((_, i) => i);
		const [lo, hi] = range(data.X, originals);
		const [trainLo, trainHi] = range(data.X, view.split.train);
		if (point[0] <= hi || trainHi === trainLo) return null;
		// the Show me page (fit on all rows, the point a test row) prints both numbers: the originals' new range and where a train fit puts the point
		const answer = (hi - lo) / (point[0] - lo);
		const unseen = (point[0] - trainLo) / (trainHi - trainLo);
		return {
			id: 'leak-test-point',
			form: 'predict',
			kind: 'number',
			tolerance: 0.005,
			prompt: `The ${formatCount(originals.length)} rows' ${data.xName} (training and test) runs from ${show(lo)} to ${show(hi)}. A new test row has ${data.xName} = ${show(point[0])}. Fit min-max on all rows, the new one included: what does the largest of the others, ${show(hi)}, become?`,
			answer,
			explanation: `(${minus(hi, lo)}) / (${minus(point[0], lo)}) = ${show(answer)}, not 1: one test row set the maximum and squeezed every other row into 0 to ${show(answer)}. Fitted on the training rows only, the scaler never sees it (it lands at ${show(unseen)}).`,
			see: see(view, `the point in the test rows, fitted on all rows`, {
				out: [point],
				place: 'test',
				fit: 'all',
				cmp: 'minmax'
			})
		};
	},
	...(['tree', 'knn'] as const).map((model): Generator => (view) => {
		const point = farPointFor(view);
		if (!point || !view.data.classes) return null;
		const minmaxNow = view.trainFit.find((v) => v.id === 'minmax');
		const now = minmaxNow ? testPredictions(model, view.data, minmaxNow.X, view.split) : null;
		const changed = withPoint(view, point, 'train');
		const minmaxAfter = scaleAll(changed.data.X, changed.split.train).find((v) => v.id === 'minmax');
		const later = minmaxAfter ? testPredictions(model, changed.data, minmaxAfter.X, changed.split) : null;
		if (now === null || later === null) return null;
		const [before, after] = [accuracyOf(now), accuracyOf(later)];
		const options = ['It rises', 'It falls', 'It stays the same'];
		const answer = after > before ? options[0] : after < before ? options[1] : options[2];
		const name = model === 'tree' ? 'depth-3 decision tree' : '5-NN classifier';
		const change = predictionChange(now, later);
		const kept = width(scaledSpans(changed.data, changed.split).minmax);
		const why =
			change.changed === 0
				? model === 'tree'
					? 'No test prediction changed: a tree splits one feature at a time at a training value, and min-max keeps each feature’s order, so the squeeze moves every threshold with the data.'
					: 'No test prediction changed: the squeeze changed the distances, but no test row’s 5 nearest neighbours voted differently.'
				: `${changesText(change, now.actual.length)}${model === 'knn' && kept < sliver ? ` The other training rows’ ${view.data.xName} now fills 0 to ${show(kept)}, so distances mostly measure ${view.data.yName}.` : ''}`;
		return {
			id: `outlier-${model}`,
			form: 'predict',
			kind: 'choice',
			prompt: `After min-max scaling fitted on the training rows, a ${name} scores ${formatPercent(before)} on the test rows. Add one point with ${view.data.xName} = ${show(point[0])} to the training rows (no class: it only moves the scaler) and refit. Its test accuracy…`,
			options,
			answer,
			explanation: `${formatPercent(before)} before, ${formatPercent(after)} after. ${why}`,
			see: seeTrainingPoint(view, point, 'minmax')
		};
	})
];
