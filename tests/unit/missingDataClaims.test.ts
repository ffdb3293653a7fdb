/**
 * The missing-values page's claims, checked on the state the page builds (each real table with
 * its default columns, several seeds) against numbers worked out here from the engine's
 * primitives (punchHoles, knnImpute, plain sums), not from the widget's own analysis.
 */
import { describe, expect, it } from 'vitest';
import { tableFromRows } from '$lib/data/table';
import { knnImpute } from '$lib/ml/knnImpute';
import { punchHoles, type Mechanism } from '$lib/ml/missingness';
import { createRng } from '$lib/ml/random';
import { pearson } from '$lib/ml/stats';
import { studyData, type StudyData } from '$lib/widgets/missing-data/analysis';
import { mechanismEffects, VERDICT_SEEDS, verdictSeeds } from '$lib/widgets/missing-data/bias';
import { missingCodec } from '$lib/widgets/missing-data/codec';
import {
	biasOptions,
	correlationOptions,
	KNN_MARGIN,
	knnOptions,
	missingQuestions,
	ratesFor,
	signedPercent
} from '$lib/widgets/missing-data/quiz';
import { MissingState } from '$lib/widgets/missing-data/State.svelte';
import { openTablePage } from './tablePage';
import { expectWellFormedQuestions } from './quizRules';

/** The page's presets: each real table with the columns it opens on. */
const presets = [
	{ name: 'penguins (default)', params: '' },
	{ name: 'cars', params: 'src=cars&col=horsepower&by=weight' },
	{ name: 'iris', params: 'src=iris&col=petal_length_cm&by=petal_width_cm' }
];
const seeds = [1, 2, 3, 4, 5];

/** The page's state for a link, with the real tables already loaded. */
const page = (params: string) => openTablePage(() => new MissingState(), params);
const withSeed = (params: string, seed: number, extra = '') =>
	[params, `seed=${seed}`, extra].filter((p) => p !== '').join('&');

const average = (x: readonly number[]) => x.reduce((s, v) => s + v, 0) / x.length;
const sd = (x: readonly number[]) => Math.sqrt(x.reduce((s, v) => s + (v - average(x)) ** 2, 0) / x.length);
const observed = (data: StudyData) => data.values.filter((v): v is number => v !== null);

/** The kept rows' mean minus the true mean, by hand. */
function dropBiasByHand(data: StudyData, mechanism: Mechanism, rate: number, seed: number): number {
	const punched = new Set(punchHoles(data.values, { mechanism, rate, seed, driver: data.driver }));
	const kept = data.values.filter((v, p): v is number => v !== null && !punched.has(p));
	return average(kept) - average(observed(data));
}

/** The k-NN-filled column's mean minus the true mean, straight from knnImpute. */
function knnBiasByHand(data: StudyData, mechanism: Mechanism, rate: number, seed: number, k: number): number {
	const punched = new Set(punchHoles(data.values, { mechanism, rate, seed, driver: data.driver }));
	const X = data.values.map((v, p) => [punched.has(p) ? null : v, data.driver[p]]);
	return average(knnImpute(X, { nNeighbors: k }).X.map((row) => row[0])) - average(observed(data));
}

/** Whether a list of biases over seeds is systematic: its mean beyond four standard errors (ddof 1) of 0. */
function systematicByHand(biases: number[]): boolean {
	const m = average(biases);
	const s = Math.sqrt(biases.reduce((t, b) => t + (b - m) ** 2, 0) / (biases.length - 1));
	return Math.abs(m) > (4 * s) / Math.sqrt(biases.length);
}

describe('dropping rows is unbiased only when values go missing completely at random', () => {
	for (const preset of presets) {
		it(`${preset.name}, seeds 1–5: MCAR's average bias is noise, MAR's and MNAR's a bias`, () => {
			for (const seed of seeds) {
				const widget = page(withSeed(preset.params, seed));
				const effects = widget.effects!;
				for (const e of effects) {
					expect(e.dropBias).toBeCloseTo(dropBiasByHand(widget.data!, e.mechanism, 0.3, seed), 9);
					const biases = verdictSeeds(seed).map((s) => dropBiasByHand(widget.data!, e.mechanism, 0.3, s));
					expect(e.averageBias).toBeCloseTo(average(biases), 9);
					expect(e.systematic, `${e.mechanism} seed ${seed}`).toBe(systematicByHand(biases));
				}
				expect(effects.map((e) => e.systematic)).toEqual([false, true, true]);
			}
		});
	}

	it('the default table shows MAR at −5.4% and MNAR at −289 (issue 15)', () => {
		const widget = page('');
		const [, mar, mnar] = widget.effects!;
		expect(signedPercent(mar.dropBias!, widget.truth!.summary.mean!)).toBe('−5.4%');
		expect(Math.round(mnar.dropBias!)).toBe(-289);
	});

	it('over many seeds MCAR averages out, MAR and MNAR do not', () => {
		const data = page('').data!;
		const many = Array.from({ length: 200 }, (_, i) => i + 1);
		const mcar = many.map((s) => dropBiasByHand(data, 'mcar', 0.3, s));
		const mar = many.map((s) => dropBiasByHand(data, 'mar', 0.3, s));
		// MCAR: the mean bias within 3 standard errors (sd / √200) of 0; MAR: beyond 20 of them
		expect(Math.abs(average(mcar))).toBeLessThan((3 * sd(mcar)) / Math.sqrt(200));
		expect(Math.abs(average(mar))).toBeGreaterThan((20 * sd(mar)) / Math.sqrt(200));
	});

	it('by hand, no table is shown and no verdict is made', () => {
		expect(page('mech=hand').effects).toBeNull();
	});
});

