import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameterCount } from '$lib/nn/architecture';
import { CROSSES } from '$lib/nn/features';
import {
	DATA_NAMES,
	LEARNING_RATES,
	overfittingCodec,
	PENALTIES,
	type OverfittingUrlState
} from '$lib/widgets/overfitting/codec';
import { makeData, seedsFor } from '$lib/ml/planeData';
import {
	coefficientNorm,
	degreeRanges,
	degreesWhereTrainingRises,
	degreeSweep,
	lowestValidation,
	minPoints,
	minTrainShare,
	penaltyOf,
	penaltySweep,
	polyData,
	scoreFit,
	trainingCount
} from '$lib/widgets/overfitting/polynomial';
import { overfittingSteps } from '$lib/widgets/overfitting/presets';
import { formatRmseTick, rmseAxis, rmsePosition } from '$lib/widgets/overfitting/rmseAxis';
import { OverfittingState } from '$lib/widgets/overfitting/State.svelte';

const encodeDecode = (state: OverfittingUrlState) => overfittingCodec.decode(overfittingCodec.encode(state));

describe('URL codec', () => {
	it('round-trips the defaults and an edited state, with no hidden layer or crosses written "none"', () => {
		expect(encodeDecode(overfittingCodec.defaults())).toEqual({
			value: overfittingCodec.defaults(),
			problems: []
		});
		const edited: OverfittingUrlState = {
			...overfittingCodec.defaults(),
			tab: 'polynomial',
			layers: [],
			cross: ['x2', 'siny'],
			lr: 10,
			l1: 0.003,
			drop: 0.25,
			lam: -2.5
		};
		const params = overfittingCodec.encode(edited);
		expect(params.get('layers')).toBe('none');
		expect(params.get('cross')).toBe('x2-siny');
		expect(encodeDecode(edited)).toEqual({ value: edited, problems: [] });
	});

	it('round-trips any valid state (property)', () => {
		const state = fc.record({
			data: fc.constantFrom(...DATA_NAMES),
			layers: fc.array(fc.integer({ min: 1, max: 16 }), { maxLength: 6 }),
			cross: fc.subarray([...CROSSES]),
			lr: fc.constantFrom(...LEARNING_RATES),
			l2: fc.constantFrom(...PENALTIES),
			deg: fc.integer({ min: 1, max: 15 }),
			pat: fc.integer({ min: 0, max: 200 })
		});
		fc.assert(
			fc.property(state, (edits) => {
				const full = { ...overfittingCodec.defaults(), ...edits };
				expect(encodeDecode(full)).toEqual({ value: full, problems: [] });
			})
		);
	});

	it('falls back field by field on a tampered link', () => {
		const { value, problems } = overfittingCodec.decode(
			new URLSearchParams('lr=7&layers=4-99&cross=x2-cube&data=xor&drop=0.33')
		);
		expect(value.data).toBe('xor');
		expect(value.lr).toBe(0.03);
		expect(value.layers).toEqual([4, 2]);
		expect(value.cross).toEqual([]);
		expect(value.drop).toBe(0);
		expect(problems).toHaveLength(4);
		expect(problems.join(' ')).toMatch(/lr/);
	});

	it('every story step is a valid state, and its link (or a click on it) opens that step, not another', () => {
		for (const step of overfittingSteps) {
			const state = { ...overfittingCodec.defaults(), ...step.settings };
			expect(encodeDecode(state), step.id).toEqual({ value: state, problems: [] });
			const opened = new OverfittingState();
			opened.load(new URLSearchParams(opened.stepLink(step).slice(1)));
			expect(opened.storyStep?.id, step.id).toBe(step.id);
			const clicked = new OverfittingState();
			clicked.applyStep(step);
			expect(clicked.storyStep?.id, step.id).toBe(step.id);
		}
		// the overfit step's network: 2·16+16 = 48, 16·16+16 = 272 twice, 16·1+1 = 17 → 609
		const overfit = overfittingSteps.find((s) => s.id === 'overfit')!.settings;
		expect(parameterCount({ inputs: 2, hidden: overfit.layers!, activation: 'relu', classes: 2 })).toBe(609);
	});
});

describe('a link whose polynomial split leaves too few training points', () => {
	it('falls back to the default share, with a notice, and keeps every other field', () => {
		// 90% of 5 points held out: ⌈4.5⌉ = 5, leaving 0 to train on
		const { value, problems } = overfittingCodec.decode(
			new URLSearchParams('tab=polynomial&pn=5&pval=90&deg=4')
		);
		expect(value.pval).toBe(30);
		expect(value.pn).toBe(5);
		expect(value.deg).toBe(4);
		expect(value.tab).toBe('polynomial');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/90% of 5 points.*leaving 0 for training.*at least 2.*training share is 70%/);
	});

	it('keeps a split that leaves exactly two', () => {
		// 60% of 5 = 3 held out, 2 to train on
		expect(overfittingCodec.decode(new URLSearchParams('pn=5&pval=60'))).toMatchObject({
			value: { pn: 5, pval: 60 },
			problems: []
		});
		// 65% of 5: ⌈3.25⌉ = 4 held out, 1 left
		expect(overfittingCodec.decode(new URLSearchParams('pn=5&pval=65')).problems).toHaveLength(1);
	});
});

