/** FieldToggle: a switch for a two-valued word field, its off value the field's other one. */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Component } from 'svelte';
import GenericFieldToggle from '$lib/kit/FieldToggle.svelte';
import { defineCodec, enumField, intField } from '$lib/url/codec';

// the component is generic over the state and field name, which render() cannot infer
const FieldToggle = GenericFieldToggle as unknown as Component<Record<string, unknown>>;

const codec = defineCodec({
	shuffle: enumField<'on' | 'off'>('off', ['on', 'off']),
	sizes: enumField<'equal' | 'unequal'>('equal', ['equal', 'unequal']),
	q: intField(1, 1, 1_000_000)
});

describe('FieldToggle', () => {
	it('writes "on" and "off" by default', async () => {
		const state = { codec, input: codec.defaults() };
		render(FieldToggle, { state, name: 'shuffle', label: 'Shuffle first' });
		const toggle = screen.getByRole('switch', { name: 'Shuffle first' });
		expect(toggle.getAttribute('aria-checked')).toBe('false');
		await fireEvent.click(toggle);
		expect(state.input.shuffle).toBe('on');
	});

	it('switches off to the field’s other value', async () => {
		const state = { codec, input: { ...codec.defaults(), shuffle: 'on' as const } };
		render(FieldToggle, { state, name: 'shuffle', label: 'Shuffle first' });
		const toggle = screen.getByRole('switch', { name: 'Shuffle first' });
		expect(toggle.getAttribute('aria-checked')).toBe('true');
		await fireEvent.click(toggle);
		expect(state.input.shuffle).toBe('off');
	});

	it('takes another on value, and sets through the state’s own set where it has one', async () => {
		const calls: [string, unknown][] = [];
		const state = {
			codec,
			input: codec.defaults(),
			set: (name: string, value: unknown) => calls.push([name, value])
		};
		render(FieldToggle, { state, name: 'sizes', label: 'Unequal sizes', on: 'unequal' });
		await fireEvent.click(screen.getByRole('switch', { name: 'Unequal sizes' }));
		expect(calls).toEqual([['sizes', 'unequal']]);
	});
});
