/** FieldSeed: the seed box every widget shows, a FieldInput with the seed's defaults. */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Component } from 'svelte';
import GenericFieldSeed from '$lib/kit/FieldSeed.svelte';
import { defineCodec, intField } from '$lib/url/codec';

// the component is generic over the state and field name, which render() cannot infer
const FieldSeed = GenericFieldSeed as unknown as Component<Record<string, unknown>>;

const codec = defineCodec({
	seed: intField(1, 1, 1_000_000),
	dseed: intField(5, 1, 1_000_000),
	q: intField(1, 1, 1_000_000)
});

describe('FieldSeed', () => {
	it('edits `seed`, labelled "Seed", six characters wide, with −/+ steppers', async () => {
		const state = { codec, input: codec.defaults() };
		render(FieldSeed, { state });
		const box = screen.getByLabelText('Seed') as HTMLInputElement;
		expect(box.size).toBe(6);
		await fireEvent.click(screen.getByRole('button', { name: 'Increase Seed' }));
		expect(state.input.seed).toBe(2);
	});

	it('takes another field, label, width and no steppers where a widget says so', async () => {
		const state = { codec, input: codec.defaults() };
		render(FieldSeed, { state, name: 'dseed', label: 'Data seed', steppers: false, size: 8 });
		const box = screen.getByLabelText('Data seed') as HTMLInputElement;
		expect(box.size).toBe(8);
		expect(screen.queryAllByRole('button')).toHaveLength(0);
		await fireEvent.input(box, { target: { value: '42' } });
		expect(state.input.dseed).toBe(42);
		expect(state.input.seed).toBe(1);
	});

	it('says which field is missing when the state has no seed by that name', () => {
		const other = defineCodec({ q: intField(1, 1, 1_000_000) });
		expect(() => render(FieldSeed, { state: { codec: other, input: other.defaults() } })).toThrow(
			'FieldSeed: the state has no "seed" field'
		);
	});
});
