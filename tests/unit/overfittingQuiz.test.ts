/**
 * "Check yourself" on both tabs: well formed over many seeds for the default state, every
 * story and a few polynomial states, and every generator's key checked against a computation
 * of its own: the network's size counted by hand, the stated numbers judged by hand with the
 * rule's thresholds written out, predict questions refitted on the state their "Show me" opens.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/quiz/quiz';
import { overfittingCodec } from '$lib/widgets/overfitting/codec';
import { penaltyOf, polyData, scoreFit } from '$lib/widgets/overfitting/polynomial';
import { overfittingSteps } from '$lib/widgets/overfitting/presets';
import { availableQuestions } from '$lib/widgets/overfitting/quiz';
import { OverfittingState } from '$lib/widgets/overfitting/State.svelte';
import { expectWellFormedQuestions } from './quizRules';

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The page's state at a link, as a visitor opening it gets it. */
function page(query: string | URLSearchParams): OverfittingState {
	const state = new OverfittingState();
	state.load(new URLSearchParams(query));
	return state;
}
/** A story's link, without its question seed (the tests add their own). */
const preset = (id: string) => {
	const params = overfittingCodec.encode({
		...overfittingCodec.defaults(),
		...overfittingSteps.find((s) => s.id === id)!.settings
	});
	params.delete('q');
	params.delete('tab');
	return params.toString();
};
const withQ = (query: string, q: number) => `${query}&q=${q}`;

/** Every question the state offers for seed q (not only the four dealt). */
function offered(query: string, q: number): Question[] {
	const state = page(withQ(query, q));
	return availableQuestions(
		{ input: state.input, spec: state.network.spec, data: state.polyData, sweep: state.sweep },
		q
	);
}
/** The numbers a prompt states, in order ("4,261" is one number). */
const numbersIn = (text: string) =>
	[...text.matchAll(/-?\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replaceAll(',', '')));

const NETWORK_STATES = [
	'tab=network',
	...overfittingSteps.filter((s) => s.settings.tab === 'network').map((s) => `tab=network&${preset(s.id)}`)
];
const POLY_STATES = [
	'tab=polynomial',
	'tab=polynomial&pseed=1&pnoise=0.3&deg=2',
	'tab=polynomial&deg=12',
	'tab=polynomial&deg=9&lam=-3',
	'tab=polynomial&pn=200&deg=5',
	'tab=polynomial&pn=12&pval=50&deg=4'
];

describe('the questions dealt are well formed, half or more predict or scenario', () => {
	it.each([...NETWORK_STATES, ...POLY_STATES])('%s', (query) => {
		for (const q of SEEDS)
			expectWellFormedQuestions(page(withQ(query, q)).questions, overfittingCodec.decode);
	});

	it('each tab asks its own questions, none of which the page prints (the best epoch, the network’s size now)', () => {
		for (const q of SEEDS) {
			const network = offered('tab=network', q);
			const poly = offered('tab=polynomial', q);
			expect(network.map((x) => x.id)).not.toContain('poly-degree');
			expect(poly.map((x) => x.id)).not.toContain('net-weights');
			expect(network.map((x) => x.id)).not.toContain('best-epoch');
			const weights = network.find((x) => x.id === 'net-weights')!;
			expect(weights.answer).not.toBe(page('tab=network').network.parameters);
		}
	});

	it('offers at least 4 generators per tab, so "New questions" varies', () => {
		const ids = (states: string[]) =>
			new Set(states.flatMap((s) => SEEDS.flatMap((q) => offered(s, q).map((x) => x.id))));
		expect(ids(NETWORK_STATES).size).toBeGreaterThanOrEqual(6);
		expect(ids(POLY_STATES).size).toBeGreaterThanOrEqual(7);
	});
});

/** Every question with this id over the states and seeds. */
const all = (states: string[], id: string) =>
	states
		.flatMap((s) => SEEDS.map((q) => offered(s, q).find((x) => x.id === id)))
		.filter((x): x is Question => !!x);

describe('network keys, computed again', () => {
	it('net-weights: the changed network counted by hand, and Show me opens it on the network tab', () => {
		for (const question of all(NETWORK_STATES, 'net-weights')) {
			expect(question.form).toBe('predict');
			const { value } = overfittingCodec.decode(new URLSearchParams(question.see!.params));
			expect(value.tab).toBe('network');
			const inputs = 2 + value.cross.length;
			const outputs = 1; // every story and the default are two-class
			const sizes = [inputs, ...value.layers, outputs];
			let count = 0;
			for (let i = 1; i < sizes.length; i++) count += sizes[i - 1] * sizes[i] + sizes[i];
			expect(question.answer, question.prompt).toBe(count);
		}
	});

	it('early-stop: the stated best epoch plus the stated patience', () => {
		for (const question of all(NETWORK_STATES, 'early-stop')) {
			const [patience, best] = numbersIn(question.prompt);
			expect(question.answer).toBe(best + patience);
		}
	});

	it('net-diagnose: the stated losses judged by hand (1.25 × and 0.05 above the lowest, training below its value then; both over 0.45 and stalled)', () => {
		const seen = new Set<string>();
		for (const question of all(NETWORK_STATES, 'net-diagnose')) {
			// "after L epochs. Training loss: tb at epoch b, t20 at epoch L−20, tL now. Validation loss: lowest vb at epoch b; low to vL over the last 10 epochs."
			const [last, trainAtBest, bestEpoch, before, , trainNow, bestVal, , low] = numbersIn(question.prompt);
			expect(bestEpoch).toBeLessThan(last);
			const over = low > 1.25 * bestVal && low - bestVal > 0.05 && trainNow < trainAtBest;
			const under = last >= 50 && trainNow > 0.45 && low > 0.45 && before - trainNow < 0.01;
			const expected = over ? 'Overfitting' : under ? 'Underfitting' : 'Neither: it is still learning';
			expect(question.answer, question.prompt).toBe(expected);
			seen.add(expected);
		}
		expect(seen.size, 'all three verdicts come up').toBe(3);
	});
});

