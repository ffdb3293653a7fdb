/**
 * Each story step, over seeds: its lesson holds, and every number its text quotes is worked out
 * here again from the labels, scores and rows (by hand, not by the widget's own functions).
 */
import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent } from '$lib/format/format';
import { stepState } from '$lib/kit/story';
import { formatMetric as f } from '$lib/metrics/metricInfo';
import { imbalanceCodec } from '$lib/widgets/class-imbalance/codec';
import { dataFor, resultOf, resultsInput, type RemedyResults } from '$lib/widgets/class-imbalance/results';
import { imbalanceSteps } from '$lib/widgets/class-imbalance/steps';
import {
	averagePrecisionByHand,
	BROKEN,
	copiesByValue,
	fitted,
	scoresByHand,
	SEEDS
} from './classImbalanceByHand';

const stepNamed = (id: string) => imbalanceSteps.find((s) => s.id === id)!;

/** The step's state for a seed, its fitted results and what it says. */
async function open(id: string, seed: number) {
	const step = stepNamed(id);
	const input = { ...stepState(imbalanceCodec, step, 1), seed };
	const results = await fitted(input);
	const said = step.say({ input, results })!;
	expect(said.text).not.toMatch(BROKEN);
	return { input, results, said };
}

const positivesIn = (y: readonly number[]) => y.filter((v) => v === 1).length;

/** Recall and precision of no remedy and of `remedy`, from their scores at 0.5. */
function recallAndPrecision(results: RemedyResults, remedy: 'over' | 'smote' | 'balanced') {
	const none = resultOf(results, 'none', 'after');
	const fixed = resultOf(results, remedy, 'after');
	return [
		scoresByHand(none.test.y, none.test.scores, 0.5),
		scoresByHand(fixed.test.y, fixed.test.scores, 0.5)
	];
}

describe('the class-imbalance story', () => {
	it('has 3–5 steps, each with its own settings', () => {
		expect(imbalanceSteps.length).toBeGreaterThanOrEqual(3);
		expect(imbalanceSteps.length).toBeLessThanOrEqual(5);
		expect(new Set(imbalanceSteps.map((s) => JSON.stringify(s.settings))).size).toBe(imbalanceSteps.length);
	});

	it.each(SEEDS)('accuracy flags nothing (seed %i)', async (seed) => {
		const { results, said } = await open('accuracy', seed);
		const none = resultOf(results, 'none', 'after');
		const byHand = scoresByHand(none.test.y, none.test.scores, 0.5);
		const flagNothing = (none.test.y.length - positivesIn(none.test.y)) / none.test.y.length;
		expect(said.holds).toBe(true);
		expect(byHand.accuracy).toBeGreaterThanOrEqual(0.95);
		for (const part of [
			f(byHand.accuracy),
			f(flagNothing),
			f(byHand.recall),
			`finds ${byHand.tp} of the ${byHand.tp + byHand.fn}`
		])
			expect(said.text).toContain(part);
	});

	it.each(SEEDS)('oversampling after the split (seed %i)', async (seed) => {
		const { input, results, said } = await open('oversample-after', seed);
		const { data, split } = dataFor(resultsInput(input));
		const over = resultOf(results, 'over', 'after');
		const originalPositives = split.train.filter((i) => data.y[i] === 1).length;
		const copies = positivesIn(over.train.y) - originalPositives;
		const [none, fixed] = recallAndPrecision(results, 'over');
		expect(said.holds).toBe(true);
		expect(copiesByValue(over.train.X, over.test.X)).toBe(0);
		for (const part of [
			`${formatCount(copies)} copies`,
			`recall rises from ${f(none.recall)} to ${f(fixed.recall)}`,
			none.precision === null
				? `precision is ${f(fixed.precision)}, where no remedy flagged no test row`
				: `precision goes from ${f(none.precision)} to ${f(fixed.precision)}`,
			`the ${split.test.length} test rows are untouched`,
			formatPercent(positivesIn(over.test.y) / over.test.y.length)
		])
			expect(said.text).toContain(part);
	});

	it.each(SEEDS)('oversampling before the split (seed %i)', async (seed) => {
		const { results, said } = await open('oversample-before', seed);
		const before = resultOf(results, 'over', 'before');
		const after = resultOf(results, 'over', 'after');
		const copies = copiesByValue(before.train.X, before.test.X);
		const f1Before = scoresByHand(before.test.y, before.test.scores, 0.5).f1;
		const f1After = scoresByHand(after.test.y, after.test.scores, 0.5).f1;
		const apBefore = averagePrecisionByHand(before.test.y, before.test.scores);
		const apAfter = averagePrecisionByHand(after.test.y, after.test.scores);
		expect(said.holds).toBe(true);
		expect(copies).toBeGreaterThan(0);
		expect(f1Before!).toBeGreaterThan(f1After!);
		for (const part of [
			`${formatCount(copies)} of the ${formatCount(before.test.y.length)} test rows are exact copies`,
			formatPercent(positivesIn(before.test.y) / before.test.y.length),
			`F1 reads ${f(f1Before)} and PR-AUC ${f(apBefore)}`,
			`${f(f1After)} and ${f(apAfter)}`
		])
			expect(said.text).toContain(part);
	});

	it.each(SEEDS)('SMOTE draws new points (seed %i)', async (seed) => {
		const { input, results, said } = await open('smote', seed);
		const { data, split } = dataFor(resultsInput(input));
		const smote = resultOf(results, 'smote', 'after');
		const originalPositives = split.train.filter((i) => data.y[i] === 1).length;
		const [none, fixed] = recallAndPrecision(results, 'smote');
		expect(said.holds).toBe(true);
		// every training negative is matched by a positive: 686 − 14 = 672 new ones
		expect(positivesIn(smote.train.y) - originalPositives).toBe(672);
		for (const part of [
			'SMOTE adds 672 new positives',
			`its ${Math.min(input.k, originalPositives - 1)} nearest`,
			`recall rises from ${f(none.recall)} to ${f(fixed.recall)}`
		])
			expect(said.text).toContain(part);
	});

	it.each(SEEDS)('class weights match scale_pos_weight (seed %i)', async (seed) => {
		const { results, said } = await open('class-weights', seed);
		const [none, fixed] = recallAndPrecision(results, 'balanced');
		expect(said.holds).toBe(true);
		// 700 training rows: 686 negatives, 14 positives; n / (2 · n_c) and their ratio 686 / 14 = 49
		for (const part of [
			f(700 / (2 * 686)),
			f(700 / (2 * 14)),
			`counts ${f(49)} times`,
			'686 ÷ 14',
			`recall rises from ${f(none.recall)} to ${f(fixed.recall)}`
		])
			expect(said.text).toContain(part);
	});
});
