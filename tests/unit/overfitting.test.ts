import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameterCount } from '$lib/nn/architecture';
import { CROSSES } from '$lib/nn/features';
import type { EpochRecord } from '$lib/nn/settings';
import { DATA_NAMES, LEARNING_RATES, overfittingCodec, PENALTIES, type OverfittingUrlState } from '$lib/widgets/overfitting/codec';
import { makeData, seedsFor } from '$lib/widgets/overfitting/data';
import { coefficientNorm, degreeSweep, penaltyOf, penaltySweep, polyData, scoreFit } from '$lib/widgets/overfitting/polynomial';
import { PRESETS } from '$lib/widgets/overfitting/presets';
import { overfittingQuestions } from '$lib/widgets/overfitting/quiz';

const encodeDecode = (state: OverfittingUrlState) => overfittingCodec.decode(overfittingCodec.encode(state));

describe('URL codec', () => {
	it('round-trips the defaults and an edited state, with no hidden layer or crosses written "none"', () => {
		expect(encodeDecode(overfittingCodec.defaults())).toEqual({ value: overfittingCodec.defaults(), problems: [] });
		const edited: OverfittingUrlState = { ...overfittingCodec.defaults(), tab: 'polynomial', layers: [], cross: ['x2', 'siny'], lr: 10, l1: 0.003, drop: 0.25, lam: -2.5 };
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
		const { value, problems } = overfittingCodec.decode(new URLSearchParams('lr=7&layers=4-99&cross=x2-cube&data=xor&drop=0.33'));
		expect(value.data).toBe('xor');
		expect(value.lr).toBe(0.03);
		expect(value.layers).toEqual([4, 2]);
		expect(value.cross).toEqual([]);
		expect(value.drop).toBe(0);
		expect(problems).toHaveLength(4);
		expect(problems.join(' ')).toMatch(/lr/);
	});

	it('every preset is a valid state', () => {
		for (const preset of PRESETS) {
			const state = { ...overfittingCodec.defaults(), ...preset.settings };
			expect(encodeDecode(state), preset.id).toEqual({ value: state, problems: [] });
		}
		// the overfit preset's network: 2·16+16 = 48, 16·16+16 = 272 twice, 16·1+1 = 17 → 609, as its story says
		const overfit = PRESETS.find((p) => p.id === 'overfit')!.settings;
		expect(parameterCount({ inputs: 2, hidden: overfit.layers!, activation: 'relu', classes: 2 })).toBe(609);
		expect(PRESETS.find((p) => p.id === 'overfit')!.story).toContain('609');
	});
});

describe('data', () => {
	it('gives blobs and spirals the classes asked for, and the other sets two', () => {
		expect(new Set(makeData({ name: 'blobs', n: 90, noise: 0.2, classes: 3, seed: 1 }).y)).toEqual(new Set([0, 1, 2]));
		expect(new Set(makeData({ name: 'spiral', n: 80, noise: 0, classes: 4, seed: 1 }).y)).toEqual(new Set([0, 1, 2, 3]));
		expect(new Set(makeData({ name: 'moons', n: 80, noise: 0.1, classes: 4, seed: 1 }).y)).toEqual(new Set([0, 1]));
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

	it('fits a straight line through exact points and scores it 0', () => {
		// y = 1 + 2x on 4 training and 4 validation points: c = [1, 2], RMSE 0, ‖c‖ = |c₁| = 2
		const data = { train: { x: [0, 0.2, 0.5, 1], y: [1, 1.4, 2, 3] }, val: { x: [0.1, 0.3, 0.7, 0.9], y: [1.2, 1.6, 2.4, 2.8] } };
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
		for (let i = 1; i < sweep.length; i++) expect(sweep[i].trainRmse!).toBeLessThanOrEqual(sweep[i - 1].trainRmse! + 1e-9);
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

describe('questions', () => {
	// validation loss falls to its lowest at epoch 12 (0.2), then rises to 0.6 by epoch 40
	const history: EpochRecord[] = Array.from({ length: 41 }, (_, epoch) => ({
		epoch,
		trainLoss: 0.7 * Math.exp(-epoch / 10),
		valLoss: epoch <= 12 ? 0.7 - (0.5 * epoch) / 12 : 0.2 + (0.4 * (epoch - 12)) / 28,
		trainAccuracy: 0.9,
		valAccuracy: 0.8
	}));
	const view = {
		spec: { inputs: 2, hidden: [4, 2], activation: 'tanh' as const, classes: 2 },
		history,
		bestEpoch: 12,
		patience: 5,
		sweep: degreeSweep(polyData(30, 0.25, 3, 50), 0),
		degree: 3
	};
	const all = overfittingQuestions(view, 1, 10);
	const byId = (id: string) => all.find((q) => q.id === id)!;

	it('asks for the best epoch, the weights and biases, and the stopping epoch from the run', () => {
		expect(byId('best-epoch').answer).toBe(12);
		// 2·4+4 + 4·2+2 + 2·1+1 = 25
		expect(byId('parameters').answer).toBe(25);
		expect(byId('patience').answer).toBe(17);
		expect(byId('diagnose').answer).toBe('Overfitting');
	});

	it('asks only what the run can answer: no best epoch before 10 epochs', () => {
		const early = overfittingQuestions({ ...view, history: history.slice(0, 5), bestEpoch: 4 }, 1, 10);
		expect(early.map((q) => q.id)).not.toContain('best-epoch');
	});
});
