/**
 * The missing-values page's sentences about its own numbers (review of issue 15): the bin that
 * gains most, each method's spread sentence, the bias verdict's one quantity, the k-NN question's
 * margin, r when undefined. Built from the page's state (each real table, several seeds and
 * methods) and checked against counts and sums worked out here.
 */
import { describe, expect, it } from 'vitest';
import { nanEuclidean } from '$lib/ml/knnImpute';
import { rText } from '$lib/widgets/missing-data/analysis';
import { SYSTEMATIC_ERRORS } from '$lib/widgets/missing-data/bias';
import { methods, type Method } from '$lib/widgets/missing-data/codec';
import {
	BIAS_MARGIN,
	CORRELATION_MARGIN,
	CORRELATION_SAME,
	KNN_MARGIN,
	knnBoundaries,
	knnOption,
	knnOptions,
	missingQuestions,
	ratesFor,
	show
} from '$lib/widgets/missing-data/quiz';
import { MissingState } from '$lib/widgets/missing-data/State.svelte';
import { openTablePage } from './tablePage';

const presets = ['', 'src=cars&col=horsepower&by=weight', 'src=iris&col=petal_length_cm&by=petal_width_cm'];
const seeds = [1, 2, 3, 4, 5];

/** The page's state for a link, with the real tables already loaded. */
const page = (params: string) => openTablePage(() => new MissingState(), params);
const link = (...parts: string[]) => parts.filter((p) => p !== '').join('&');
const average = (x: readonly number[]) => x.reduce((s, v) => s + v, 0) / x.length;
const sigma = (x: readonly number[]) =>
	Math.sqrt(x.reduce((s, v) => s + (v - average(x)) ** 2, 0) / x.length);

/** Counts of `values` in `bins` equal bins of [low, high], the last bin closed, by hand. */
function countBins(values: readonly number[], [low, high]: [number, number], bins: number): number[] {
	const counts = new Array<number>(bins).fill(0);
	for (const v of values) counts[Math.min(bins - 1, Math.floor(((v - low) / (high - low)) * bins))]++;
	return counts;
}

describe('the histogram names the bin that gains most values, only when one gains (item 1)', () => {
	for (const preset of presets)
		it(
			`${preset || 'penguins'}: every method, seeds 1–5, mechanisms MCAR and MNAR`,
			{ timeout: 30_000 },
			() => {
				for (const seed of seeds)
					for (const mech of ['mcar', 'mnar'])
						for (const method of methods) {
							const widget = page(link(preset, `seed=${seed}`, `mech=${mech}`, `method=${method}`));
							const bins = widget.bins!;
							const truth = countBins(widget.truth!.values, bins.domain, bins.truth.length);
							const after = widget.chosen!.values
								? countBins(widget.chosen!.values, bins.domain, bins.truth.length)
								: null;
							const gains = after ? after.map((c, i) => c - truth[i]) : [];
							const most = Math.max(0, ...gains);
							if (most === 0) {
								expect(widget.gain, `${method} seed ${seed}`).toBeNull();
								continue;
							}
							const gain = widget.gain!;
							expect(gain.index).toBe(gains.indexOf(most));
							expect([gain.before, gain.after]).toEqual([truth[gain.index], after![gain.index]]);
						}
			}
		);

	it('dropping rows or the column gains no bin; mean imputation gains in the bin holding the mean', () => {
		for (const method of ['drop-rows', 'drop-column']) expect(page(`method=${method}`).gain).toBeNull();
		const widget = page('method=mean');
		expect(widget.gain!.low).toBeLessThanOrEqual(widget.chosen!.fill!);
		expect(widget.gain!.high).toBeGreaterThanOrEqual(widget.chosen!.fill!);
	});
});

describe('each method gets its own spread sentence, from its numbers (item 4)', () => {
	for (const preset of presets)
		it(`${preset || 'penguins'}, seeds 1–5: σ after / σ observed and the verb that follows it`, () => {
			for (const seed of seeds)
				for (const method of methods) {
					const widget = page(link(preset, `seed=${seed}`, `method=${method}`));
					const observed = widget.after.filter((v): v is number => v !== null);
					const spread = widget.spread;
					if (method === 'drop-column') {
						expect(spread).toBeNull();
						continue;
					}
					const values = widget.chosen!.values!;
					const ratio = sigma(values) / sigma(observed);
					expect(spread!.ratio).toBeCloseTo(ratio, 10);
					const shown = Number(ratio.toFixed(2));
					expect(spread!.verb).toBe(shown < 1 ? 'shrinks' : shown > 1 ? 'widens' : 'keeps');
					// one fill value stacks in one bin; k-NN's do not
					expect(spread!.spike).toBe(!['drop-rows', 'knn'].includes(method));
					if (method === 'drop-rows') expect(spread!.verb).toBe('keeps');
				}
		});

	it('on the default table: median and mean shrink σ, k-NN less than the mean, dropping rows keeps it', () => {
		const by = (method: Method) => page(`method=${method}`).spread!;
		expect(by('mean').verb).toBe('shrinks');
		expect(by('median').verb).toBe('shrinks');
		expect(by('knn').verb).toBe('shrinks');
		expect(by('knn').versusMean).toBe('less');
		expect(by('knn').ratio).toBeGreaterThan(by('knn').meanRatio!);
		expect(by('drop-rows').verb).toBe('keeps');
	});
});

