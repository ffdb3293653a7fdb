/**
 * The questions: every set well formed (quizRules), and every key against a computation made here:
 * plain descent on the bowl classified from its factor 1 − 2η, a scalar Adam written out, the
 * stated arithmetic of the compute questions.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/quiz/quiz';
import { gradientCodec } from '$lib/widgets/gradient-descent/codec';
import { allGradientQuestions, gradientQuestions } from '$lib/widgets/gradient-descent/quiz';
import type { QuizView } from '$lib/widgets/gradient-descent/quiz';
import type { GradientState } from '$lib/widgets/gradient-descent/State.svelte';
import { expectWellFormedQuestions } from './quizRules';
import { numbersIn, openState } from './gradientDescentFixtures';

const view = (state: GradientState): QuizView => ({
	surface: state.surface!,
	input: state.input,
	runA: state.runA!,
	start: state.start
});
const decode = (params: URLSearchParams) => gradientCodec.decode(params);
const links = [
	'',
	'surf=bowl&opt=plain&lr=0.9&steps=50',
	'surf=bowl&opt=plain&lr=0.3&steps=40&start=-2_1',
	'surf=long&opt=adam&lr=0.1&steps=100&cmp=plain&lrb=0.9',
	'surf=valley&opt=momentum&lr=0.005&steps=200',
	'surf=two&opt=rmsprop&lr=0.05&steps=100',
	'surf=logistic&opt=plain&lr=1&steps=100&batch=one&seed=4'
];
const seeds = [1, 2, 3, 4, 5];

describe('every dealt set keeps the quiz rules', () => {
	it.each(links)('link "%s"', (link) => {
		const state = openState(link);
		for (const seed of seeds) expectWellFormedQuestions(gradientQuestions(view(state), seed), decode);
		expect(allGradientQuestions(view(state), 1).length).toBeGreaterThanOrEqual(8);
	});
});

/** Plain descent on the bowl, from its factor alone: w_k = (1 − 2η)^k w0. */
function bowlVerdict(rate: number, steps: number): string {
	const factor = 1 - 2 * rate;
	if (Math.abs(factor) > 1) return 'Diverged';
	if (factor < 0 && steps >= 3) return 'Zig-zagging';
	// the loss falls by factor² a step: converged once it is within 1/1000 of its start
	return factor ** (2 * steps) <= 1e-3 ? 'Converged' : 'Crawling';
}

const find = (questions: Question[], id: string) => questions.find((q) => q.id === id);

describe('keys', () => {
	it.each([0.004, 0.02, 0.1, 0.3, 0.45, 0.7, 1.2])(
		'rate questions on the bowl at η = %f match the factor rule',
		(rate) => {
			const state = openState(`surf=bowl&opt=plain&lr=${rate}&steps=50`);
			const questions = allGradientQuestions(view(state), 1);
			for (const [id, to] of [
				['rate-doubled', Number((rate * 2).toPrecision(3))],
				['rate-tenth', Number((rate / 10).toPrecision(3))]
			] as const) {
				const question = find(questions, id);
				if (to < 0.001 || to > 3) {
					expect(question).toBeUndefined();
					continue;
				}
				expect(question?.kind === 'choice' && question.answer, `${id} at ${to}`).toBe(bowlVerdict(to, 50));
				expect(question?.form === 'predict' && new URLSearchParams(question.see.params).get('lr')).toBe(
					String(to)
				);
			}
		}
	);

	it('switching plain descent to Adam: the key agrees with Adam written out on the bowl', () => {
		for (const rate of [0.01, 0.1, 0.4]) {
			const state = openState(`surf=bowl&opt=plain&lr=${rate}&steps=50`);
			const question = find(allGradientQuestions(view(state), 1), 'switch-optimizer');
			// Adam per coordinate: m, v from 0, bias-corrected, ε = 1e-7
			let w = [2.5, 1.5];
			let m = [0, 0];
			let v = [0, 0];
			for (let t = 1; t <= 50; t++) {
				const g = w.map((wi) => 2 * wi);
				m = m.map((mi, i) => 0.9 * mi + 0.1 * g[i]);
				v = v.map((vi, i) => 0.999 * vi + 0.001 * g[i] ** 2);
				w = w.map(
					(wi, i) => wi - (rate * m[i]) / (1 - 0.9 ** t) / (Math.sqrt(v[i] / (1 - 0.999 ** t)) + 1e-7)
				);
			}
			const adamEnd = w[0] ** 2 + w[1] ** 2;
			const plainEnd = (1 - 2 * rate) ** 100 * (2.5 ** 2 + 1.5 ** 2);
			if (!question) continue;
			expect(question.kind === 'choice' && question.answer).toBe(
				adamEnd < plainEnd
					? 'It ends lower (closer to the minimum)'
					: 'It ends higher (further from the minimum)'
			);
		}
	});

	it('the CURRICULUM question: on w², 0.5 < η < 1 zig-zags and η > 1 diverges', () => {
		const state = openState('');
		for (const seed of seeds) {
			const question = find(allGradientQuestions(view(state), seed), 'square-rates')!;
			expect(question.form).toBe('scenario');
			const answer = question.prompt.includes('zig-zag') ? '0.5 < η < 1' : 'η > 1';
			expect(question.kind === 'choice' && question.answer).toBe(answer);
		}
	});

	it.each(seeds)('compute questions, seed %i: the keys are the stated arithmetic', (seed) => {
		const state = openState('surf=bowl&lr=0.3');
		const questions = allGradientQuestions(view(state), seed);
		const one = find(questions, 'one-step')!;
		const [rate, w] = numbersIn(one.prompt.split('rate η = ')[1]);
		expect(one.kind === 'number' && one.answer).toBeCloseTo((1 - 2 * rate) * w, 12);
		const k = find(questions, 'k-steps')!;
		const [eta, steps] = numbersIn(k.prompt);
		expect(k.kind === 'number' && k.answer).toBeCloseTo((1 - 2 * eta) ** steps, 12);
		const adam = find(questions, 'adam-first-step')!;
		// m̂ = g, v̂ = g² on step 1: the step is η |g| / (|g| + ε), the rate to within 1%
		expect(adam.kind === 'number' && adam.answer).toBe(numbersIn(adam.prompt)[0]);
	});

	it('a question never prints a number the page shows beside it as its answer', () => {
		const state = openState('surf=bowl&opt=plain&lr=0.9&steps=50');
		for (const q of allGradientQuestions(view(state), 2))
			if (q.kind === 'choice') expect(q.prompt).not.toContain(q.answer);
	});
});
