/**
 * The rules every widget's "check yourself" set keeps, checked by each widget's own tests:
 * enough questions, at least half of them predict or scenario questions, answers that a
 * learner can give, and "Show me" states that the widget's link codec accepts whole.
 */
import { expect } from 'vitest';
import { isCorrect, testsUnderstanding, type Question } from '$lib/quiz/quiz';

/** Decodes a widget's link; `problems` lists the fields that could not be used. */
type Decode = (params: URLSearchParams) => { problems: string[] };

export function expectWellFormedQuestions(questions: Question[], decode: Decode, count = 4): void {
	expect(questions.length, 'questions dealt').toBeGreaterThanOrEqual(count);
	expect(new Set(questions.map((q) => q.id)).size, 'distinct question ids').toBe(questions.length);
	expect(
		questions.filter(testsUnderstanding).length * 2,
		'predict or scenario questions, at least half'
	).toBeGreaterThanOrEqual(questions.length);
	for (const question of questions) {
		const words = `${question.prompt} ${question.explanation}`;
		expect(words, question.id).not.toMatch(/NaN|Infinity|\[object/);
		if (question.kind === 'choice') {
			expect(new Set(question.options).size, `${question.id}: distinct options`).toBe(
				question.options.length
			);
			expect(question.options, question.id).toContain(question.answer);
			expect(isCorrect(question, question.answer)).toBe(true);
		} else {
			expect(Number.isFinite(question.answer), `${question.id}: a finite answer`).toBe(true);
		}
		if (question.form === 'predict') {
			expect(question.see.label, `${question.id}: a Show me label`).not.toBe('');
			expect(
				decode(new URLSearchParams(question.see.params)).problems,
				`${question.id}: Show me opens a valid link`
			).toEqual([]);
		}
	}
}
