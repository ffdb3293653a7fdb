/**
 * The outliers questions: well formed on every data set, and each generator's answer checked
 * against a computation of its own, by hand or by opening its "Show me" state in a fresh page.
 */
import { describe, expect, it } from 'vitest';
import { formatValue } from '$lib/format/format';
import type { Question } from '$lib/quiz/quiz';
import { flagBoth } from '$lib/widgets/outliers/analysis';
import { outliersCodec } from '$lib/widgets/outliers/codec';
import { allOutlierQuestions } from '$lib/widgets/outliers/quiz';
import type { OutliersState } from '$lib/widgets/outliers/State.svelte';
import { summarize } from '$lib/ml/outliers';
import { expectWellFormedQuestions } from './quizRules';
import { outliersPage, PRESETS } from './outliersPage';

// the heights of tests/fixtures/csv/valid-small.csv that have a mass too, then one added point (400)
const heights = [170, 182, 165, 159, 190, 400];

function available(page: OutliersState): Record<string, Question> {
	const questions = allOutlierQuestions({
		input: page.input,
		data: page.data!,
		flags: page.flags!,
		before: page.before!
	});
	return Object.fromEntries(questions.map((q) => [q.id, q]));
}

function shown(question: Question | undefined): OutliersState {
	if (!question || question.form !== 'predict') throw new Error(`${question?.id} is not a predict question`);
	return outliersPage(question.see.params);
}