describe('polynomial keys, refitted on the state Show me opens', () => {
	/** Training and validation RMSE of a link's polynomial state, fitted here. */
	const fitOf = (params: string | URLSearchParams) => {
		const { value } = overfittingCodec.decode(new URLSearchParams(params));
		const score = scoreFit(
			polyData(value.pn, value.pnoise, value.pseed, value.pval),
			value.deg,
			penaltyOf(value.lam)
		);
		return { value, train: score.trainRmse!, val: score.valRmse! };
	};
	const direction = (before: number, after: number) => (after < before ? 'fall' : 'rise');
	const twoWay = (train: string, val: string) =>
		train === val ? `Both ${train}` : `Training RMSE ${train}s, validation RMSE ${val}s`;

	it('poly-degree and poly-ridge: the directions of both errors between the state on screen (or its stated degree) and Show me’s', () => {
		let count = 0;
		for (const state of POLY_STATES) {
			for (const q of SEEDS) {
				for (const question of offered(state, q).filter(
					(x) => x.id === 'poly-degree' || x.id === 'poly-ridge'
				)) {
					const after = fitOf(question.see!.params);
					// the "before" state: the page's, at the degree Show me keeps (a ridge question may be asked at degree 9)
					const before = fitOf(
						overfittingCodec.encode({
							...page(withQ(state, q)).input,
							deg: question.id === 'poly-ridge' ? after.value.deg : page(withQ(state, q)).input.deg
						})
					);
					expect(numbersIn(question.prompt)).toContain(Number(before.train.toFixed(3)));
					const expected = twoWay(direction(before.train, after.train), direction(before.val, after.val));
					expect(question.answer, question.prompt).toBe(expected);
					count++;
				}
			}
		}
		expect(count).toBeGreaterThan(10);
	});

	it('poly-points: the gap between validation and training RMSE, before and with Show me’s points', () => {
		const questions = POLY_STATES.flatMap((state) =>
			SEEDS.map((q) => ({ state, q, question: offered(state, q).find((x) => x.id === 'poly-points') }))
		);
		let count = 0;
		for (const { state, q, question } of questions) {
			if (!question) continue;
			const after = fitOf(question.see!.params);
			const before = fitOf(overfittingCodec.encode({ ...page(withQ(state, q)).input, deg: after.value.deg }));
			const narrows = after.val - after.train < before.val - before.train;
			expect(question.answer, question.prompt).toBe(narrows ? 'The gap narrows' : 'The gap widens');
			count++;
		}
		expect(count).toBeGreaterThan(10);
	});

	it('poly-diagnose: the stated RMSEs judged by hand (training over 1.2 × the lowest: under; else validation over 1.5 × training: over)', () => {
		const seen = new Set<string>();
		for (const question of all(POLY_STATES, 'poly-diagnose')) {
			const [degree, train, val, lowest, bestDegree] = numbersIn(question.prompt);
			expect(degree).not.toBe(bestDegree);
			const expected = train > 1.2 * lowest ? 'Underfitting' : val > 1.5 * train ? 'Overfitting' : 'Neither';
			expect(question.answer, question.prompt).toBe(expected);
			seen.add(expected);
		}
		expect(seen.has('Underfitting') && seen.has('Overfitting')).toBe(true);
	});
});

describe('exam scenarios', () => {
	it('prescribe regularisation for a train/validation gap, capacity for two low scores, and L1 for selecting features', () => {
		for (const question of all(['tab=network', 'tab=polynomial'], 'remedy-overfit')) {
			const [train, val] = numbersIn(question.prompt);
			expect(train - val).toBeGreaterThanOrEqual(20);
			expect(question.answer).toMatch(/dropout.*L1\/L2/);
		}
		for (const question of all(['tab=network', 'tab=polynomial'], 'remedy-underfit')) {
			const [train, val, majority] = numbersIn(question.prompt);
			expect(Math.abs(train - val)).toBeLessThanOrEqual(2);
			expect(train - majority).toBeLessThanOrEqual(6);
			expect(question.answer).toMatch(/capacity/);
		}
		for (const question of all(['tab=network'], 'l1-selects')) expect(question.answer).toBe('L1');
	});
});