describe('k-NN recovers a bias only as far as the second column predicts the value', () => {
	for (const preset of presets) {
		it(`${preset.name}, seeds 1–5: it removes most of the MAR bias and part of the MNAR bias`, () => {
			for (const seed of seeds) {
				const widget = page(withSeed(preset.params, seed));
				const [, mar, mnar] = widget.effects!;
				const data = widget.data!;
				expect(mar.knnBias).toBeCloseTo(knnBiasByHand(data, 'mar', 0.3, seed, 5), 9);
				expect(mnar.knnBias).toBeCloseTo(knnBiasByHand(data, 'mnar', 0.3, seed, 5), 9);
				expect(Math.abs(mar.knnBias!), `MAR seed ${seed}`).toBeLessThan(0.25 * Math.abs(mar.dropBias!));
				expect(mnar.recovered!, `MNAR seed ${seed}`).toBeGreaterThan(0);
				expect(mnar.recovered!).toBeLessThan(1);
				expect(mnar.recovered).toBeCloseTo(1 - Math.abs(mnar.knnBias!) / Math.abs(mnar.dropBias!), 12);
			}
		});
	}

	it('the default table: k-NN cuts the MNAR bias from −289 to −55 (issue 15)', () => {
		const mnar = page('').effects![2];
		expect([Math.round(mnar.dropBias!), Math.round(mnar.knnBias!)]).toEqual([-289, -55]);
	});

	it('a second column that fixes the value recovers most of the MNAR bias; one unrelated to it recovers little', () => {
		const rng = createRng(7);
		const rows = Array.from({ length: 400 }, () => {
			const v = rng.normal(50, 10);
			return [String(v), String(v), String(rng.normal(0, 1))];
		});
		const table = tableFromRows('t', ['v', 'same', 'noise'], rows);
		const recovered = (by: string) =>
			average(
				seeds.map(
					(s) =>
						mechanismEffects(studyData(table, 'v', by), 0.3, s, 5).find((e) => e.mechanism === 'mnar')!
							.recovered!
				)
			);
		expect(recovered('same')).toBeGreaterThan(0.7);
		expect(Math.abs(recovered('noise'))).toBeLessThan(0.2);
	});
});

describe('mean imputation shrinks σ: ×√(n_obs / n) against the observed σ, and about that against the truth under MCAR', () => {
	for (const preset of presets) {
		it(`${preset.name}, seeds 1–5: σ_after = σ_obs · √(n_obs / n), and the ratio to the truth is its own number`, () => {
			for (const seed of seeds) {
				const widget = page(withSeed(preset.params, seed));
				const shrink = widget.shrink!;
				const after = widget.after.filter((v): v is number => v !== null);
				const truth = observed(widget.data!);
				expect(shrink.nObs).toBe(after.length);
				expect(shrink.n).toBe(widget.after.length);
				expect(shrink.factor).toBeCloseTo(Math.sqrt(after.length / widget.after.length), 12);
				// σ of the observed values times the factor, by hand
				expect(shrink.afterStd).toBeCloseTo(sd(after) * Math.sqrt(after.length / widget.after.length), 9);
				expect(shrink.afterToTruth).toBeCloseTo(shrink.afterStd / sd(truth), 12);
				expect(shrink.observedToTruth).toBeCloseTo(sd(after) / sd(truth), 12);
			}
		});
	}

	it('the default page shows ×0.87 against the truth and ×0.84 from the formula (issue 15)', () => {
		const shrink = page('').shrink!;
		expect(shrink.afterToTruth.toFixed(2)).toBe('0.87');
		expect(shrink.factor.toFixed(2)).toBe('0.84');
		// 103 of 342 punched: √(239 / 342)
		expect(shrink.factor).toBeCloseTo(Math.sqrt(239 / 342), 12);
	});

	it('under MCAR the ratio to the truth averages the formula’s factor over many seeds', () => {
		const ratios = Array.from({ length: 40 }, (_, i) => page(`seed=${i + 1}`).shrink!.afterToTruth);
		expect(average(ratios)).toBeCloseTo(Math.sqrt(239 / 342), 2);
	});
});

