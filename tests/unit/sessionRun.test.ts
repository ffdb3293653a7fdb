/**
 * A running session's keys: → shows a step's answer before moving on (a step without one moves
 * at once), the last step returns to the plan, ← goes back (not past the first), Esc leaves;
 * a step's address opens its widget in its exact state, in presenter mode, marked with its number.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '$lib/session/plan';
import { runAction, stepHref } from '$lib/session/run';
import { parseDraft } from '$lib/session/draft.svelte';

const plan: Plan = {
	title: 'T',
	steps: [
		{ slug: 'threshold', query: 't=0.65&n=400', prompt: 'P1', answer: 'A1' },
		{ slug: 'outliers', query: '', prompt: 'P2', answer: '  ' },
		{ slug: 'encoding', query: 'cat=island', prompt: 'P3', answer: 'A3' }
	]
};
const at = (index: number, revealed = false) => ({ plan, index, revealed });

describe('a running session', () => {
	it.each([
		{ name: '→ reveals the answer first', move: 'next', run: at(0), expected: { kind: 'reveal' } },
		{
			name: '→ then opens the next step',
			move: 'next',
			run: at(0, true),
			expected: { kind: 'go', index: 1 }
		},
		{
			name: '→ on a step without an answer moves on',
			move: 'next',
			run: at(1),
			expected: { kind: 'go', index: 2 }
		},
		{ name: '→ after the last answer leaves', move: 'next', run: at(2, true), expected: { kind: 'leave' } },
		{ name: '← goes back', move: 'previous', run: at(2, true), expected: { kind: 'go', index: 1 } },
		{ name: '← on the first step does nothing', move: 'previous', run: at(0), expected: null },
		{ name: 'Esc leaves', move: 'exit', run: at(1), expected: { kind: 'leave' } }
	] as const)('$name', ({ move, run, expected }) => {
		expect(runAction(move, run)).toEqual(expected);
	});

	it("opens a step's widget with its exact fields, presenter mode and the step's number", () => {
		const href = stepHref('/', plan, 0);
		expect(href.startsWith('/threshold?')).toBe(true);
		const params = new URLSearchParams(href.split('?')[1]);
		expect([params.get('t'), params.get('n'), params.get('present'), params.get('run')]).toEqual([
			'0.65',
			'400',
			'',
			'1'
		]);
		expect(stepHref('/base/', plan, 1)).toBe('/base/outliers?present=&run=2');
	});

	it('reads a stored draft, or starts afresh from anything else', () => {
		expect(parseDraft(JSON.stringify(plan))).toEqual(plan);
		expect(parseDraft(JSON.stringify({ title: 'x', steps: [{ slug: 1 }, plan.steps[0]] }))).toEqual({
			title: 'x',
			steps: [plan.steps[0]]
		});
		for (const raw of [null, '', '{', '[]', '"x"', '{"title":3,"steps":[]}'])
			expect(parseDraft(raw)).toEqual({ title: '', steps: [] });
	});
});
