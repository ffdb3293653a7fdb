/**
 * The outliers questions: well formed on every data set, and each generator's answer checked
 * against a computation of its own, by hand or by opening its "Show me" state in a fresh page.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/ui/quiz';
import { flagBoth } from '$lib/widgets/outliers/analysis';
import { decodeOutliersState } from '$lib/widgets/outliers/codec';
import { allOutlierQuestions } from '$lib/widgets/outliers/quiz';
import type { OutliersState } from '$lib/widgets/outliers/State.svelte';
import { summarize } from '$lib/ml/outliers';
import { expectWellFormedQuestions } from './quizRules';
import { outliersPage, PRESETS } from './outliersPage';

// the heights of tests/fixtures/csv/valid-small.csv that have a mass too, then one added point (400)
const heights = [170, 182, 165, 159, 190, 400];

function available(page: OutliersState): Record<string, Question> {
	const questions = allOutlierQuestions({ input: page.input, data: page.data!, flags: page.flags!, before: page.before! });
	return Object.fromEntries(questions.map((q) => [q.id, q]));
}

function shown(question: Question | undefined): OutliersState {
	if (!question || question.form !== 'predict') throw new Error(`${question?.id} is not a predict question`);
	return outliersPage(question.see.params);
}

const choice = (question: Question | undefined) => (question?.kind === 'choice' ? question.answer : null);
const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
function median(x: number[]): number {
	const s = [...x].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

describe('dealt questions', () => {
	it.each(PRESETS)('%s: every dealt set is well formed, half or more predict or scenario, with valid Show me links', (query) => {
		const page = outliersPage(query);
		for (let q = 1; q <= 8; q++) {
			page.input.q = q;
			expectWellFormedQuestions(page.questions, decodeOutliersState);
		}
		page.addPoint();
		page.input.treat = 'cap';
		for (let q = 1; q <= 4; q++) {
			page.input.q = q;
			expectWellFormedQuestions(page.questions, decodeOutliersState);
		}
	});

	it('asks no predict question about an upload, which a link cannot open', () => {
		const page = outliersPage();
		page.uploaded = page.realTables.loaded.cars!;
		page.input.src = 'upload';
		expect(Object.values(available(page)).some((q) => q.form === 'predict')).toBe(false);
		for (let q = 1; q <= 4; q++) {
			page.input.q = q;
			expectWellFormedQuestions(page.questions, decodeOutliersState);
		}
	});
});

describe('each generator’s answer', () => {
	it.each(PRESETS)('%s: appending a far value moves the mean more than the median, as the Show me page shows', (query) => {
		const page = outliersPage(query);
		const question = available(page)['append-shift'];
		const after = shown(question);
		// the Show me page's own one-point sentence: without and with the point
		const [meanShift, medianShift] = [after.before!.mean - after.withoutAdded!.mean, after.before!.median - after.withoutAdded!.median];
		const x = [...page.data!.x, after.input.pt![0]];
		expect(after.before!.mean).toBeCloseTo(mean(x), 9);
		expect(after.before!.median).toBe(median(x));
		expect(choice(question)).toBe(Math.abs(meanShift) > Math.abs(medianShift) ? 'The mean moves more' : Math.abs(medianShift) > Math.abs(meanShift) ? 'The median moves more' : 'They move the same');
		expect(choice(question)).toBe('The mean moves more');
	});

	it.each(PRESETS)('%s: which rule flags a value just beyond the upper fence, from the Show me page’s flags', (query) => {
		const page = outliersPage(query);
		const question = available(page)['which-rule'];
		const after = shown(question);
		const last = after.data!.x.length - 1;
		const x = after.data!.x;
		// by hand: the z-score of the appended value among all of them
		const sd = Math.sqrt(mean(x.map((v) => (v - mean(x)) ** 2)));
		const byZ = Math.abs(x[last] - mean(x)) / sd > after.input.z;
		expect(after.flags!.byZ[last]).toBe(byZ);
		const expected = after.flags!.byIqr[last] ? (byZ ? 'Both rules' : 'The IQR fences only') : byZ ? 'The z cut-off only' : 'Neither';
		expect(choice(question)).toBe(expected);
	});

	it.each(PRESETS)('%s: a far point tilts the least-squares line, as the Show me page’s fit shows', (query) => {
		const page = outliersPage(query);
		const question = available(page)['slope-leverage'];
		if (!question) return expect(page.fitBefore?.slope ?? 0).toBe(0);
		const [before, after] = [page.fitBefore!.slope, shown(question).fitBefore!.slope];
		const expected = Math.abs(after - before) <= 0.01 * Math.abs(before) ? 'It stays within 1%' : after > before ? 'It rises' : 'It falls';
		expect(choice(question)).toBe(expected);
		// the point sits at the end of y that pulls against the trend: the slope moves towards 0 or past it
		expect(Math.sign(before) * (after - before)).toBeLessThan(0);
	});

	it.each(PRESETS)('%s: capping at the fences moves the mean and not the median, as the Show me page’s table shows', (query) => {
		const page = outliersPage(query);
		const question = available(page)['cap-moves'];
		if (page.flags!.byIqr.every((f) => !f)) return expect(question).toBeUndefined();
		const after = shown(question);
		expect(after.input.treat).toBe('cap');
		// by hand: clip every value at the fences
		const { lower, upper } = page.flags!.iqr;
		const capped = page.data!.x.map((v) => Math.min(upper, Math.max(lower, v)));
		expect(after.after!.mean).toBeCloseTo(mean(capped), 9);
		expect(after.after!.median).toBe(median(capped));
		const [meanMoves, medianMoves] = [mean(capped) !== page.before!.mean, median(capped) !== page.before!.median];
		expect(choice(question)).toBe(meanMoves && medianMoves ? 'Both' : meanMoves ? 'Only the mean' : medianMoves ? 'Only the median' : 'Neither');
		expect(choice(question)).toBe('Only the mean');
	});

	it.each(PRESETS)('%s: log1p and the skewness, from the Show me page', (query) => {
		const page = outliersPage(query);
		const question = available(page)['log-skew'];
		const g = page.before!.skewness!;
		if (Math.abs(g) < 0.5) return expect(question).toBeUndefined();
		const after = shown(question);
		const logged = summarize(page.data!.x.map((v) => Math.log(1 + v))).skewness!;
		expect(after.after!.skewness).toBeCloseTo(logged, 9);
		expect(choice(question)).toBe(Math.abs(logged) < Math.abs(g) ? 'Closer to 0' : 'Further from 0');
	});

	it('the computations, on the small heights table worked by hand', () => {
		const page = outliersPage();
		const flags = flagBoth(heights, 1.5, 3);
		const questions = Object.fromEntries(
			allOutlierQuestions({ input: page.input, data: { x: heights, y: heights, xName: 'height', yName: 'height', dropped: 0, sampledFrom: null }, flags, before: summarize(heights) }).map((q) => [q.id, q])
		);
		const number = (id: string) => (questions[id].kind === 'number' ? questions[id].answer : NaN);
		// sorted 159 165 170 182 190 400: Q1 = 166.25, Q3 = 188, IQR 21.75; asked for k = 3 (k = 1.5 is on screen): 188 + 65.25
		expect(number('upper-fence')).toBeCloseTo(253.25, 10);
		// (6 × 211 − 400) / 5 = 173.2
		expect(number('mean-without-largest')).toBeCloseTo(173.2, 10);
		// mean 1266 / 6 = 211; squared deviations sum to 43504: z of 400 = 189 / √(43504 / 6)
		expect(number('z-largest')).toBeCloseTo(189 / Math.sqrt(43504 / 6), 10);
		// 41 + … + 60 = 1010; (1010 + 1000) / 21
		expect(number('append-thousand')).toBeCloseTo(2010 / 21, 10);
		// six values: |z| ≤ √5 = 2.236, so |z| > 3 is impossible (the 400 reaches only 2.22)
		expect(choice(questions['small-sample-z'])).toMatch(/^No/);
		expect(189 / Math.sqrt(43504 / 6)).toBeLessThan(Math.sqrt(5));
		// skewness of the heights is positive (the 400): the tail is on the right
		expect(choice(questions['skew-side'])).toBe('To the right (large values)');
	});

	it('the scenarios, whose answers the page’s claims back', () => {
		const questions = available(outliersPage());
		expect(choice(questions['fraud-keep'])).toMatch(/^Keep them/);
		expect(choice(questions['error-code'])).toMatch(/^Treat them as missing/);
		expect(choice(questions['fences-on-train'])).toMatch(/^The training rows/);
		expect(choice(questions['random-cut-forest'])).toBe('Random Cut Forest');
		// fences from all rows are moved by rows a model should never see: append one far value and the upper fence shifts
		const x = outliersPage().data!.x;
		expect(flagBoth([...x, 10_000], 1.5, 3).iqr.upper).not.toBe(flagBoth(x, 1.5, 3).iqr.upper);
	});
});
