/** Setting up a chart's canvas: sized for the screen's pixel ratio, cleared, and able to read the theme's colours. */
import type { Attachment } from 'svelte/attachments';
import { preferences } from '$lib/site/preferences.svelte';

export interface CanvasPainter {
	context: CanvasRenderingContext2D;
	/**
	 * A CSS colour as the canvas needs it (rgb()): `var(--name)`, light-dark() and names are
	 * resolved as the canvas element would paint them. A canvas cannot read light-dark() or a
	 * variable itself: it would ignore the colour and paint black.
	 */
	colour(css: string): string;
}

/** Sizes `canvas` to width × height CSS pixels at the device's pixel ratio and clears it; null without a 2-D context. */
export function prepareCanvas(
	canvas: HTMLCanvasElement,
	width: number,
	height: number
): CanvasPainter | null {
	const context = canvas.getContext('2d');
	if (!context) return null;
	const ratio = window.devicePixelRatio || 1;
	const [pixelsWide, pixelsHigh] = [Math.round(width * ratio), Math.round(height * ratio)];
	// a new size reallocates the bitmap (and clears it); at the same size, reset() clears the
	// pixels and the drawing state alone: assigning the same width would reallocate on every edit
	if (canvas.width !== pixelsWide || canvas.height !== pixelsHigh) {
		canvas.width = pixelsWide;
		canvas.height = pixelsHigh;
	} else if (typeof context.reset === 'function') context.reset();
	else canvas.width = pixelsWide;
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	return {
		context,
		colour: (css) => {
			const [r, g, b] = resolveRgb(canvas as unknown as HTMLElement, css);
			return `rgb(${r}, ${g}, ${b})`;
		}
	};
}

/**
 * Paints a chart's canvas, as an attachment (`{@attach painting(width, height, paint)}`): sizes and
 * clears it (prepareCanvas), then `paint` draws. It repaints when the size changes or anything
 * `paint` reads does (the data, the theme through `colour`); without a 2-D context it paints nothing.
 */
export function painting(
	width: number,
	height: number,
	paint: (painter: CanvasPainter, canvas: HTMLCanvasElement) => void
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		const painter = prepareCanvas(canvas, width, height);
		if (painter) paint(painter, canvas);
	};
}

/**
 * A CSS colour (a variable, light-dark(), a name) resolved to [r, g, b] 0–255, as `element` would
 * paint it. It reads the theme, so an effect that paints with it repaints when the theme changes.
 */
export function resolveRgb(element: HTMLElement, css: string): [number, number, number] {
	void preferences.theme;
	const previous = element.style.color;
	element.style.color = css;
	const parts = getComputedStyle(element).color.match(/[\d.]+/g) ?? ['128', '128', '128'];
	element.style.color = previous;
	return [Number(parts[0]), Number(parts[1]), Number(parts[2])];
}