describe('the bias verdict reads one quantity: the average bias and its standard error over the seeds (item 3)', () => {
	for (const preset of presets)
		it(`${preset || 'penguins'}, seeds 1–5: SE = sd / √n, and biased exactly when beyond ${SYSTEMATIC_ERRORS} SE`, () => {
			for (const seed of seeds)
				for (const e of page(link(preset, `seed=${seed}`)).effects!) {
					expect(e.standardError).toBeCloseTo(e.spread! / Math.sqrt(40), 12);
					expect(e.systematic).toBe(Math.abs(e.averageBias!) > SYSTEMATIC_ERRORS * e.standardError!);
				}
		});
});

describe('the k-NN, correlation and bias questions keep a margin from their boundaries (item 2)', () => {
	it('knnOption: no key within the margin of 10% or 90% left', () => {
		expect(knnOption(1 - 0.096)).toBeNull();
		expect(knnOption(1 - 0.06)).toBe(knnOptions[0]);
		expect(knnOption(1 - 0.5)).toBe(knnOptions[1]);
		expect(knnOption(1 - 0.95)).toBe(knnOptions[2]);
	});

	for (const preset of presets)
		// a budget of its own: 18 question sets, each running k-NN over 40 seeds' worth of holes
		it(
			`${preset || 'penguins'}: every key over seeds 1–3 and q = 1–6 lies at least the margin from each boundary`,
			{ timeout: 60_000 },
			() => {
				for (const seed of [1, 2, 3])
					for (let q = 1; q <= 6; q++) {
						const widget = page(link(preset, `seed=${seed}`, `q=${q}`));
						const all = missingQuestions(
							{
								input: widget.input,
								data: widget.data!,
								truth: widget.truth!.summary,
								results: widget.results
							},
							q,
							100
						);
						const [rate] = ratesFor(widget.input.rate, q);
						const atRate = page(link(preset, `seed=${seed}`, `rate=${rate}`)).effects!;
						const mnar = atRate.find((e) => e.mechanism === 'mnar')!;
						const left = Math.abs(mnar.knnBias!) / Math.abs(mnar.dropBias!);
						const knn = all.find((question) => question.id === 'knn-mnar');
						if (knnBoundaries.some((b) => Math.abs(left - b) < KNN_MARGIN)) expect(knn).toBeUndefined();
						else if (knn)
							expect(knn.answer).toBe(
								left < 0.1 ? knnOptions[0] : left > 0.9 ? knnOptions[2] : knnOptions[1]
							);
						if (all.some((question) => question.id === 'biased-mechanisms'))
							for (const e of atRate)
								expect(
									Math.abs(Math.abs(e.averageBias!) / e.standardError! - SYSTEMATIC_ERRORS)
								).toBeGreaterThanOrEqual(BIAS_MARGIN);
						const correlation = all.find((question) => question.id === 'correlation-rate');
						if (correlation) {
							const rOf = (w: MissingState) => w.results.find((o) => o.id === 'mean')!.summary!.r!;
							const change =
								Math.abs(rOf(page(link(preset, `seed=${seed}`, `rate=${rate}`)))) - Math.abs(rOf(widget));
							expect(Math.abs(Math.abs(change) - CORRELATION_SAME)).toBeGreaterThanOrEqual(
								CORRELATION_MARGIN
							);
						}
					}
			}
		);
});

describe('k-NN distances are nan_euclidean over the columns both rows have (item 5)', () => {
	it('a row missing the studied value is √2 · |Δ second column| from a complete one, as the page says', () => {
		// sqrt(2 / 1 · (3 − 1)²) = 2√2 by hand
		expect(nanEuclidean([null, 3], [5, 1])).toBeCloseTo(2 * Math.SQRT2, 12);
		// the page's example row: its donors are the nearest observed rows by the second column
		const widget = page('method=knn');
		const chosen = widget.chosen!;
		const first = chosen.filled[0];
		const distance = (p: number) => Math.abs(widget.data!.driver[p] - widget.data!.driver[first]);
		const donors = chosen.donors!.get(first)!;
		const others = widget.after.flatMap((v, p) => (v === null || donors.includes(p) ? [] : [p]));
		expect(Math.min(...others.map(distance))).toBeGreaterThanOrEqual(Math.max(...donors.map(distance)));
	});
});

describe('r is never a bare "undefined" (item 7)', () => {
	it('says why: too few rows, or which column has one value', () => {
		expect(rText({ n: 1, mean: 2, std: 0, r: null }, 'x', 'y', show)).toBe(
			'undefined (0/0: fewer than two rows)'
		);
		expect(rText({ n: 5, mean: 2, std: 0, r: null }, 'x', 'y', show)).toBe(
			'undefined (0/0: x has one value only)'
		);
		expect(rText({ n: 5, mean: 2, std: 1, r: null }, 'x', 'y', show)).toBe(
			'undefined (0/0: y has one value only)'
		);
		expect(rText({ n: 5, mean: 2, std: 1, r: 0.5 }, 'x', 'y', show)).toBe('0.5');
	});
});
