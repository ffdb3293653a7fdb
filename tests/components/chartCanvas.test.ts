import { describe, expect, it, vi } from 'vitest';
import { painting } from '$lib/charts/canvas';

/** A canvas whose 2-D context records the transform it is given (jsdom has no canvas drawing). */
function fakeCanvas(withContext: boolean) {
	const context = { setTransform: vi.fn(), reset: vi.fn() };
	const canvas = {
		width: 0,
		height: 0,
		getContext: () => (withContext ? context : null)
	} as unknown as HTMLCanvasElement;
	return { canvas, context };
}

describe('painting', () => {
	it('sizes the canvas for the pixel ratio, then paints with its context', () => {
		const { canvas, context } = fakeCanvas(true);
		const paint = vi.fn();
		painting(120, 80, paint)(canvas);
		const ratio = window.devicePixelRatio || 1;
		expect([canvas.width, canvas.height]).toEqual([Math.round(120 * ratio), Math.round(80 * ratio)]);
		expect(context.setTransform).toHaveBeenCalledWith(ratio, 0, 0, ratio, 0, 0);
		expect(paint).toHaveBeenCalledOnce();
		expect(paint.mock.calls[0][0].context).toBe(context);
		expect(paint.mock.calls[0][1]).toBe(canvas);
	});

	it('paints nothing without a 2-D context', () => {
		const { canvas } = fakeCanvas(false);
		const paint = vi.fn();
		painting(120, 80, paint)(canvas);
		expect(paint).not.toHaveBeenCalled();
	});
});
