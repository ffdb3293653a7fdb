/**
 * The sentences the outliers page writes, checked against the numbers of the state the page
 * builds, on every data set a learner can pick (the generated ones over three seeds). Expected
 * values are worked from the column by hand, not read back from the widget.
 */
import { describe, expect, it } from 'vitest';
import { formatValue } from '$lib/format/format';
import { fenceShiftText, logSkewText, rightSkewed } from '$lib/widgets/outliers/text';
import { outliersPage, PRESETS } from './outliersPage';

const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
function median(x: number[]): number {
	const s = [...x].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** NumPy's default (linear) quantile. */
function quantile(x: number[], q: number): number {
	const s = [...x].sort((a, b) => a - b);
	const h = (s.length - 1) * q;
	return s[Math.floor(h)] + (h - Math.floor(h)) * (s[Math.ceil(h)] - s[Math.floor(h)]);
}
function slope(x: number[], y: number[]): number {
	const [mx, my] = [mean(x), mean(y)];
	return x.reduce((s, xi, i) => s + (xi - mx) * (y[i] - my), 0) / x.reduce((s, xi) => s + (xi - mx) ** 2, 0);
}

describe('“drag your point: the mean and the line follow it, the median hardly moves” (the header and the one-point sentence)', () => {
	it.each(PRESETS)('%s', (query) => {
		const page = outliersPage(query);
		const base = page.base!;
		page.addPoint();
		const near = page.input.pt!;
		// the sentence's numbers: without the point and with it
		expect(page.withoutAdded!.mean).toBeCloseTo(mean(base.x), 9);
		expect(page.before!.mean).toBeCloseTo(mean([...base.x, near[0]]), 9);
		expect(page.before!.median).toBe(median([...base.x, near[0]]));
		// drag it ten times as far from the quartile: the mean follows by the move over n, the line tilts, the median stays put
		const far = near[0] + 10 * (near[0] - quantile(base.x, 0.75));
		const meanNear = page.before!.mean;
		const slopeNear = page.fitBefore!.slope;
		page.movePoint(far, near[1]);
		const moved = page.input.pt![0] - near[0];
		expect(page.before!.mean - meanNear).toBeCloseTo(moved / (base.x.length + 1), 9);
		expect(page.before!.median).toBe(median([...base.x, near[0]]));
		expect(page.fitBefore!.slope).toBeCloseTo(slope([...base.x, page.input.pt![0]], [...base.y, near[1]]), 9);
		expect(page.fitBefore!.slope).not.toBeCloseTo(slopeNear, 6);
		// one far value moves the mean more than the median
		expect(Math.abs(page.before!.mean - page.withoutAdded!.mean)).toBeGreaterThan(
			Math.abs(page.before!.median - page.withoutAdded!.median)
		);
	});
});

describe('“this page has no train/test split, so its fences use every row” (under the treatments)', () => {
	it.each(PRESETS)('%s: the fences are worked from every value, the learner’s point included', (query) => {
		const page = outliersPage(query);
		page.addPoint();
		const x = page.data!.x;
		const [q1, q3] = [quantile(x, 0.25), quantile(x, 0.75)];
		expect(page.flags!.iqr.lower).toBeCloseTo(q1 - 1.5 * (q3 - q1), 9);
		expect(page.flags!.iqr.upper).toBeCloseTo(q3 + 1.5 * (q3 - q1), 9);
	});
});

describe('the log1p line: “shortens this column’s right tail” only where the column is right-skewed and the log brings the skewness nearer 0', () => {
	it.each(PRESETS)('%s', (query) => {
		const page = outliersPage(`${query}&treat=log`);
		const x = page.data!.x;
		// by hand: scipy's biased skewness before and after log(1 + x)
		const skew = (values: number[]) => {
			const m = mean(values);
			return mean(values.map((v) => (v - m) ** 3)) / mean(values.map((v) => (v - m) ** 2)) ** 1.5;
		};
		const [g, gAfter] = [skew(x), skew(x.map((v) => Math.log1p(v)))];
		expect(page.after!.skewness!).toBeCloseTo(gAfter, 9);
		const text = logSkewText(page.before!, page.after!);
		const shortens = g >= rightSkewed && Math.abs(gAfter) < g;
		expect(text.includes('shortens'), text).toBe(shortens);
		expect(text).toContain(
			`the skewness goes from ${formatValue(page.before!.skewness!)} to ${formatValue(page.after!.skewness!)}`
		);
		if (g < rightSkewed) expect(text).toContain('no long right tail to shorten');
		// the cars' horsepower and the generated right-skewed column are the skewed ones; the normal column and the penguins' mass are not
		if (/cars|skewed/.test(query)) expect(shortens).toBe(true);
		if (/normal|penguins/.test(query)) expect(shortens).toBe(false);
	});
});

describe('“the quartiles depend on the order of the values”, and what the learner’s point moved (under the flag table)', () => {
	it.each(PRESETS)(
		'%s: the fence and the z cut-off on the point’s side, before and after, worked by hand',
		(query) => {
			const page = outliersPage(query);
			expect(page.pointShift).toBeNull();
			page.addPoint();
			const x = page.data!.x;
			const without = x.slice(0, -1);
			const fence = (values: number[]) =>
				quantile(values, 0.75) + 1.5 * (quantile(values, 0.75) - quantile(values, 0.25));
			const cutoff = (values: number[]) =>
				mean(values) + 3 * Math.sqrt(mean(values.map((v) => (v - mean(values)) ** 2)));
			const shift = page.pointShift!;
			// the page adds its point above Q3, so the upper side
			expect(shift.side).toBe('upper');
			expect(shift.fence[0]).toBeCloseTo(fence(without), 9);
			expect(shift.fence[1]).toBeCloseTo(fence(x), 9);
			expect(shift.cutoff![0]).toBeCloseTo(cutoff(without), 9);
			expect(shift.cutoff![1]).toBeCloseTo(cutoff(x), 9);
			const less = Math.abs(fence(x) - fence(without)) < Math.abs(cutoff(x) - cutoff(without));
			const text = fenceShiftText(shift, 'Your point');
			expect(text.includes('The fence moved less'), text).toBe(less);
			// dragged far out, the fence stays where it was while the cut-off follows: then the sentence says the fence moved less
			page.movePoint(x[x.length - 1] * 100 + 1000, page.input.pt![1]);
			expect(page.flags!.iqr.upper).toBeCloseTo(fence([...without, page.input.pt![0]]), 9);
			expect(fenceShiftText(page.pointShift!, 'Your point')).toContain('The fence moved less');
		}
	);
});

describe('“the rules often disagree” (the header and the flag table)', () => {
	it('on the default cars, the IQR fences flag horsepower values the z cut-off does not', () => {
		const page = outliersPage();
		const x = page.data!.x;
		const [q1, q3] = [quantile(x, 0.25), quantile(x, 0.75)];
		const sd = Math.sqrt(mean(x.map((v) => (v - mean(x)) ** 2)));
		const byIqr = x.filter((v) => v > q3 + 1.5 * (q3 - q1) || v < q1 - 1.5 * (q3 - q1)).length;
		const byZ = x.filter((v) => Math.abs(v - mean(x)) / sd > 3).length;
		expect(byIqr).toBeGreaterThan(byZ);
		expect(page.flags!.iqrOnly.length).toBe(byIqr - byZ);
	});
});
