/**
 * The feature-scaling questions: well formed on every preset and seed, and each generator's
 * answer checked against a computation of its own, by hand or by opening its "Show me" state
 * in a fresh page and reading what the page then shows.
 */
import { describe, expect, it } from 'vitest';
import { knnClassifier } from '$lib/ml/knn';
import { createRng } from '$lib/ml/random';
import { fitTree } from '$lib/ml/tree';
import { fitScaler, SCALER_METHODS } from '$lib/ml/scaling';
import { formatShort } from '$lib/format/format';
import type { Question } from '$lib/quiz/quiz';
import { scalingCodec } from '$lib/widgets/feature-scaling/codec';
import { allScalingQuestions } from '$lib/widgets/feature-scaling/quiz';
import type { ScalingState } from '$lib/widgets/feature-scaling/State.svelte';
import { expectWellFormedQuestions } from './quizRules';
import { PRESETS, SEEDS, scalingPage, scoredPage } from './featureScalingPage';

const cases = PRESETS.flatMap((preset) => SEEDS.map((seed) => `${preset}&seed=${seed}`));

function available(page: ScalingState): Record<string, Question> {
	const questions = allScalingQuestions({
		input: page.input,
		data: page.data!,
		split: page.split!,
		trainFit: page.trainFit,
		picked: page.picked
	});
	return Object.fromEntries(questions.map((q) => [q.id, q]));
}

/** 5-NN's or the depth-3 tree's predictions for the original test rows after min-max fitted on the training rows, by the engine directly. */
function predictionsAfterMinmax(page: ScalingState, model: 'knn' | 'tree'): number[] {
	const data = page.data!;
	const X = page.trainFit.find((v) => v.id === 'minmax')!.X;
	const train = page.split!.train.filter((i) => i < data.addedFrom);
	const test = page.split!.test.filter((i) => i < data.addedFrom);
	const y = train.map((i) => data.classes![i]);
	const fitted =
		model === 'knn'
			? knnClassifier(
					train.map((i) => X[i]),
					y,
					5
				)
			: fitTree(
					train.map((i) => X[i]),
					y,
					{ maxDepth: 3 }
				);
	return fitted.predict(test.map((i) => X[i]));
}

/** The page a predict question's "Show me" opens. */
function shown(question: Question): ScalingState {
	if (question.form !== 'predict') throw new Error(`${question.id} is not a predict question`);
	return scalingPage(question.see.params);
}

const column = (X: number[][], rows: number[], j = 0) => rows.map((i) => X[i][j]);
const width = (values: number[]) => Math.max(...values) - Math.min(...values);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const populationSd = (values: number[]) => Math.sqrt(mean(values.map((v) => (v - mean(values)) ** 2)));
/** NumPy's default (linear) quantile, worked from the sorted values. */
function quantile(values: number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	const h = (sorted.length - 1) * q;
	return sorted[Math.floor(h)] + (h - Math.floor(h)) * (sorted[Math.ceil(h)] - sorted[Math.floor(h)]);
}

describe('dealt questions', () => {
	it.each(cases)(
		'%s: every dealt set is well formed, half or more predict or scenario, and opens valid Show me links',
		(query) => {
			const page = scalingPage(query);
			for (let q = 1; q <= 8; q++) {
				page.input.q = q;
				expectWellFormedQuestions(page.questions, scalingCodec.decode);
			}
			const withPoint = scalingPage(`${query}&out=500_3000`);
			for (let q = 1; q <= 4; q++) {
				withPoint.input.q = q;
				expectWellFormedQuestions(withPoint.questions, scalingCodec.decode);
			}
		}
	);

	it('offers the predict questions on the plain data, five of them, and no predict question an upload could not open', () => {
		const page = scalingPage();
		expect(Object.values(available(page)).filter((q) => q.form === 'predict')).toHaveLength(5);
		const upload = scalingPage();
		upload.uploaded = upload.realTables.loaded.cars!;
		upload.input.src = 'upload';
		expect(Object.values(available(upload)).some((q) => q.form === 'predict')).toBe(false);
		for (let q = 1; q <= 4; q++) {
			upload.input.q = q;
			expectWellFormedQuestions(upload.questions, scalingCodec.decode);
		}
	});
});

