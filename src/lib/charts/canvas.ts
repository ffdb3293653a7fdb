/** Setting up a chart's canvas: sized for the screen's pixel ratio, cleared, and able to read the theme's colours. */

export interface CanvasPainter {
	context: CanvasRenderingContext2D;
	/** A CSS colour as the canvas needs it: `var(--name)` is read from the canvas's computed style. */
	colour(css: string): string;
}

/** Sizes `canvas` to width × height CSS pixels at the device's pixel ratio and clears it; null without a 2-D context. */
export function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasPainter | null {
	const context = canvas.getContext('2d');
	if (!context) return null;
	const ratio = window.devicePixelRatio || 1;
	canvas.width = Math.round(width * ratio);
	canvas.height = Math.round(height * ratio);
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	context.clearRect(0, 0, width, height);
	const styles = getComputedStyle(canvas);
	return {
		context,
		colour: (css) => (css.startsWith('var(') ? styles.getPropertyValue(css.slice(4, -1)).trim() : css) || '#888'
	};
}