describe('data', () => {
	it('gives blobs and spirals the classes asked for, and the other sets two', () => {
		expect(new Set(makeData({ name: 'blobs', n: 90, noise: 0.2, classes: 3, seed: 1 }).y)).toEqual(
			new Set([0, 1, 2])
		);
		expect(new Set(makeData({ name: 'spiral', n: 80, noise: 0, classes: 4, seed: 1 }).y)).toEqual(
			new Set([0, 1, 2, 3])
		);
		expect(new Set(makeData({ name: 'moons', n: 80, noise: 0.1, classes: 4, seed: 1 }).y)).toEqual(
			new Set([0, 1])
		);
	});

	it('draws data, split and weights from three different seeds', () => {
		const seeds = seedsFor(5);
		expect(new Set([seeds.data, seeds.split, seeds.weights]).size).toBe(3);
	});
});

describe('polynomial tab', () => {
	it('reads the penalty slider on a log scale, off at the far left', () => {
		expect(penaltyOf(-9)).toBe(0);
		expect(penaltyOf(-2)).toBeCloseTo(0.01, 15);
		expect(penaltyOf(1)).toBe(10);
	});

	it('counts the training points as the split rounds (held-out part up), and never lets fewer than 2 remain', () => {
		// n = 30, 30% held out: 9 → 21; n = 5, 90%: ⌈4.5⌉ = 5 → 0; n = 10, 85%: ⌈8.5⌉ = 9 → 1
		expect(trainingCount(30, 30)).toBe(21);
		expect(trainingCount(5, 90)).toBe(0);
		expect(trainingCount(10, 85)).toBe(1);
		expect(() => polyData(5, 0.25, 1, 90)).toThrow(/leaves 0 for training; a fit needs at least 2/);
		expect(polyData(5, 0.25, 1, 60).train.x).toHaveLength(2);
	});

	it('limits the training share by the points, and the points by the training share', () => {
		// 5 points: a 35% share holds out ⌈3.25⌉ = 4 (1 left), 40% holds out 3 (2 left)
		expect(minTrainShare(5)).toBe(40);
		// 10 points: 15% holds out ⌈8.5⌉ = 9 (1 left), 20% holds out 8 (2 left)
		expect(minTrainShare(10)).toBe(20);
		// 20 points: 10% holds out 18, 2 left
		expect(minTrainShare(20)).toBe(10);
		// a 10% share: 19 points hold out ⌈17.1⌉ = 18 (1 left), 20 hold out 18 (2 left)
		expect(minPoints(10)).toBe(20);
		// a 20% share: 9 points hold out ⌈7.2⌉ = 8 (1 left), 10 hold out 8 (2 left)
		expect(minPoints(20)).toBe(10);
		// the default 70%: 5 points hold out ⌈1.5⌉ = 2, 3 left
		expect(minPoints(70)).toBe(5);
	});

	it('names the degrees without a fit as short ranges', () => {
		expect(degreeRanges([2, 3, 4, 7])).toBe('2–4 and 7');
		expect(degreeRanges([1, 3, 5])).toBe('1, 3 and 5');
		expect(degreeRanges([10, 11, 12, 13, 14, 15])).toBe('10–15');
		expect(degreeRanges([9])).toBe('9');
	});

	it('draws RMSE on a log scale of whole decades, values below 0.001 on the bottom edge', () => {
		// log₁₀ 0.16 ≈ −0.80 and log₁₀ 4300 ≈ 3.63: the decades from 10⁻¹ to 10⁴
		expect(rmseAxis([0.16, 0.5, 4300])).toMatchObject({ domain: [-1, 4], clipped: false });
		// 1e−16 (an interpolating fit) sits at the floor, 10⁻³, and the bottom tick says so
		const axis = rmseAxis([1e-16, 0.78]);
		expect(axis.domain).toEqual([-3, 0]);
		expect(axis.clipped).toBe(true);
		expect(axis.format(-3)).toBe('≤ 0.001');
		expect(axis.format(-1)).toBe('0.1');
		expect(rmsePosition(0)).toBe(-3);
		expect(rmsePosition(100)).toBeCloseTo(2, 12);
		// at least one decade tall, even for one value
		expect(rmseAxis([0.5]).domain).toEqual([-1, 0]);
		// 10^−0.5 ≈ 0.316, 10³ = 1000, 10⁵ past the plain range
		expect(formatRmseTick(-0.5)).toBe('0.32');
		expect(formatRmseTick(3)).toBe('1,000');
		expect(formatRmseTick(5)).toBe('10⁵');
	});

	it('fits a straight line through exact points and scores it 0', () => {
		// y = 1 + 2x on 4 training and 4 validation points: c = [1, 2], RMSE 0, ‖c‖ = |c₁| = 2
		const data = {
			train: { x: [0, 0.2, 0.5, 1], y: [1, 1.4, 2, 3] },
			val: { x: [0.1, 0.3, 0.7, 0.9], y: [1.2, 1.6, 2.4, 2.8] }
		};
		const score = scoreFit(data, 1, 0);
		expect(score.fit!.coefficients[0]).toBeCloseTo(1, 10);
		expect(score.fit!.coefficients[1]).toBeCloseTo(2, 10);
		expect(score.trainRmse).toBeCloseTo(0, 10);
		expect(score.valRmse).toBeCloseTo(0, 10);
		expect(score.norm).toBeCloseTo(2, 10);
		expect(coefficientNorm([7, 3, 4])).toBe(5);
	});

	it('says why a degree cannot be fitted without a penalty, and fits it with one', () => {
		const data = polyData(20, 0.25, 1, 50);
		expect(data.train.x).toHaveLength(10);
		const plain = scoreFit(data, 12, 0);
		expect(plain.fit).toBeNull();
		expect(plain.problem).toMatch(/at least 13 distinct x/);
		expect(scoreFit(data, 12, 1e-4).fit).not.toBeNull();
	});

	it('training error never rises with the degree; validation error is lowest in between (the U)', () => {
		const data = polyData(30, 0.25, 3, 50);
		const sweep = degreeSweep(data, 0).filter((s) => s.trainRmse !== null);
		for (let i = 1; i < sweep.length; i++)
			expect(sweep[i].trainRmse!).toBeLessThanOrEqual(sweep[i - 1].trainRmse! + 1e-9);
		const val = sweep.map((s) => s.valRmse!);
		const best = val.indexOf(Math.min(...val));
		expect(best).toBeGreaterThan(0);
		expect(best).toBeLessThan(val.length - 1);
	});

	it('the coefficients shrink as the penalty grows', () => {
		const norms = penaltySweep(polyData(30, 0.25, 3, 50), 9).map((s) => s.score.norm!);
		for (let i = 1; i < norms.length; i++) expect(norms[i]).toBeLessThanOrEqual(norms[i - 1] * (1 + 1e-9));
		expect(norms[norms.length - 1]).toBeLessThan(norms[0] / 10);
	});
});

