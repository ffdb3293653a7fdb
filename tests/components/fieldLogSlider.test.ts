/** FieldLogSlider: a log scale between the field's bounds, both ends reachable, values written to three significant digits. */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Component } from 'svelte';
import GenericFieldLogSlider from '$lib/kit/FieldLogSlider.svelte';
import { defineCodec, intField, numberField } from '$lib/url/codec';

// generic over the state and field name, which render() cannot infer
const FieldLogSlider = GenericFieldLogSlider as unknown as Component<Record<string, unknown>>;

const codec = defineCodec({ rate: numberField(0.1, 0.001, 3), q: intField(1, 1, 1_000_000) });

describe('FieldLogSlider', () => {
	it('spans log10 of the bounds in a whole number of steps, about a twentieth of a decade each', () => {
		const state = { codec, input: codec.defaults() };
		render(FieldLogSlider, { state, name: 'rate', label: 'Rate' });
		const slider = screen.getByLabelText('Rate') as HTMLInputElement;
		// log10(0.001) = −3, log10(3) = 0.4771…: 3.4771 decades in round(69.54) = 70 steps
		expect(Number(slider.min)).toBe(-3);
		expect(Number(slider.max)).toBeCloseTo(Math.log10(3), 12);
		expect(Number(slider.step)).toBeCloseTo((Math.log10(3) + 3) / 70, 12);
		expect(Number(slider.value)).toBeCloseTo(-1, 1);
	});

	it('writes 10^position to three significant digits, and the ends exactly', async () => {
		const state = { codec, input: codec.defaults() };
		render(FieldLogSlider, { state, name: 'rate', label: 'Rate' });
		const slider = screen.getByLabelText('Rate') as HTMLInputElement;
		await fireEvent.input(slider, { target: { value: String(Math.log10(0.0316227)) } });
		expect(state.input.rate).toBe(0.0316);
		await fireEvent.input(slider, { target: { value: slider.max } });
		expect(state.input.rate).toBe(3);
		await fireEvent.input(slider, { target: { value: slider.min } });
		expect(state.input.rate).toBe(0.001);
	});
});
