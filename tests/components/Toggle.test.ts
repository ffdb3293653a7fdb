import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Toggle from '$lib/ui/Toggle.svelte';
import Slider from '$lib/ui/Slider.svelte';

describe('Toggle', () => {
	it('is a switch named by its label that reports the flipped state', async () => {
		const onchange = vi.fn();
		render(Toggle, { label: 'Scale features', checked: false, onchange });
		const toggle = screen.getByRole('switch', { name: 'Scale features' });
		expect(toggle).toHaveAttribute('aria-checked', 'false');
		await fireEvent.click(toggle);
		expect(onchange).toHaveBeenCalledWith(true);
	});

	it('shows a checked state', () => {
		render(Toggle, { label: 'Stratify', checked: true, onchange: () => {} });
		expect(screen.getByRole('switch', { name: 'Stratify' })).toHaveAttribute('aria-checked', 'true');
	});
});

describe('Slider', () => {
	it('is a labelled range that shows its formatted value and reports numbers', async () => {
		const onchange = vi.fn();
		render(Slider, {
			label: 'β (beta)',
			value: 1,
			min: 0.1,
			max: 5,
			step: 0.1,
			format: (v: number) => v.toFixed(1),
			onchange
		});
		const slider = screen.getByRole('slider', { name: 'β (beta)' });
		expect(slider).toHaveAttribute('aria-valuetext', '1.0');
		expect(screen.getByText('1.0')).toBeInTheDocument();
		await fireEvent.input(slider, { target: { value: '2.5' } });
		expect(onchange).toHaveBeenCalledWith(2.5);
	});
});