describe('the polynomial page’s sentences, on the state it builds', () => {
	const page = (query: string) => {
		const state = new OverfittingState();
		state.load(new URLSearchParams(`tab=polynomial&${query}`));
		return state;
	};

	it('"lowest at degree d": the fitted degree with the smallest validation RMSE, found by scanning', () => {
		for (const seed of [1, 2, 3]) {
			const state = page(`pseed=${seed}`);
			const fitted = state.sweep.filter((s) => s.valRmse !== null);
			const smallest = Math.min(...fitted.map((s) => s.valRmse!));
			expect(state.bestFit!.valRmse).toBe(smallest);
			expect(state.bestFit!.degree).toBe(fitted.find((s) => s.valRmse === smallest)!.degree);
		}
		expect(lowestValidation([])).toBeNull();
	});

	it('"training error only falls with the degree" holds without a penalty; with one the page names the degrees where it rises', () => {
		for (const seed of [1, 2, 3, 4, 5])
			for (const pn of [10, 30, 200])
				expect(page(`pseed=${seed}&pn=${pn}`).trainingRises, `seed ${seed}, ${pn} points`).toEqual([]);
		// λ = 0.1 on the default data: each named degree's training RMSE is above the degree before it
		const penalised = page('lam=-1');
		expect(penalised.trainingRises.length).toBeGreaterThan(0);
		for (const degree of penalised.trainingRises)
			expect(penalised.sweep[degree - 1].trainRmse!).toBeGreaterThan(penalised.sweep[degree - 2].trainRmse!);
		expect(degreesWhereTrainingRises([])).toEqual([]);
	});

	it('"‖c‖ falls from A at λ = 10⁻⁸ to B at λ = 10²": A > B at every degree, over seeds', () => {
		for (const seed of [1, 2, 3]) {
			for (const deg of [1, 3, 9, 15]) {
				const norms = page(`pseed=${seed}&deg=${deg}`).shrinkage.map((s) => s.score.norm!);
				expect(norms[0], `seed ${seed}, degree ${deg}`).toBeGreaterThan(norms[norms.length - 1]);
			}
		}
	});
});
