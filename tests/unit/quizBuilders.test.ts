import { describe, expect, it } from 'vitest';
import { questionsFrom } from '$lib/quiz/generators';
import { choiceScenario } from '$lib/quiz/scenario';

describe('choiceScenario', () => {
	const words = { id: 'case', prompt: 'Which?', options: ['right', 'wrong'], explanation: 'Because.' };

	it('makes a scenario choice whose answer is the first option', () => {
		expect(choiceScenario(words)).toEqual({
			id: 'case',
			form: 'scenario',
			kind: 'choice',
			prompt: 'Which?',
			options: ['right', 'wrong'],
			answer: 'right',
			explanation: 'Because.'
		});
	});

	it('takes another answer when the case names it', () => {
		expect(choiceScenario({ ...words, answer: 'wrong' }).answer).toBe('wrong');
	});
});

describe('questionsFrom', () => {
	it('keeps the questions the view allows, in the generators’ order', () => {
		const ask = (id: string) => (n: number) =>
			n > 0 ? choiceScenario({ id, prompt: '', options: ['a'], explanation: '' }) : null;
		const never = () => null;
		expect(questionsFrom([ask('one'), never, ask('two')], 1).map((q) => q.id)).toEqual(['one', 'two']);
		expect(questionsFrom([ask('one')], 0)).toEqual([]);
	});
});
