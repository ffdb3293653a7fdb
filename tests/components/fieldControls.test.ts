/** FieldSlider and FieldSelect take their bounds, step and choices from the codec's field. */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Component } from 'svelte';
import GenericFieldSelect from '$lib/kit/FieldSelect.svelte';
import GenericFieldSlider from '$lib/kit/FieldSlider.svelte';
import { defineCodec, enumField, intField, numberField } from '$lib/url/codec';

// the components are generic over the state and field name, which render() cannot infer
const FieldSlider = GenericFieldSlider as unknown as Component<Record<string, unknown>>;
const FieldSelect = GenericFieldSelect as unknown as Component<Record<string, unknown>>;

const codec = defineCodec({
	share: intField(20, 1, 50),
	spread: numberField(1, 0.5, 3, 0.1),
	shape: enumField<'bowl' | 'saddle'>('bowl', ['bowl', 'saddle']),
	q: intField(1, 1, 1_000_000)
});

describe('FieldSlider', () => {
	it('a whole-number field: bounds from the field, step 1', async () => {
		const state = { codec, input: codec.defaults() };
		render(FieldSlider, { state, name: 'share', label: 'Share' });
		const slider = screen.getByLabelText('Share') as HTMLInputElement;
		expect([slider.min, slider.max, slider.step]).toEqual(['1', '50', '1']);
		await fireEvent.input(slider, { target: { value: '33' } });
		expect(state.input.share).toBe(33);
	});

	it('a decimal field: its step is the field’s', () => {
		const state = { codec, input: codec.defaults() };
		render(FieldSlider, { state, name: 'spread', label: 'Spread' });
		const slider = screen.getByLabelText('Spread') as HTMLInputElement;
		expect([slider.min, slider.max, slider.step]).toEqual(['0.5', '3', '0.1']);
	});
});

describe('FieldSelect', () => {
	it('offers the field’s values in order, with the widget’s labels, and writes the choice', async () => {
		const state = { codec, input: codec.defaults() };
		render(FieldSelect, {
			state,
			name: 'shape',
			label: 'Surface',
			labels: { bowl: 'A bowl', saddle: 'A saddle' }
		});
		const select = screen.getByLabelText('Surface') as HTMLSelectElement;
		expect([...select.options].map((o) => o.text)).toEqual(['A bowl', 'A saddle']);
		await fireEvent.change(select, { target: { value: 'saddle' } });
		expect(state.input.shape).toBe('saddle');
	});
});
