import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/svelte';
import NumberInput from '$lib/ui/NumberInput.svelte';
import NumberInputFixture from './NumberInputFixture.svelte';

const label = 'True positives';

/** Renders a count box holding `value`, with a spy for onchange. */
function renderCount(
	value = 40,
	extra: { steppers?: boolean; step?: number; max?: number; integer?: boolean } = {}
) {
	const onchange = vi.fn<(value: number) => void>();
	render(NumberInput, {
		label,
		value,
		onchange,
		min: 0,
		max: extra.max ?? 1_000_000_000,
		integer: extra.integer ?? true,
		noun: 'count',
		steppers: extra.steppers,
		step: extra.step
	});
	const input = screen.getByLabelText(label) as HTMLInputElement;
	return { onchange, input };
}

async function type(input: HTMLInputElement, text: string): Promise<void> {
	await fireEvent.input(input, { target: { value: text } });
}

describe('NumberInput', () => {
	it('is found by its label and shows the value as a spinbutton', () => {
		const { input } = renderCount(40);
		expect(input).toHaveValue('40');
		expect(screen.getByRole('spinbutton', { name: label })).toBe(input);
		expect(input).toHaveAttribute('aria-valuenow', '40');
		expect(input).toHaveAttribute('aria-valuemin', '0');
		expect(input).toHaveAttribute('aria-valuemax', '1000000000');
		expect(input).toHaveAttribute('inputmode', 'numeric');
		expect(input).not.toHaveAttribute('aria-invalid');
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it.each([
		{ name: 'a number', input: '12', expected: 12 },
		{ name: 'zero', input: '0', expected: 0 },
		{ name: 'thousands commas', input: '1,000', expected: 1000 },
		{ name: 'surrounding spaces', input: ' 7 ', expected: 7 }
	])('typing $name ("$input") calls onchange($expected)', async ({ input: text, expected }) => {
		const { onchange, input } = renderCount(40);
		await type(input, text);
		expect(onchange).toHaveBeenCalledTimes(1);
		expect(onchange).toHaveBeenCalledWith(expected);
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('does not call onchange when the typed value is the current one', async () => {
		const { onchange, input } = renderCount(40);
		await type(input, '40.0');
		expect(onchange).not.toHaveBeenCalled();
	});

	it.each([
		{ name: 'a word', input: 'abc', expected: '“abc” is not a number.' },
		{ name: 'a negative count', input: '-1', expected: "A count can't be negative." },
		{ name: 'a fraction', input: '2.5', expected: 'A count is a whole number: 2.5 is not.' },
		{ name: 'nothing', input: '', expected: 'Enter a count.' },
		{ name: 'too large', input: '1000000001', expected: 'Too large: the most allowed is 1,000,000,000.' }
	])(
		'typing $name shows a message at the box and does not call onchange',
		async ({ input: text, expected }) => {
			const { onchange, input } = renderCount(40);
			await type(input, text);
			expect(input).toHaveAccessibleDescription(expected);
			expect(onchange).not.toHaveBeenCalled();
			expect(input).toHaveAttribute('aria-invalid', 'true');
			// the message sits in a polite live region, announced once it changes
			const message = document.getElementById(input.getAttribute('aria-describedby') ?? '');
			expect(message).toHaveAttribute('aria-live', 'polite');
			expect(message).toHaveTextContent(expected);
			// the text stays as typed, so the person can fix it
			expect(input).toHaveValue(text);
		}
	);

	it('clears the error once the text is valid again', async () => {
		const { onchange, input } = renderCount(40);
		await type(input, 'abc');
		expect(input).toHaveAccessibleDescription(/is not a number/);
		await type(input, '41');
		expect(input).toHaveAccessibleDescription('');
		expect(input).not.toHaveAttribute('aria-invalid');
		expect(onchange).toHaveBeenCalledExactlyOnceWith(41);
	});

	it.each([
		{ name: 'ArrowUp', input: { key: 'ArrowUp' }, expected: 41 },
		{ name: 'ArrowDown', input: { key: 'ArrowDown' }, expected: 39 },
		{ name: 'Shift+ArrowUp', input: { key: 'ArrowUp', shiftKey: true }, expected: 50 },
		{ name: 'Shift+ArrowDown', input: { key: 'ArrowDown', shiftKey: true }, expected: 30 },
		{ name: 'PageUp', input: { key: 'PageUp' }, expected: 50 },
		{ name: 'PageDown', input: { key: 'PageDown' }, expected: 30 }
	])(
		'$name calls onchange($expected) from 40 and keeps the page from scrolling',
		async ({ input: key, expected }) => {
			const { onchange, input } = renderCount(40);
			const notCancelled = await fireEvent.keyDown(input, key);
			expect(notCancelled).toBe(false);
			expect(onchange).toHaveBeenCalledExactlyOnceWith(expected);
			expect(input).toHaveValue(String(expected));
		}
	);

	it('ignores other keys', async () => {
		const { onchange, input } = renderCount(40);
		expect(await fireEvent.keyDown(input, { key: 'a' })).toBe(true);
		expect(await fireEvent.keyDown(input, { key: 'Enter' })).toBe(true);
		expect(onchange).not.toHaveBeenCalled();
	});

	it('steps by the given step, without float noise', async () => {
		const onchange = vi.fn<(value: number) => void>();
		render(NumberInput, { label: 'Beta', value: 0.2, onchange, min: 0.1, max: 5, step: 0.1 });
		const input = screen.getByLabelText('Beta');
		expect(input).toHaveAttribute('inputmode', 'decimal');
		await fireEvent.keyDown(input, { key: 'ArrowUp' });
		// 0.2 + 0.1 is 0.30000000000000004 in floating point; the box must say 0.3
		expect(onchange).toHaveBeenCalledExactlyOnceWith(0.3);
		expect(input).toHaveValue('0.3');
	});

	it('clamps steps to min and max', async () => {
		const low = renderCount(0);
		await fireEvent.keyDown(low.input, { key: 'ArrowDown' });
		expect(low.onchange).not.toHaveBeenCalled();
		expect(screen.queryByRole('alert')).toBeNull();

		const onchange = vi.fn<(value: number) => void>();
		render(NumberInput, { label: 'Capped', value: 95, onchange, min: 0, max: 100 });
		await fireEvent.keyDown(screen.getByLabelText('Capped'), { key: 'PageUp' });
		// 95 + 10 = 105, capped at 100
		expect(onchange).toHaveBeenCalledExactlyOnceWith(100);
	});

	it('has no stepper buttons unless asked', () => {
		renderCount(40);
		expect(screen.queryByRole('button')).toBeNull();
	});

	it('steppers increase and decrease by the step', async () => {
		const { onchange } = renderCount(40, { steppers: true, step: 5 });
		await fireEvent.click(screen.getByRole('button', { name: `Increase ${label}` }));
		expect(onchange).toHaveBeenLastCalledWith(45);
		await fireEvent.click(screen.getByRole('button', { name: `Decrease ${label}` }));
		// the value prop is still 40 (nobody updated it): 40 − 5
		expect(onchange).toHaveBeenLastCalledWith(35);
		expect(onchange).toHaveBeenCalledTimes(2);
	});
});

describe('NumberInput held by a widget', () => {
	function renderHeld(initial: number, extra: { steppers?: boolean } = {}) {
		const onchange = vi.fn<(value: number) => void>();
		const result = render(NumberInputFixture, {
			initial,
			onchange,
			min: 0,
			integer: true,
			noun: 'count',
			...extra
		});
		const input = screen.getByLabelText(label) as HTMLInputElement;
		const shown = () => screen.getByTestId('value').textContent;
		return { ...result, onchange, input, shown };
	}

	it('steps from the updated value each time', async () => {
		const { onchange, input, shown } = renderHeld(40, { steppers: true });
		await fireEvent.keyDown(input, { key: 'ArrowUp' });
		await fireEvent.keyDown(input, { key: 'ArrowUp' });
		await fireEvent.click(screen.getByRole('button', { name: `Increase ${label}` }));
		expect(onchange.mock.calls).toEqual([[41], [42], [43]]);
		expect(shown()).toBe('43');
		expect(input).toHaveValue('43');
		expect(input).toHaveAttribute('aria-valuenow', '43');
		await fireEvent.click(screen.getByRole('button', { name: `Decrease ${label}` }));
		expect(shown()).toBe('42');
	});

	it('keeps the last good value while the text is invalid', async () => {
		const { onchange, input, shown } = renderHeld(40);
		await type(input, '12');
		await type(input, 'abc');
		expect(shown()).toBe('12');
		expect(onchange.mock.calls).toEqual([[12]]);
		expect(input).toHaveValue('abc');
		expect(input).toHaveAccessibleDescription(/abc/);
	});

	it('does not rewrite "1,000" into "1000" while it is being typed', async () => {
		const { input, shown } = renderHeld(40);
		await type(input, '1,000');
		expect(shown()).toBe('1000');
		expect(input).toHaveValue('1,000');
	});

	it('shows a value set from outside and drops a stale error', async () => {
		const { component, input } = renderHeld(40);
		await type(input, 'abc');
		expect(input).toHaveAccessibleDescription(/is not a number/);
		await act(() => component.set(7));
		expect(input).toHaveValue('7');
		expect(input).toHaveAccessibleDescription('');
	});
});
