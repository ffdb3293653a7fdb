/**
 * The regression-metrics questions: well formed in several states and question sets, at least
 * eight generators, and each key checked against a computation made here: closed forms (a
 * least-squares line shifted by b adds b² to MSE, so R² = 1 − (MSE + b²) / var y) and a
 * least-squares line fitted by hand (slope = cov(x, y) / var x), not the widget's analysis.
 */
import { describe, expect, it } from 'vitest';
import { regressionCodec } from '$lib/widgets/regression-metrics/codec';
import {
	allRegressionQuestions,
	regressionQuestions,
	type QuizView
} from '$lib/widgets/regression-metrics/quiz';
import { growthOptions, r2Options, zeroOptions } from '$lib/widgets/regression-metrics/quizPredict';
import { checkOptions } from '$lib/widgets/regression-metrics/quizScenarios';
import type { Question } from '$lib/quiz/quiz';
import { expectWellFormedQuestions } from './quizRules';
import { defaultX, defaultY, numpy, openState, storyState } from './regressionMetricsFixtures';

const SEEDS = [1, 2, 3];
const view = (state: ReturnType<typeof openState>): QuizView => ({
	input: state.input,
	evaluation: state.evaluation
});
const decode = (params: URLSearchParams) => regressionCodec.decode(params);
const byId = (questions: Question[], id: string) => questions.find((q) => q.id === id)!;
const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;

/** Least squares by hand: slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)². */
function handFit(x: number[], y: number[]) {
	const [mx, my] = [mean(x), mean(y)];
	const slope =
		x.reduce((s, xi, i) => s + (xi - mx) * (y[i] - my), 0) / x.reduce((s, xi) => s + (xi - mx) ** 2, 0);
	return { slope, intercept: my - slope * mx };
}

describe('regression-metrics questions', () => {
	it('are well formed in the default and story states, over question sets', () => {
		const states = [
			openState(),
			storyState('one-big-error'),
			storyState('worse-than-mean'),
			storyState('mape-near-zero')
		];
		for (const state of states)
			for (const q of SEEDS) expectWellFormedQuestions(regressionQuestions(view(state), q), decode);
	});

	it('has at least eight generators, more than half predict or scenario, and leads with the curriculum’s', () => {
		const all = allRegressionQuestions(view(openState()), 1);
		expect(all.length).toBeGreaterThanOrEqual(8);
		expect(all.filter((q) => q.form !== 'compute').length * 2).toBeGreaterThan(all.length);
		expect(all.filter((q) => q.form === 'predict').every((q) => q.see.params.length > 0)).toBe(true);
		for (const q of SEEDS) expect(regressionQuestions(view(openState()), q)[0].id).toBe('errors-1119');
	});

	it('errors 1, 1, 1, 9: MAE 3, RMSE √21 ≈ 4.58', () => {
		const question = byId(allRegressionQuestions(view(openState()), 1), 'errors-1119');
		const errors = [1, 1, 1, 9];
		const mae = mean(errors);
		const rmse = Math.sqrt(mean(errors.map((e) => e * e)));
		expect(question.kind === 'choice' && question.answer).toBe(checkOptions[0]);
		expect(checkOptions[0]).toBe(`MAE ${mae}, RMSE ${rmse.toFixed(2)}`);
	});

	it.each(SEEDS)('bias on the least-squares line, set %i: MSE rises by b², R² by the closed form', (seed) => {
		const questions = allRegressionQuestions(view(openState()), seed);
		const mse = byId(questions, 'bias-mse');
		const b = Number(/bias to \+([\d.]+)/.exec(mse.prompt)![1]);
		expect(mse.kind === 'number' && mse.answer).toBeCloseTo(b * b, 9);

		const r2 = byId(questions, 'bias-r2');
		const bias = Number(/Set the bias to ([+−-]?[\d.]+)/.exec(r2.prompt)![1].replace('−', '-'));
		const variance = mean(defaultY.map((y) => (y - mean(defaultY)) ** 2));
		const expected = 1 - (numpy.defaults.mse + bias * bias) / variance;
		expect(r2.kind === 'choice' && r2.answer).toBe(expected < 0 ? r2Options[1] : r2Options[0]);
	});

	it.each(SEEDS)('the big error, set %i: the factor that changes more, from a hand fit', (seed) => {
		const question = byId(allRegressionQuestions(view(openState()), seed), 'big-error-growth');
		const big = Number(/P8 to (\d+)/.exec(question.prompt)![1]);
		const y = defaultY.map((v, i) => (i === 7 ? v + big : v));
		const line = handFit(defaultX, y);
		const errors = y.map((v, i) => v - (line.slope * defaultX[i] + line.intercept));
		const mae = mean(errors.map(Math.abs));
		const rmse = Math.sqrt(mean(errors.map((e) => e * e)));
		const maeFactor = mae / numpy.defaults.mae;
		const rmseFactor = rmse / numpy.defaults.rmse;
		expect(question.kind === 'choice' && question.answer).toBe(
			Math.abs(Math.log(rmseFactor)) > Math.abs(Math.log(maeFactor)) ? growthOptions[0] : growthOptions[1]
		);
	});

	it('a zero actual makes MAPE undefined', () => {
		for (const state of [openState(), storyState('mape-near-zero')]) {
			const question = byId(allRegressionQuestions(view(state), 1), 'zero-actual');
			expect(question.kind === 'choice' && question.answer).toBe(zeroOptions[0]);
			expect(question.prompt).toContain('P1');
		}
	});

	it.each(SEEDS)('R² from the stated MSEs, set %i', (seed) => {
		const question = byId(allRegressionQuestions(view(openState()), seed), 'r2-from-mse');
		const [mse, variance] = [...question.prompt.matchAll(/MSE (?:is|of) (\d+(?:\.\d+)?)/g)].map((m) =>
			Number(m[1])
		);
		expect(question.kind === 'number' && question.answer).toBeCloseTo(1 - mse / variance, 12);
	});
});
