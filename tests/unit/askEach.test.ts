import { describe, expect, it } from 'vitest';
import { askEach, type SeededGenerator } from '$lib/quiz/askEach';
import type { Question } from '$lib/quiz/quiz';

const ask =
	(id: string): SeededGenerator<{ ask: boolean }> =>
	(view, rng): Question | null =>
		view.ask
			? { id, form: 'compute', kind: 'number', prompt: String(rng.int(1000)), answer: 0, explanation: '' }
			: null;

describe('askEach', () => {
	it('gives each generator its own stream, so one more generator leaves the others alone', () => {
		const two = askEach([ask('a'), ask('b')], { ask: true }, 7);
		const three = askEach([ask('a'), ask('b'), ask('c')], { ask: true }, 7);
		expect(three.slice(0, 2)).toEqual(two);
		expect(askEach([ask('a')], { ask: true }, 8)).not.toEqual(askEach([ask('a')], { ask: true }, 7));
	});

	it('leaves out the questions that cannot be asked', () => {
		expect(askEach([ask('a')], { ask: false }, 1)).toEqual([]);
	});
});
