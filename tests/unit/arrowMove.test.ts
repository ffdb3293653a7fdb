import { describe, expect, it } from 'vitest';
import { arrowMove } from '$lib/charts/arrowMove';

describe('arrowMove: a point on a plot moved by the arrow keys', () => {
	const x: [number, number] = [0, 10];
	const y: [number, number] = [-2, 2];
	const steps = { steps: 20, shiftSteps: 5 };

	it('moves a twentieth of the span a press, a fifth with Shift, up being +y', () => {
		// span 10 / 20 = 0.5 along x; span 4 / 5 = 0.8 along y with Shift
		expect(arrowMove({ key: 'ArrowRight', shiftKey: false }, [5, 0], x, y, steps)).toEqual([5.5, 0]);
		expect(arrowMove({ key: 'ArrowUp', shiftKey: true }, [5, 0], x, y, steps)).toEqual([5, 0.8]);
		expect(arrowMove({ key: 'ArrowDown', shiftKey: false }, [5, 0], x, y, steps)).toEqual([5, -0.2]);
	});

	it('keeps the point inside the plot, and ignores other keys', () => {
		expect(arrowMove({ key: 'ArrowLeft', shiftKey: true }, [1, 0], x, y, steps)).toEqual([0, 0]);
		expect(arrowMove({ key: 'ArrowUp', shiftKey: false }, [5, 1.95], x, y, steps)).toEqual([5, 2]);
		expect(arrowMove({ key: 'Enter', shiftKey: false }, [5, 0], x, y, steps)).toBeNull();
	});
});
