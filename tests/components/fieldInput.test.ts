import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Component } from 'svelte';
import GenericFieldInput from '$lib/kit/FieldInput.svelte';
import { defineCodec, intField, numberField } from '$lib/url/codec';

// the component is generic over the state and field name, which render() cannot infer
const FieldInput = GenericFieldInput as unknown as Component<Record<string, unknown>>;

const codec = defineCodec({
	seed: intField(1, 1, 1_000_000),
	cost: numberField(1, 0, 50),
	q: intField(1, 1, 1_000_000)
});

async function type(label: string, text: string) {
	await fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
}

describe('FieldInput takes its bounds from the codec field', () => {
	it('a whole-number field: a value in range is written to the state, one outside refused with the field’s bounds', async () => {
		const state = { codec, input: codec.defaults() };
		render(FieldInput, { state, name: 'seed', label: 'Seed', noun: 'seed' });
		await type('Seed', '42');
		expect(state.input.seed).toBe(42);
		await type('Seed', '0');
		expect(screen.getByText('The smallest allowed is 1.')).toBeTruthy();
		expect(state.input.seed).toBe(42);
		await type('Seed', '2.5');
		expect(state.input.seed).toBe(42);
	});

	it('a decimal field takes decimals up to its maximum', async () => {
		const state = { codec, input: codec.defaults() };
		render(FieldInput, { state, name: 'cost', label: 'Cost', noun: 'cost' });
		await type('Cost', '2.5');
		expect(state.input.cost).toBe(2.5);
		await type('Cost', '51');
		expect(state.input.cost).toBe(2.5);
	});

	it('hands the value to onchange instead, where setting it does more', async () => {
		const state = { codec, input: codec.defaults() };
		const onchange = vi.fn<(value: number) => void>();
		render(FieldInput, { state, name: 'seed', label: 'Seed', noun: 'seed', onchange });
		await type('Seed', '7');
		expect(onchange).toHaveBeenCalledWith(7);
		expect(state.input.seed).toBe(1);
	});
});
