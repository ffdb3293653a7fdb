/**
 * The confusion matrix's story: every step, opened as its link opens it, is the step on screen,
 * its lesson holds, and each number its sentence quotes is recomputed here by hand from the
 * step's matrix (no seed is involved: a step's matrix is fixed).
 */
import { describe, expect, it } from 'vitest';
import { ConfusionState } from '$lib/widgets/confusion-matrix/State.svelte';

/** The state a step's link opens: a fresh page that reads the link. */
function opened(id: string): ConfusionState {
	const page = new ConfusionState();
	const step = page.steps.find((s) => s.id === id)!;
	const state = new ConfusionState();
	state.load(new URLSearchParams(page.stepLink(step).slice(1)));
	return state;
}

const cases = [
	{
		id: 'balanced',
		// 40 + 10 + 20 + 30 = 100; accuracy 70/100, the larger class 60/100, precision 40/50, recall 40/60
		text: '100 samples, 60 positive and 40 negative. With classes this even, accuracy (70.0%) beats always guessing the larger class (60.0%), and precision (80.0%) and recall (66.7%) sit near it.'
	},
	{
		id: 'fraud',
		// accuracy 9900/10000; F1 2·0/(0 + 0 + 100) = 0; balanced accuracy (0/100 + 9900/9900)/2
		text: '10,000 payments, 100 of them fraud, and a "model" that flags nothing. Accuracy is 99.0%, yet it catches no fraud: recall is 0.000 and precision is 0/0 (nothing is flagged). Recall, F1 (0.000) and balanced accuracy (0.500, a coin toss\'s) show it.'
	},
	{
		id: 'screening',
		// prevalence 100/10000, recall 95/100, precision 95/545 = 0.1743
		text: 'A screening test for a disease 1.0% of people have. A missed case (false negative) is far worse than a follow-up test for a healthy person (false positive), so the test is tuned for recall (95.0%) and accepts low precision (17.4%).'
	},
	{
		id: 'spam',
		// precision 700/702 = 0.9972, miss rate 300/1000
		text: 'A spam filter on 10,000 e-mails, 1,000 of them spam. Losing a real e-mail in the spam folder (false positive) is worse than letting some spam through (false negative), so the filter is tuned for precision (99.7%) and lets 30.0% of spam by.'
	},
	{
		id: 'averages',
		// rows (support) 100, 100, 10; columns 100, 98, 12. F1 = 2·TP / (row + column):
		// cat 180/200 = 0.9, dog 170/198, rabbit 2/22. Macro = their mean = 0.6165;
		// weighted by support (90 + 100·170/198 + 10·2/22) / 210 = 0.8418; accuracy 176/210 = 0.8381
		text: '“rabbit” is 10 of the 210 samples and 1 is caught (recall 0.100). Weighted F1 (0.842) follows the big classes and stays near accuracy (0.838); macro F1 (0.616) counts “rabbit” as much as the others, so it drops.'
	}
];

describe('the confusion matrix story', () => {
	it('has 3–5 steps with distinct ids', () => {
		const { steps } = new ConfusionState();
		expect(steps.length).toBeGreaterThanOrEqual(3);
		expect(steps.length).toBeLessThanOrEqual(5);
		expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
		expect(steps.map((s) => s.id)).toEqual(cases.map((c) => c.id));
	});

	it.each(cases)(
		'$id: its link opens it, its lesson holds and its numbers are the matrix’s',
		({ id, text }) => {
			const state = opened(id);
			expect(state.storyStep?.id).toBe(id);
			const story = state.storyText!;
			expect(story.holds).toBe(true);
			expect(story.text).toBe(text);
			expect(story.text).not.toMatch(/NaN|undefined|Infinity/);
		}
	);

	it('applying a step on the page makes it the step on screen, from any other step', () => {
		const state = new ConfusionState();
		for (const step of [...state.steps].reverse()) {
			state.applyStep(step);
			expect(state.storyStep?.id).toBe(step.id);
		}
	});

	it('the prices of a mistake are free; a count ends the step', () => {
		const state = opened('spam');
		state.input.cfp = 7;
		state.input.cfn = 3;
		expect(state.storyStep?.id).toBe('spam');
		state.setCount('tp', 701);
		expect(state.storyStep).toBeNull();
		expect(state.storyText).toBeNull();
	});

	it('a binary step never shows over the multiclass matrix, nor the multiclass step over a binary one', () => {
		const state = opened('balanced');
		state.input.mode = 'multiclass';
		expect(state.storyStep).toBeNull();
		const multi = opened('averages');
		multi.input.focus = 0;
		expect(multi.storyStep?.id).toBe('averages');
		multi.input.mode = 'binary';
		expect(multi.storyStep?.id).not.toBe('averages');
	});

	it('the class read one-vs-rest is free and does not change what the step says', () => {
		const state = opened('averages');
		const before = state.storyText!.text;
		state.input.focus = 0;
		expect(state.storyText!.text).toBe(before);
	});

	it('a link shared before the story (the counts of a preset, any costs) opens that step', () => {
		const state = new ConfusionState();
		state.load(new URLSearchParams('tp=0&fp=0&fn=100&tn=9900&cfp=2&cfn=9'));
		expect(state.storyStep?.id).toBe('fraud');
		expect(state.input).toMatchObject({ tp: 0, fp: 0, fn: 100, tn: 9900, cfp: 2, cfn: 9 });
	});
});
