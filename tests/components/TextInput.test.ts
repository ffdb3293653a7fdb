import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import TextInput from '$lib/ui/TextInput.svelte';

const digitsOnly = (text: string) => (/^\d*$/.test(text) ? null : 'Digits only');

describe('TextInput', () => {
	it('is a one-line box named by its label that reports valid text and holds back invalid text', async () => {
		const onchange = vi.fn();
		render(TextInput, { label: 'Counts', value: '12', onchange, validate: digitsOnly, mono: true });
		const box = screen.getByRole('textbox', { name: 'Counts' });
		expect(box.tagName).toBe('INPUT');
		expect(box).toHaveValue('12');
		expect(box).toHaveClass('field-input', 'mono');
		expect(box).toHaveAttribute('spellcheck', 'false');
		expect(box).toHaveAttribute('autocomplete', 'off');
		expect(box).toHaveAttribute('maxlength', '200');
		await fireEvent.input(box, { target: { value: '34' } });
		expect(onchange).toHaveBeenCalledWith('34');
		await fireEvent.input(box, { target: { value: '3x' } });
		expect(onchange).toHaveBeenCalledTimes(1);
		expect(box).toHaveAttribute('aria-invalid', 'true');
		expect(box).toHaveAccessibleDescription('Digits only');
	});

	it('is a textarea with the same behaviour when given rows', async () => {
		const onchange = vi.fn();
		render(TextInput, { label: 'Documents', value: 'a b', onchange, rows: 4, hint: 'One per line' });
		const box = screen.getByRole('textbox', { name: 'Documents' });
		expect(box.tagName).toBe('TEXTAREA');
		expect(box).toHaveValue('a b');
		expect(box).toHaveAttribute('rows', '4');
		expect(box).toHaveClass('field-input');
		expect(box).not.toHaveClass('mono');
		expect(box).not.toHaveAttribute('aria-invalid');
		expect(box).toHaveAccessibleDescription('One per line');
		await fireEvent.input(box, { target: { value: 'c d' } });
		expect(onchange).toHaveBeenCalledWith('c d');
	});
});