describe('each generator’s answer', () => {
	it.each(cases)('%s: the min-max squeeze, worked by hand and seen in the Show me page', (query) => {
		const page = scalingPage(query);
		const question = available(page)['outlier-minmax-share'];
		const data = page.data!;
		const train = column(data.X, page.split!.train);
		const shownPage = shown(question);
		const point = shownPage.data!.X[shownPage.data!.addedFrom][0];
		expect(question.kind === 'number' && question.answer).toBeCloseTo(
			(Math.max(...train) - Math.min(...train)) / (point - Math.min(...train)),
			10
		);
		const minmax = shownPage.trainFit.find((v) => v.id === 'minmax')!;
		expect(question.kind === 'number' && question.answer).toBeCloseTo(
			width(column(minmax.X, page.split!.train)),
			10
		);
		expect(shownPage.input).toMatchObject({ place: 'train', fit: 'train', cmp: 'minmax' });
	});

	it.each(cases)('%s: which scaler keeps its spread, from the spreads the Show me page has', (query) => {
		const page = scalingPage(query);
		const question = available(page)['outlier-which-scaler'];
		const shownPage = shown(question);
		const spread = (state: ScalingState, id: string) =>
			width(column(state.trainFit.find((v) => v.id === id)!.X, page.split!.train));
		const keeps = (id: string) => spread(shownPage, id) / spread(page, id) >= 0.8;
		const expected =
			keeps('minmax') && keeps('robust')
				? 'Both'
				: keeps('robust')
					? 'Robust (median, IQR)'
					: keeps('minmax')
						? 'Min-max'
						: 'Neither';
		expect(question.kind === 'choice' && question.answer).toBe(expected);
		expect(expected).toBe('Robust (median, IQR)');
	});

	it.each(cases)(
		'%s: the largest original value once a test row sets min-max’s maximum, and the Show me page prints the numbers the explanation quotes',
		(query) => {
			const page = scalingPage(query);
			const question = available(page)['leak-test-point'];
			const shownPage = shown(question);
			const data = shownPage.data!;
			const point = data.X[data.addedFrom][0];
			const originals = column(
				data.X,
				data.X.slice(0, data.addedFrom).map((_, i) => i)
			);
			const [low, high] = [Math.min(...originals), Math.max(...originals)];
			const answer = (high - low) / (point - low);
			expect(question.kind === 'number' && question.answer).toBeCloseTo(answer, 10);
			expect(shownPage.input).toMatchObject({ place: 'test', fit: 'all' });
			// by hand: fitted on all rows, the original rows fill 0 to that value; fitted on the training rows, the point lands at (point − min) / (max − min) of them
			const train = column(data.X, shownPage.split!.train);
			const unseen = (point - Math.min(...train)) / (Math.max(...train) - Math.min(...train));
			const minmax = shownPage.versions.find((v) => v.id === 'minmax')!;
			expect(Math.max(...minmax.X.slice(0, data.addedFrom).map((r) => r[0]))).toBeCloseTo(answer, 10);
			// every number the explanation quotes after its "=" is printed on the Show me page, in the same format
			expect(question.explanation).toContain(`= ${formatShort(answer)}, not 1`);
			expect(question.explanation).toContain(`it lands at ${formatShort(unseen)}`);
			const note = shownPage.leakNote.join(' ');
			expect(note).toContain(`at 0 to ${formatShort(answer)}`);
			expect(note).toContain(`at ${formatShort(unseen)}`);
		}
	);

	it.each(cases)(
		'%s: what the point does to the tree and to 5-NN, read from the Show me page’s model table',
		(query) => {
			const page = scoredPage(query);
			const minmaxRow = (state: ScalingState) =>
				state.modelScores!.rows.find((r) => r.id === 'minmax')!.scores;
			for (const model of ['tree', 'knn'] as const) {
				const question = available(page)[`outlier-${model}`];
				const shownPage = shown(question);
				shownPage.scoreNow();
				const [before, after] = [minmaxRow(page)[model]!, minmaxRow(shownPage)[model]!];
				const expected = after > before ? 'It rises' : after < before ? 'It falls' : 'It stays the same';
				expect(question.kind === 'choice' && question.answer, `${model}`).toBe(expected);
				if (model === 'tree') expect(expected).toBe('It stays the same');
				// the explanation counts the test predictions that changed, recounted here with the engine on both pages
				const [was, now] = [predictionsAfterMinmax(page, model), predictionsAfterMinmax(shownPage, model)];
				const changed = was.filter((p, i) => p !== now[i]).length;
				if (changed === 0) expect(question.explanation).toContain('No test prediction changed');
				else {
					expect(question.explanation).not.toContain('No test prediction changed');
					expect(question.explanation).toContain(
						`${changed} test prediction${changed === 1 ? '' : 's'} of ${was.length} changed`
					);
					expect(question.explanation).toContain(
						after === before
							? 'so the accuracy stays'
							: after > before
								? 'so the accuracy rises'
								: 'so the accuracy falls'
					);
				}
			}
		}
	);

	it('5-NN on the cars, seed 1: the accuracy holds while test predictions change, and the explanation says both', () => {
		const page = scalingPage('src=cars&seed=1');
		const question = available(page)['outlier-knn'];
		const [was, now] = [predictionsAfterMinmax(page, 'knn'), predictionsAfterMinmax(shown(question), 'knn')];
		const changed = was.filter((p, i) => p !== now[i]).length;
		expect(changed).toBeGreaterThan(0);
		expect(question.kind === 'choice' && question.answer).toBe('It stays the same');
		expect(question.explanation).toContain(`${changed} test predictions of ${was.length} changed`);
		expect(question.explanation).toContain('so the accuracy stays');
	});

	it.each(cases)('%s: the computations with the fitted numbers, by hand', (query) => {
		const page = scalingPage(query);
		const questions = available(page);
		const data = page.data!;
		const train = page.split!.train;
		const [x, y] = [column(data.X, train, 0), column(data.X, train, 1)];
		// the questions ask about row 1 (the page works row 0, the picked one, through the formula)
		const [x1, y1] = [data.X[1][0], data.X[1][1]];
		const answer = (id: string) => (questions[id].kind === 'number' ? questions[id].answer : NaN);
		expect(answer('minmax-value')).toBeCloseTo((x1 - Math.min(...x)) / (Math.max(...x) - Math.min(...x)), 10);
		expect(answer('standard-value')).toBeCloseTo((x1 - mean(x)) / populationSd(x), 10);
		expect(answer('robust-value')).toBeCloseTo(
			(y1 - quantile(y, 0.5)) / (quantile(y, 0.75) - quantile(y, 0.25)),
			10
		);
		expect(answer('normalizer')).toBe(1);
		expect(Math.hypot(x1 / Math.hypot(x1, y1), y1 / Math.hypot(x1, y1))).toBeCloseTo(1, 12);
	});

	it.each(cases)(
		'%s: the test rows’ mean after a scaler fitted on the training rows is near 0, not 0',
		(query) => {
			const page = scalingPage(query);
			const question = available(page)['test-mean'];
			const data = page.data!;
			const x = column(data.X, page.split!.train);
			const testMean = mean(column(data.X, page.split!.test).map((v) => (v - mean(x)) / populationSd(x)));
			expect(question.prompt).toContain(`is ${formatShort(testMean)}, not 0`);
			expect(question.kind === 'choice' && question.answer).toMatch(/^No/);
			// and fitted on the training rows, those rows themselves come out at mean 0
			expect(mean(x.map((v) => (v - mean(x)) / populationSd(x)))).toBeCloseTo(0, 10);
		}
	);

	it.each(cases)('%s: standardising before the split lets the test rows move μ', (query) => {
		const page = scalingPage(query);
		const question = available(page)['fit-before-split'];
		const data = page.data!;
		const [onTrain, onAll] = [
			mean(column(data.X, page.split!.train)),
			mean(
				column(
					data.X,
					data.X.map((_, i) => i)
				)
			)
		];
		expect(onTrain).not.toBe(onAll);
		expect(question.explanation).toContain(
			`${formatShort(onTrain)} on the training rows and ${formatShort(onAll)} on all rows`
		);
		expect(question.kind === 'choice' && question.answer).toMatch(/^The test rows helped set μ and σ/);
	});

	it.each(cases)(
		'%s: which models need scaling, and what a penalty changes, as the model table shows',
		(query) => {
			const page = scoredPage(query);
			const questions = available(page);
			const scores = page.modelScores!;
			// k-NN and k-means change with scaling, a tree does not
			expect(scores.sameAcrossScalers.knn || scores.sameAcrossScalers.kmeans).toBe(false);
			expect(scores.sameAcrossScalers.tree).toBe(true);
			expect(questions['which-models'].kind === 'choice' && questions['which-models'].answer).toBe(
				'k-NN and k-means'
			);
			// "any linear model changes, penalty or not" is the wrong option: the unpenalised one does not
			expect(scores.sameAcrossScalers.logistic).toBe(true);
			expect(questions['linear-penalty'].kind === 'choice' && questions['linear-penalty'].answer).toMatch(
				/^Gradient descent converges slowly/
			);
		}
	);

	it('a few spikes: only robust scaling keeps the normal readings spread out', () => {
		const rng = createRng(7);
		const normal = Array.from({ length: 97 }, () => [1 + 4 * rng.next()]);
		const readings = [...normal, [480], [500], [520]];
		const spreads = Object.fromEntries(
			SCALER_METHODS.map((method) => [
				method,
				width(
					fitScaler(method, readings)
						.transform(normal)
						.map((r) => r[0])
				)
			])
		);
		const widest = Object.entries(spreads).sort((a, b) => b[1] - a[1])[0][0];
		expect(widest).toBe('robust');
		// min-max and max-abs leave the normal readings about 1% of the range; the IQR keeps them over one unit wide
		expect(spreads.minmax).toBeLessThan(0.01);
		expect(spreads.robust).toBeGreaterThan(1);
		const question = available(scalingPage())['robust-spikes'];
		expect(question.kind === 'choice' && question.answer).toBe('Robust (median, IQR)');
	});
});
