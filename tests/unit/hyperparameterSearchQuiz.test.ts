/**
 * The hyperparameter-search questions: well formed on every story step, at least 8
 * generators with half or more predict or scenario, and each predict key checked against its
 * "Show me" state opened in a fresh page (or counted by hand), the computations worked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/quiz/quiz';
import { searchCodec } from '$lib/widgets/hyperparameter-search/codec';
import { allSearchQuestions } from '$lib/widgets/hyperparameter-search/quiz';
import type { SearchState } from '$lib/widgets/hyperparameter-search/State.svelte';
import { expectWellFormedQuestions } from './quizRules';
import { openState } from './hyperparameterSearchFixtures';

function questionsOf(page: SearchState, seed: number): Record<string, Question> {
	const view = { input: page.input, objective: page.objective, trueBest: page.trueBest, versus: page.versus };
	return Object.fromEntries(allSearchQuestions(view, seed).map((q) => [q.id, q]));
}

function shown(question: Question): SearchState {
	if (question.form !== 'predict') throw new Error(`${question.id} is not a predict question`);
	return openState(question.see.params);
}

const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

describe('dealt questions', () => {
	it('every dealt set is well formed on every story step, the curriculum question first', () => {
		const page = openState('');
		for (const step of page.steps) {
			page.applyStep(step);
			for (const q of seeds) {
				page.input.q = q;
				const questions = page.questions;
				expectWellFormedQuestions(questions, searchCodec.decode);
				expect(questions[0].id).toBe('grid-values');
			}
		}
	});
	it('at least 8 generators, at least half of them predict or scenario', () => {
		const all = Object.values(questionsOf(openState(''), 1));
		expect(all.length).toBeGreaterThanOrEqual(8);
		expect(all.filter((q) => q.form !== 'compute').length * 2).toBeGreaterThanOrEqual(all.length);
		expect(all.filter((q) => q.form === 'predict').length).toBeGreaterThanOrEqual(4);
	});
});

describe('predict keys against the state Show me opens', () => {
	it.each(seeds)('question set %i', (seed) => {
		const page = openState('');
		const q = questionsOf(page, seed);

		// the curriculum check: 9 trials on 2 hyperparameters, grid tries 3 (and √n in general)
		const grid = shown(q['grid-values']);
		expect(grid.input.strat).toBe('grid');
		expect(q['grid-values'].kind === 'number' && q['grid-values'].answer).toBe(
			Math.round(Math.sqrt(grid.input.n))
		);
		expect(grid.run!.distinct).toBe(Math.round(Math.sqrt(grid.input.n)));
		expect(grid.input.n).not.toBe(page.input.n);

		const random = shown(q['random-values']);
		expect(random.run!.distinct).toBe(random.input.n);
		expect(q['random-values'].kind === 'number' && q['random-values'].answer).toBe(random.input.n);

		// 90% of a linear range from 1e-5 to 1 lies above 0.1; a log range gives each of 5 decades a fifth
		const linear = shown(q['linear-top-decade']);
		expect(linear.input.scale).toBe('linear');
		expect(q['linear-top-decade'].kind === 'choice' && q['linear-top-decade'].answer).toBe(
			`About ${Math.round(0.9 * linear.input.n)}`
		);
		const log = shown(q['log-decade-share']);
		expect(log.input.scale).toBe('log');
		expect(q['log-decade-share'].kind === 'choice' && q['log-decade-share'].answer).toBe(
			`About ${log.input.n / 5}`
		);

		const waste = shown(q['grid-budget-waste']);
		const side = Math.floor(Math.sqrt(waste.input.n));
		expect(q['grid-budget-waste'].kind === 'number' && q['grid-budget-waste'].answer).toBe(side * side);
		expect(waste.run!.trials).toHaveLength(side * side);

		const halving = shown(q['halving-configs']);
		const full = halving.run!.trials.filter((t) => t.resource === 1).length;
		expect(q['halving-configs'].kind === 'number' && q['halving-configs'].answer).toBe(full);
		expect(full).toBe(Math.floor(halving.input.n / 3));
	});
});

describe('scenario and compute keys by hand', () => {
	it.each(seeds)('question set %i', (seed) => {
		const q = questionsOf(openState(''), seed);
		const grid = q['grid-size'];
		const [values, params] = grid.prompt.match(/\d+/g)!.map(Number);
		expect(grid.kind === 'number' && grid.answer).toBe(values ** params);
		const ei = q['ei-at-best'];
		const sd = Number(ei.prompt.match(/standard deviation of ([\d.]+)/)![1]);
		// with the mean at the best, z = 0: EI = σ φ(0) = σ / √(2π)
		expect(ei.kind === 'number' && ei.answer).toBeCloseTo(sd / Math.sqrt(2 * Math.PI), 6);
		const scaling = q['scaling-type'];
		const expected = /momentum/.test(scaling.prompt)
			? 'ReverseLogarithmic'
			: /subsample/.test(scaling.prompt)
				? 'Linear'
				: 'Logarithmic';
		expect(scaling.kind === 'choice' && scaling.answer).toBe(expected);
	});
});
