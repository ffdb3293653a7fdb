/** The L1 vs L2 widget's link: a round trip, and bad values refused field by field with the defaults kept. */
import { describe, expect, it } from 'vitest';
import { regularizationCodec } from '$lib/widgets/regularization/codec';
import { LOG_GRID } from '$lib/widgets/regularization/analysis';

describe('regularization codec', () => {
	it('round-trips a state', () => {
		const state = {
			...regularizationCodec.defaults(),
			pen: 'enet' as const,
			lam: 0.7,
			mix: 0.35,
			scale: 'off' as const,
			data: 'cars' as const,
			n: 123,
			noise: 4.5,
			seed: 77,
			q: 9
		};
		const { value, problems } = regularizationCodec.decode(regularizationCodec.encode(state));
		expect(problems).toEqual([]);
		expect(value).toEqual(state);
	});

	it.each([
		{ name: 'letters for λ', query: 'lam=abc', field: 'lam' },
		{ name: 'λ off the grid', query: 'lam=0.15', field: 'lam' },
		{ name: 'λ above the slider', query: 'lam=3', field: 'lam' },
		{ name: 'an unknown penalty', query: 'pen=l3', field: 'pen' },
		{ name: 'a mix of 1', query: 'mix=1', field: 'mix' },
		{ name: 'too few rows', query: 'n=5', field: 'n' }
	])('refuses $name and keeps the default', ({ query, field }) => {
		const { value, problems } = regularizationCodec.decode(new URLSearchParams(`${query}&pen=l2`));
		expect(problems).toHaveLength(1);
		const key = field as keyof typeof value;
		expect(value[key]).toEqual(regularizationCodec.defaults()[key]);
		if (field !== 'pen') expect(value.pen).toBe('l2');
	});

	it('puts every slider position of λ on the grid of the path', () => {
		const { min, max, step } = regularizationCodec.fields.lam.range!;
		expect(LOG_GRID[0]).toBe(min);
		expect(LOG_GRID[LOG_GRID.length - 1]).toBe(max);
		expect(LOG_GRID).toHaveLength(Math.round((max - min) / step!) + 1);
	});
});