const choice = (question: Question | undefined) => (question?.kind === 'choice' ? question.answer : null);
const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
/** NumPy's default (linear) quantile. */
function quantile(x: number[], q: number): number {
	const s = [...x].sort((a, b) => a - b);
	const h = (s.length - 1) * q;
	return s[Math.floor(h)] + (h - Math.floor(h)) * (s[Math.ceil(h)] - s[Math.floor(h)]);
}
function median(x: number[]): number {
	const s = [...x].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

describe('dealt questions', () => {
	it.each(PRESETS)(
		'%s: every dealt set is well formed, half or more predict or scenario, with valid Show me links',
		(query) => {
			const page = outliersPage(query);
			for (let q = 1; q <= 8; q++) {
				page.input.q = q;
				expectWellFormedQuestions(page.questions, outliersCodec.decode);
			}
			page.addPoint();
			page.input.treat = 'cap';
			for (let q = 1; q <= 4; q++) {
				page.input.q = q;
				expectWellFormedQuestions(page.questions, outliersCodec.decode);
			}
		}
	);

	it('asks no predict question about an upload, which a link cannot open', () => {
		const page = outliersPage();
		page.uploaded = page.realTables.loaded.cars!;
		page.input.src = 'upload';
		expect(Object.values(available(page)).some((q) => q.form === 'predict')).toBe(false);
		for (let q = 1; q <= 4; q++) {
			page.input.q = q;
			expectWellFormedQuestions(page.questions, outliersCodec.decode);
		}
	});
});

describe('each generator’s answer', () => {
	it.each(PRESETS)(
		'%s: appending a far value moves the mean more than the median, as the Show me page shows',
		(query) => {
			const page = outliersPage(query);
			const question = available(page)['append-shift'];
			const after = shown(question);
			// the Show me page's own one-point sentence: without and with the point
			const [meanShift, medianShift] = [
				after.before!.mean - after.withoutAdded!.mean,
				after.before!.median - after.withoutAdded!.median
			];
			const x = [...page.data!.x, after.input.pt![0]];
			expect(after.before!.mean).toBeCloseTo(mean(x), 9);
			expect(after.before!.median).toBe(median(x));
			expect(choice(question)).toBe(
				Math.abs(meanShift) > Math.abs(medianShift)
					? 'The mean moves more'
					: Math.abs(medianShift) > Math.abs(meanShift)
						? 'The median moves more'
						: 'They move the same'
			);
			expect(choice(question)).toBe('The mean moves more');
		}
	);

	it.each(PRESETS)(
		'%s: which rule flags a value just beyond the upper fence, from the Show me page’s flags',
		(query) => {
			const page = outliersPage(query);
			const question = available(page)['which-rule'];
			const after = shown(question);
			const last = after.data!.x.length - 1;
			const x = after.data!.x;
			// by hand: the z-score of the appended value among all of them
			const sd = Math.sqrt(mean(x.map((v) => (v - mean(x)) ** 2)));
			const byZ = Math.abs(x[last] - mean(x)) / sd > after.input.z;
			expect(after.flags!.byZ[last]).toBe(byZ);
			const expected = after.flags!.byIqr[last]
				? byZ
					? 'Both rules'
					: 'The IQR fences only'
				: byZ
					? 'The z cut-off only'
					: 'Neither';
			expect(choice(question)).toBe(expected);
		}
	);

	it.each(PRESETS)(
		'%s: the which-rule explanation says how far the fence and the z cut-off moved, and which moved less, from quartiles worked by hand',
		(query) => {
			const page = outliersPage(query);
			const question = available(page)['which-rule'];
			const x = page.data!.x;
			const value = shown(question).input.pt![0];
			const upperFence = (values: number[]) =>
				quantile(values, 0.75) + 1.5 * (quantile(values, 0.75) - quantile(values, 0.25));
			const upperCutoff = (values: number[]) =>
				mean(values) + 3 * Math.sqrt(mean(values.map((v) => (v - mean(values)) ** 2)));
			const [fence, cutoff] = [
				[upperFence(x), upperFence([...x, value])],
				[upperCutoff(x), upperCutoff([...x, value])]
			];
			const f = formatValue;
			const still = ([a, b]: number[]) => f(a) === f(b);
			const movedText = (what: string, [a, b]: number[]) =>
				still([a, b]) ? `left ${what} at ${f(b)}` : `moved ${what} from ${f(a)} to ${f(b)}`;
			expect(question.explanation).toContain(
				still(fence) || still(cutoff)
					? `${movedText('the upper fence', fence)} and ${movedText('the upper z cut-off', cutoff)}`
					: `moved the upper fence from ${f(fence[0])} to ${f(fence[1])} and the upper z cut-off from ${f(cutoff[0])} to ${f(cutoff[1])}`
			);
			const less = Math.abs(fence[1] - fence[0]) < Math.abs(cutoff[1] - cutoff[0]);
			expect(question.explanation).toContain(
				less ? 'The fence moved less' : 'Here the fence moved as much as the cut-off or more'
			);
			expect(question.explanation).not.toContain('barely');
		}
	);

	it('the which-rule explanation on a column with a gap at Q3, where one more value moves the upper fence more than the z cut-off', () => {
		const x = [
			0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6, 7, 8, 9, 9, 9, 10, 51, 51, 53, 54, 55, 56, 56,
			58, 59
		];
		const page = outliersPage();
		const flags = flagBoth(x, 1.5, 3);
		const data = { x, y: x, xName: 'x', yName: 'y', dropped: 0, sampledFrom: null };
		const question = allOutlierQuestions({ input: page.input, data, flags, before: summarize(x) }).find(
			(q) => q.id === 'which-rule'
		)!;
		// 34 values: Q1 at position 8.25 = 2.25, Q3 at 24.75 = 10 + 0.75 × 41 = 40.75; fence 40.75 + 1.5 × 38.5 = 98.5; the question appends 98.5 + 19.25 = 117.75
		expect(flags.iqr.upper).toBeCloseTo(98.5, 10);
		const withIt = [...x, 117.75];
		// 35 values: Q1 at 8.5 = 2.5, Q3 at 25.5 = 51; fence 51 + 1.5 × 48.5 = 123.75, 25.25 up; mean + 3·std moves less
		expect(quantile(withIt, 0.75)).toBe(51);
		const cutoff = (values: number[]) =>
			mean(values) + 3 * Math.sqrt(mean(values.map((v) => (v - mean(values)) ** 2)));
		expect(cutoff(withIt) - cutoff(x)).toBeLessThan(123.75 - 98.5);
		expect(question.explanation).toContain('moved the upper fence from 98.5 to 123.8');
		expect(question.explanation).toContain('Here the fence moved as much as the cut-off or more');
	});

	it.each(PRESETS)(
		'%s: removing the largest value: the explanation’s arithmetic holds as printed',
		(query) => {
			const page = outliersPage(query);
			const question = available(page)['mean-without-largest'];
			const x = page.data!.x;
			const top = Math.max(...x);
			const number = (text: string) => Number(text.replace(/,/g, ''));
			const match = /^\(([\d.,]+) − ([\d.,]+)\) \/ ([\d,]+) = ([\d.,]+) \/ ([\d,]+) = ([\d.]+)\./.exec(
				question.explanation
			);
			expect(match, question.explanation).not.toBeNull();
			const [sum, largest, m, rest, m2, result] = match!.slice(1).map(number);
			// the printed numbers: the column's sum and largest value (the data have at most two decimals), n − 1
			expect(sum).toBeCloseTo(
				x.reduce((a, b) => a + b, 0),
				6
			);
			expect(largest).toBe(top);
			expect([m, m2]).toEqual([x.length - 1, x.length - 1]);
			// and they add up exactly, at two decimals, then divide to the printed mean
			expect(Math.round((sum - largest) * 100)).toBe(Math.round(rest * 100));
			expect(formatValue(rest / m)).toBe(String(result));
			expect(question.kind === 'number' && question.answer).toBeCloseTo(
				(x.reduce((a, b) => a + b, 0) - top) / (x.length - 1),
				9
			);
			expect(question.prompt).toContain(`add up to ${match![1]}`);
			// the median sentence, by hand
			const without = [...x];
			without.splice(x.indexOf(top), 1);
			const [was, now] = [median(x), median(without)];
			expect(question.explanation).toContain(
				formatValue(was) === formatValue(now)
					? `The median stays at ${formatValue(now)}`
					: `The median goes from ${formatValue(was)} to ${formatValue(now)}`
			);
		}
	);

	it.each([4, 5, 6, 8, 10, 11, 17, 40])(
		'a column of %i values: the |z| > 3 question is asked only when the flag table does not print the √(n − 1) bound',
		(n) => {
			const x = Array.from({ length: n }, (_, i) => (i === n - 1 ? 1000 : i));
			const page = outliersPage();
			const data = { x, y: x, xName: 'x', yName: 'y', dropped: 0, sampledFrom: null };
			for (const cutoff of [2, 3, 4]) {
				const flags = flagBoth(x, 1.5, cutoff);
				const asked = allOutlierQuestions({ input: page.input, data, flags, before: summarize(x) }).some(
					(q) => q.id === 'small-sample-z'
				);
				// by hand: the table prints the bound when √(n − 1) ≤ the cut-off on screen
				expect(asked, `cut-off ${cutoff}`).toBe(Math.sqrt(n - 1) > cutoff);
			}
		}
	);

	it.each(PRESETS)(
		'%s: a far point tilts the least-squares line, as the Show me page’s fit shows',
		(query) => {
			const page = outliersPage(query);
			const question = available(page)['slope-leverage'];
			if (!question) return expect(page.fitBefore?.slope ?? 0).toBe(0);
			const [before, after] = [page.fitBefore!.slope, shown(question).fitBefore!.slope];
			const expected =
				Math.abs(after - before) <= 0.01 * Math.abs(before)
					? 'It stays within 1%'
					: after > before
						? 'It rises'
						: 'It falls';
			expect(choice(question)).toBe(expected);
			// the point sits at the end of y that pulls against the trend: the slope moves towards 0 or past it
			expect(Math.sign(before) * (after - before)).toBeLessThan(0);
		}
	);

	it.each(PRESETS)(
		'%s: capping at the fences moves the mean and not the median, as the Show me page’s table shows',
		(query) => {
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
			const [meanMoves, medianMoves] = [
				mean(capped) !== page.before!.mean,
				median(capped) !== page.before!.median
			];
			expect(choice(question)).toBe(
				meanMoves && medianMoves
					? 'Both'
					: meanMoves
						? 'Only the mean'
						: medianMoves
							? 'Only the median'
							: 'Neither'
			);
			expect(choice(question)).toBe('Only the mean');
		}
	);

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
			allOutlierQuestions({
				input: page.input,
				data: { x: heights, y: heights, xName: 'height', yName: 'height', dropped: 0, sampledFrom: null },
				flags,
				before: summarize(heights)
			}).map((q) => [q.id, q])
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
		// six values: |z| ≤ √5 = 2.236, so |z| > 3 is impossible (the 400 reaches only 2.22); the flag table says so beside the question, so it is not asked
		expect(questions['small-sample-z']).toBeUndefined();
		expect(189 / Math.sqrt(43504 / 6)).toBeLessThan(Math.sqrt(5));
		// with a cut-off of 2 the table has nothing to say (√5 passes 2), and the question asks about |z| > 3 in six values: no
		const loose = allOutlierQuestions({
			input: page.input,
			data: { x: heights, y: heights, xName: 'height', yName: 'height', dropped: 0, sampledFrom: null },
			flags: flagBoth(heights, 1.5, 2),
			before: summarize(heights)
		}).find((q) => q.id === 'small-sample-z');
		expect(choice(loose)).toMatch(/^No/);
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
