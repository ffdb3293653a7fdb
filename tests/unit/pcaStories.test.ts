/**
 * The PCA story: every step at the state its link opens (over seeds where a seed draws the
 * data). Each number a step quotes is worked out here by power iteration on the covariance
 * (pcaByHand.ts), not read back from the widget; the real tables' numbers were also checked
 * against NumPy (np.linalg.svd of the centred, optionally standardised table), pasted below.
 */
import { describe, expect, it } from 'vitest';
import { formatPercent } from '$lib/format/format';
import { pcaPage, pcaStepPage } from './pcaPage';
import { argMaxAbs, etaPerComponent, for95ByHand, pcaByHand, standardiseByHand } from './pcaByHand';

const share = (v: number) => formatPercent(v, 2);
const seeds = [1, 2, 3, 4];

function stepAt(id: string, seed?: number) {
	const page = pcaStepPage(id, seed);
	expect(page.storyStep?.id).toBe(id);
	const said = page.storyText!;
	expect(said.text).not.toMatch(/NaN|undefined|Infinity/);
	return { page, said };
}

describe('PCA story', () => {
	it('each step link opens that step (no step shadows another)', () => {
		const page = pcaPage('');
		for (const step of page.steps) expect(pcaPage(page.stepLink(step).slice(1)).storyStep?.id).toBe(step.id);
	});

	it.each(seeds)('PC1 ignores the classes (seed %i): PC2, with less variance, separates them', (seed) => {
		const { page, said } = stepAt('labels', seed);
		const data = page.data!;
		const hand = pcaByHand(data.X);
		const eta = etaPerComponent(hand, data.labels);
		expect(hand.ratios[0]).toBeGreaterThan(hand.ratios[1]);
		expect(eta[1]).toBeGreaterThan(eta[0]);
		expect(said.holds).toBe(true);
		expect(said.text).toContain(`PC1 carries ${share(hand.ratios[0])} of the variance`);
		expect(said.text).toContain(
			`η² = ${eta[0].toFixed(3)}; PC2, with ${share(hand.ratios[1])}, has η² = ${eta[1].toFixed(3)}`
		);
	});

	it.each(seeds)(
		'the dropped component mattered (seed %i): k = 2 of 3 keeps most variance, PC3 separates',
		(seed) => {
			const { page, said } = stepAt('dropped', seed);
			const data = page.data!;
			const hand = pcaByHand(data.X);
			const eta = etaPerComponent(hand, data.labels);
			expect(argMaxAbs(eta)).toBe(2);
			const kept = hand.ratios[0] + hand.ratios[1];
			expect(said.holds).toBe(true);
			expect(said.text).toContain(
				`Keeping 2 components of 3 holds ${share(kept)} of the variance and loses ${share(hand.ratios[2])}`
			);
			expect(said.text).toContain(
				`PC3, the component dropped, is the one that separates the classes (η² = ${eta[2].toFixed(3)})`
			);
		}
	);

	it('unscaled penguins: body_mass_g, the widest feature, owns PC1', () => {
		// NumPy on the 342 complete rows: ratios [0.99989, 8e-05, 2e-05, 0], PC1's largest |entry|² 0.99975 on body_mass_g
		const { page, said } = stepAt('unscaled');
		const hand = pcaByHand(page.data!.X);
		const top = argMaxAbs(hand.vectors[0]);
		expect(top).toBe(3);
		expect(hand.vectors[0][top] ** 2).toBeCloseTo(0.99975, 5);
		expect(hand.ratios[0]).toBeCloseTo(0.99989, 5);
		expect(said.holds).toBe(true);
		expect(said.text).toContain(
			`PC1's largest loading is body_mass_g with share ${share(hand.vectors[0][top] ** 2)}`
		);
		expect(said.text).toContain(`PC1 "explains" ${share(hand.ratios[0])} of the variance`);
	});

	it('standardised penguins: no feature owns PC1, and 3 components reach 95%', () => {
		// NumPy: ratios [0.68844, 0.19313, 0.09131, 0.02712], running total 0.9729 at 3, top flipper_length_mm 0.33179
		const { page, said } = stepAt('standardised');
		const hand = pcaByHand(standardiseByHand(page.data!.X));
		const top = argMaxAbs(hand.vectors[0]);
		expect(page.data!.featureNames[top]).toBe('flipper_length_mm');
		expect(hand.vectors[0][top] ** 2).toBeCloseTo(0.33179, 4);
		expect(hand.ratios[0]).toBeCloseTo(0.68844, 4);
		const k = for95ByHand(hand.ratios);
		expect(k).toBe(3);
		expect(said.holds).toBe(true);
		expect(said.text).toContain(
			`PC1 explains ${share(hand.ratios[0])}, its largest loading is flipper_length_mm with share only ${share(hand.vectors[0][top] ** 2)}, and 3 components are needed for 95% (${share(hand.ratios[0] + hand.ratios[1] + hand.ratios[2])})`
		);
	});
});
