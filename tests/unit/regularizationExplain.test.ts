/** The sentences under the zero count and the U chart, on hand-made fits (each case states its numbers). */
import { describe, expect, it } from 'vitest';
import type { LambdaFit } from '$lib/widgets/regularization/analysis';
import { syntheticFeatures } from '$lib/widgets/regularization/data';
import { validationSentence, zeroSentence } from '$lib/widgets/regularization/explain';

const fit = (logLambda: number, valRmse: number, coef = [1, 0, -2, 1, 1, 0, 0.5, 0]): LambdaFit => ({
	logLambda,
	lambda: 10 ** logLambda,
	coef,
	rawCoef: coef,
	zeros: coef.filter((w) => w === 0).length,
	trainRmse: 1.5,
	valRmse,
	solverCoef: coef
});

describe('validation sentence', () => {
	const smallest = fit(-3, 2.5);
	it.each([
		{ name: 'at the bottom', chosen: fit(-1, 2.2), best: fit(-1, 2.2), says: 'the bottom of the U' },
		{ name: 'within 1% of it', chosen: fit(-0.9, 2.21), best: fit(-1, 2.2), says: 'within 1%' },
		{ name: 'left of it', chosen: fit(-2, 2.4), best: fit(-1, 2.2), says: 'too little penalty' },
		{ name: 'right of it', chosen: fit(1, 3.9), best: fit(-1, 2.2), says: 'too much penalty' }
	])('$name', ({ chosen, best, says }) => {
		expect(validationSentence(chosen, best, smallest, 'l1')).toContain(says);
	});
	it('says there is no U when the smallest λ is best', () => {
		expect(validationSentence(fit(-1, 2.6), smallest, smallest, 'l2')).toContain('no U here');
	});
	it('says λ does nothing without a penalty', () => {
		expect(validationSentence(fit(-1, 2.6), fit(2, 2.6), smallest, 'none')).toBe(
			'Without a penalty λ changes nothing: validation RMSE is 2.6 at every λ.'
		);
	});
});

describe('zero sentence', () => {
	it('names the features out of the model', () => {
		// weights 1 (x1 copy), 5 (noise 1) and 7 (noise 3) are 0
		expect(zeroSentence(fit(-1, 2), syntheticFeatures, 'l1')).toBe(
			'Out of the model: x1 copy, noise 1 and noise 3.'
		);
	});
	it('says L2 never zeroes, and what an L1 with no zero yet needs', () => {
		const full = fit(-2, 2, [1, 1, 1, 1, 1, 1, 1, 1]);
		expect(zeroSentence(full, syntheticFeatures, 'l2')).toContain('never sets one to 0');
		expect(zeroSentence(full, syntheticFeatures, 'l1')).toContain('None yet at λ = 0.01');
		expect(zeroSentence(fit(2, 4, new Array(8).fill(0)), syntheticFeatures, 'l1')).toContain(
			'Every feature is out'
		);
	});
});