describe('the imputer is fitted on every observed value of the table (this page has no train/test split)', () => {
	for (const preset of presets) {
		it(`${preset.name}: the mean fill is the mean of all observed values after the holes`, () => {
			for (const seed of seeds) {
				const widget = page(withSeed(preset.params, seed));
				const after = widget.after.filter((v): v is number => v !== null);
				expect(widget.chosen!.id).toBe('mean');
				expect(widget.chosen!.fill).toBeCloseTo(average(after), 9);
				expect(widget.results.find((o) => o.id === 'drop-rows')!.rows).toBe(after.length);
			}
		});
	}
});

describe('the questions', () => {
	for (const preset of presets) {
		it(`${preset.name}: well formed for q = 1–6, half or more predict or scenario`, () => {
			for (let q = 1; q <= 6; q++) {
				expectWellFormedQuestions(page(withSeed(preset.params, 1, `q=${q}`)).questions, missingCodec.decode);
			}
		});
	}

	it('offers MAR, and every predict answer matches the engine run on the changed state', () => {
		for (const preset of presets) {
			for (const q of [1, 2, 3]) {
				const widget = page(withSeed(preset.params, 1, `q=${q}`));
				const data = widget.data!;
				const all = missingQuestions(
					{ input: widget.input, data, truth: widget.truth!.summary, results: widget.results },
					q,
					100
				);
				const byId = (id: string) => all.find((question) => question.id === id)!;
				const [rate, otherRate] = ratesFor(0.3, q);
				expect([rate, otherRate]).not.toContain(0.3);

				const shrink = byId('shrink-factor');
				expect(shrink.kind === 'number' && shrink.answer).toBeCloseTo(Math.sqrt(1 - otherRate), 12);

				// r after mean imputation at the question's rate, by hand
				const rAt = (r: number) => {
					const punched = new Set(punchHoles(data.values, { mechanism: 'mcar', rate: r, seed: 1 }));
					const kept = data.values.filter((v, p): v is number => v !== null && !punched.has(p));
					const fill = average(kept);
					return pearson(
						data.values.map((v, p) => (v === null || punched.has(p) ? fill : v)),
						data.driver
					)!;
				};
				const correlation = byId('correlation-rate');
				const change = Math.abs(rAt(rate)) - Math.abs(rAt(0.3));
				expect(correlation.answer).toBe(
					change < -0.005
						? correlationOptions[0]
						: change > 0.005
							? correlationOptions[2]
							: correlationOptions[1]
				);
				expect(correlation.see?.params).toContain(`rate=${rate}`);

				// which mechanisms bias the kept mean at the question's rate, by hand over the verdict's seeds
				const biased = (['mcar', 'mar', 'mnar'] as const).filter((m) =>
					systematicByHand(verdictSeeds(1).map((s) => dropBiasByHand(data, m, rate, s)))
				);
				const mechanisms = byId('biased-mechanisms');
				expect(mechanisms.kind === 'choice' && mechanisms.options.some((o) => o.startsWith('MAR'))).toBe(
					true
				);
				expect(mechanisms.answer).toBe(biasOptions[1]);
				expect(biased).toEqual(['mar', 'mnar']);

				// how much of the MNAR bias k-NN leaves at the question's rate, straight from knnImpute
				const knn = all.find((question) => question.id === 'knn-mnar');
				const left =
					Math.abs(knnBiasByHand(data, 'mnar', rate, 1, 5)) / Math.abs(dropBiasByHand(data, 'mnar', rate, 1));
				// within the margin of a boundary the question is not asked (its key would rest on noise)
				if (knn)
					expect(knn.answer).toBe(left < 0.1 ? knnOptions[0] : left > 0.9 ? knnOptions[2] : knnOptions[1]);
				else expect(Math.min(Math.abs(left - 0.1), Math.abs(left - 0.9))).toBeLessThan(KNN_MARGIN);

				const unbiased = byId('unbiased-mechanism');
				expect(unbiased.answer).toMatch(/^MCAR/);
				expect(unbiased.kind === 'choice' && unbiased.options.map((o) => o.slice(0, 4))).toEqual([
					'MCAR',
					'MAR:',
					'MNAR'
				]);
			}
		}
	});

	it('the k-NN and bias questions carry their states: Show me opens the mechanism, rate and method asked about', () => {
		const widget = page('q=2');
		const [rate] = ratesFor(0.3, 2);
		for (const question of widget.questions.filter((q) => q.form === 'predict')) {
			const { value } = missingCodec.decode(new URLSearchParams(question.see.params));
			expect(value.rate).toBe(rate);
			if (question.id === 'knn-mnar') expect([value.mech, value.method]).toEqual(['mnar', 'knn']);
			if (question.id === 'biased-mechanisms')
				expect([value.mech, value.method]).toEqual(['mar', 'drop-rows']);
		}
	});

	it(`averages over ${VERDICT_SEEDS} seeds, the same ones the table does`, () => {
		expect(verdictSeeds(999_999).slice(0, 3)).toEqual([999_999, 1_000_000, 1]);
	});
});
