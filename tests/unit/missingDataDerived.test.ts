/**
 * The missing-values panels print what the state derives: the spread callout's ratio, title and
 * comparison with mean imputation, the histogram's sentence, dropping rows' bias, the indicator's
 * |r| > 0.2 rule and the table's masks. Each is checked here by hand or from the raw values,
 * over several seeds.
 */
import { describe, expect, it } from 'vitest';
import { pearson } from '$lib/ml/stats';
import { againstTruth, indicatorTells } from '$lib/widgets/missing-data/analysis';
import { histogramSentence } from '$lib/widgets/missing-data/spread';
import { MissingState } from '$lib/widgets/missing-data/State.svelte';
import { openTablePage } from './tablePage';

const seeds = [1, 2, 3, 4];
const page = (params: string) => openTablePage(() => new MissingState(), params);
const present = (values: readonly (number | null)[]) => values.filter((v): v is number => v !== null);
const mean = (x: readonly number[]) => x.reduce((s, v) => s + v, 0) / x.length;
/** Population σ, as NumPy's default. */
const sigma = (x: readonly number[]) => Math.sqrt(mean(x.map((v) => (v - mean(x)) ** 2)));

describe('the indicator column: its gaps say something about the second column beyond |r| = 0.2', () => {
	it('by hand at the edge', () => {
		expect(indicatorTells(null)).toBe(false);
		expect(indicatorTells(0.2)).toBe(false);
		expect(indicatorTells(-0.2)).toBe(false);
		expect(indicatorTells(0.21)).toBe(true);
		expect(indicatorTells(-0.35)).toBe(true);
	});

	it.each(seeds)(
		'seed %i, values missing at random on the second column: the state reads r from the gaps',
		(seed) => {
			const state = page(`method=indicator&mech=mar&rate=0.4&seed=${seed}`);
			const data = state.data!;
			// the indicator is 1 where the value was punched out, 0 where it was observed (the table's own gaps included)
			const marks = state.after.map((v) => (v === null ? 1 : 0));
			// 40% holes: the marks hold both 0 and 1, so r is defined
			const r = pearson(marks, data.driver)!;
			expect(state.chosen!.indicatorR).toBeCloseTo(r, 10);
			expect(state.indicatorTells).toBe(Math.abs(r) > 0.2);
		}
	);
});

describe('the spread callout', () => {
	it.each(seeds)(
		'seed %i: dropping rows keeps the observed σ, its ratio to the truth worked out from the values',
		(seed) => {
			const state = page(`method=drop-rows&seed=${seed}`);
			const truth = present(state.truth!.values);
			const kept = present(state.after);
			expect(state.spread!.afterToTruth).toBeCloseTo(sigma(kept) / sigma(truth), 10);
			expect(state.spread!.title).toBe('Drop rows barely changes the spread');
			// the bias in "Show the maths": the kept rows' mean less the true mean
			expect(state.dropBias).toBeCloseTo(mean(kept) - mean(truth), 10);
		}
	);

	it.each(seeds)('seed %i: k-NN against mean imputation, in the title and the comparison', (seed) => {
		const state = page(`method=knn&seed=${seed}`);
		const observed = sigma(present(state.after));
		const meanFilled = state.results.find((o) => o.id === 'mean')!;
		const meanRatio = sigma(meanFilled.values!) / observed;
		const ratio = sigma(state.chosen!.values!) / observed;
		const [shown, meanShown] = [Number(ratio.toFixed(2)), Number(meanRatio.toFixed(2))];
		const verb = shown < 1 ? 'shrinks' : shown > 1 ? 'widens' : 'barely changes';
		expect(state.spread!.title).toBe(`k-NN ${verb} the spread`);
		const versus = shown > meanShown ? 'less than' : shown < meanShown ? 'more than' : 'as much as';
		expect(state.spread!.versusMeanText).toBe(
			verb === 'shrinks' ? `${versus} mean imputation's ×${meanRatio.toFixed(2)}` : null
		);
		expect(state.dropBias).toBeNull();
	});

	it('mean imputation is not compared with itself', () => {
		const state = page('method=mean');
		expect(state.spread!.versusMeanText).toBeNull();
		expect(state.spread!.title).toBe('Mean shrinks the spread');
	});
});

describe('the histogram sentence', () => {
	it('by hand: a gain, none, and the column gone', () => {
		const gain = { index: 2, low: 40, high: 45, before: 1, after: 30 };
		expect(histogramSentence('bill', 'Mean', true, gain)).toBe(
			'Two histograms of bill. The bin 40–45 gains the most after mean: 1 value before, 30 after.'
		);
		expect(histogramSentence('bill', 'Drop rows', true, null)).toBe(
			'Two histograms of bill: no bin holds more values after drop rows than before.'
		);
		expect(histogramSentence('bill', 'Drop the column', false, null)).toBe(
			'A histogram of bill before the holes; the column is gone after drop the column.'
		);
	});
});

describe('the cell table’s masks', () => {
	it.each(seeds)(
		'seed %i: punched where a value was punched out, filled where the method wrote one',
		(seed) => {
			const state = page(`method=median&seed=${seed}`);
			const data = state.data!;
			data.rows.forEach((_, p) => {
				const punched = data.values[p] !== null && state.after[p] === null;
				expect(state.punchedMask[p]).toBe(punched);
				// the median fills every gap: the punched ones and the table's own
				expect(state.filledMask[p]).toBe(state.after[p] === null);
			});
		}
	);
});

describe('the comparison table: each method against the truth', () => {
	it('by hand', () => {
		const truth = { n: 10, mean: 5, std: 2, r: 0.5 };
		expect(againstTruth({ n: 7, mean: 5.5, std: 1.5, r: 0.4 }, truth)).toEqual({
			meanShift: 0.5,
			stdRatio: 0.75
		});
		// no summary (the column dropped), or a truth with σ = 0: nothing to print beside the numbers
		expect(againstTruth(null, truth)).toEqual({ meanShift: null, stdRatio: null });
		expect(againstTruth({ n: 7, mean: 4, std: 1, r: null }, { ...truth, std: 0 })).toEqual({
			meanShift: -1,
			stdRatio: null
		});
	});

	it.each(seeds)('seed %i: every method’s row, from its values and the true values', (seed) => {
		const state = page(`seed=${seed}&mech=mnar`);
		const truth = present(state.truth!.values);
		state.results.forEach((o, i) => {
			const values = o.id === 'drop-rows' ? present(state.after) : o.values;
			if (!values || values.length === 0) {
				expect(state.againstTruth[i]).toEqual({ meanShift: null, stdRatio: null });
				return;
			}
			expect(state.againstTruth[i].meanShift, o.id).toBeCloseTo(mean(values) - mean(truth), 10);
			expect(state.againstTruth[i].stdRatio, o.id).toBeCloseTo(sigma(values) / sigma(truth), 10);
		});
	});
});
