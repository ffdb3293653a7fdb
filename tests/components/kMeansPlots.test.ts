import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import ClusterPlot from '$lib/widgets/k-means/ClusterPlot.svelte';
import SilhouettePlot from '$lib/widgets/k-means/SilhouettePlot.svelte';
import { summariseSilhouettes } from '$lib/widgets/k-means/silhouetteBands';
import { fontEm, tickPad } from '$lib/charts/axisRoom';
import { textWidth } from '$lib/charts/textWidth';

// jsdom has no ResizeObserver, which bind:clientWidth uses, and lays nothing out (every clientWidth is 0)
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};

const clientWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
/** The chart is told it is `px` wide: a 375 px phone less the page's padding. */
function frameWidth(px: number) {
	Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => px });
}
/** 1 rem: 16 px, or presenter mode's larger type. */
function rootFont(px: number) {
	document.documentElement.style.fontSize = `${px}px`;
}
beforeEach(() => {
	frameWidth(345);
	// jsdom has no 2-D canvas (and says so on every call): the plots then draw their axes only
	vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
	// unmounted, so the next chart reads the root font afresh (rootFontPx keeps it while a chart listens)
	cleanup();
	Object.defineProperty(Element.prototype, 'clientWidth', clientWidth);
	document.documentElement.style.fontSize = '';
	vi.restoreAllMocks();
});

const translate = (element: Element) =>
	(element.getAttribute('transform') ?? '')
		.match(/translate\((-?[\d.]+),\s*(-?[\d.]+)\)/)!
		.slice(1)
		.map(Number);

/** What jsdom can tell of a chart's axes: its margins, the tick labels with their centres, the titles' places. */
function axes(container: HTMLElement) {
	const svg = container.querySelector('svg')!;
	const [left, top] = translate(svg.querySelector(':scope > g')!);
	const ticks = (which: 'bottom' | 'left') =>
		[...svg.querySelectorAll('.axis')]
			.filter(
				(axis) =>
					axis.querySelector('text')?.getAttribute('text-anchor') === (which === 'bottom' ? 'middle' : 'end')
			)
			.flatMap((axis) =>
				[...axis.querySelectorAll(':scope > g')].map((g) => ({
					label: g.querySelector('text')!.textContent!,
					at: translate(g)
				}))
			);
	const titles = [...svg.querySelectorAll('text.axis-label')].map((t) => ({
		lines: [...t.querySelectorAll('tspan')].map((s) => s.textContent),
		at: translate(t),
		vertical: (t.getAttribute('transform') ?? '').includes('rotate')
	}));
	return {
		width: Number(svg.getAttribute('width')),
		height: Number(svg.getAttribute('height')),
		left,
		top,
		x: ticks('bottom'),
		y: ticks('left'),
		titles
	};
}

// Points as the Penguins table projected by PCA without scaling might give: PC1 in the hundreds of millions
const wide = Array.from({ length: 40 }, (_, i) => [(i - 20) * 1e7, (i % 7) * 3e6 - 1e7]);

describe('ClusterPlot', () => {
	for (const rem of [16, 24]) {
		it(`keeps the y title clear of the tick labels, and every tick label inside the chart, at ${rem} px type`, () => {
			rootFont(rem);
			const { container } = render(ClusterPlot, {
				X: wide,
				frame: null,
				placed: [],
				xLabel: 'PC1 (99% of the variance)',
				yLabel: 'PC2 (1%)',
				focus: null
			});
			const chart = axes(container);
			const tickPx = fontEm.tick * rem;
			const titlePx = fontEm.title * rem;
			// ticks this large are written compactly (250M, not 250,000,000)
			expect(chart.x.some((t) => /M$/.test(t.label))).toBe(true);
			// the y labels end tickPad left of the axis; the rotated title's letters hang a descent (≤ 0.25 em) towards them
			const widestY = Math.max(...chart.y.map((t) => textWidth(t.label, tickPx)));
			const yTitle = chart.titles.find((t) => t.vertical)!;
			expect(yTitle.at[0] + 0.25 * titlePx).toBeLessThan(-(tickPad + widestY));
			// …and rise away from the plot by an ascent (≤ 0.8 em), inside the margin
			expect(chart.left + yTitle.at[0] - 0.8 * titlePx).toBeGreaterThanOrEqual(0);
			// x labels (centred on their ticks) inside the chart, and apart from each other
			const spans = chart.x.map((t) => {
				const half = textWidth(t.label, tickPx) / 2;
				return [chart.left + t.at[0] - half, chart.left + t.at[0] + half];
			});
			expect(spans[0][0]).toBeGreaterThanOrEqual(0);
			expect(spans[spans.length - 1][1]).toBeLessThanOrEqual(chart.width);
			for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThan(spans[i - 1][1]);
			// the x title below the tick labels, inside the chart
			const xTitle = chart.titles.find((t) => !t.vertical)!;
			expect(xTitle.at[1] - 0.8 * titlePx).toBeGreaterThanOrEqual(chart.x[0].at[1] + tickPad + tickPx);
			expect(chart.top + xTitle.at[1] + 0.25 * titlePx).toBeLessThanOrEqual(chart.height);
		});
	}

	it('grows its axis room with presenter mode’s larger type', () => {
		const props = { X: wide, frame: null, placed: [], xLabel: 'PC1', yLabel: 'PC2', focus: null };
		const first = render(ClusterPlot, props);
		const normal = axes(first.container);
		// unmounted, so no chart holds on to the old size
		first.unmount();
		rootFont(24);
		const present = axes(render(ClusterPlot, props).container);
		expect(present.left).toBeGreaterThan(normal.left);
	});

	it('places a centroid where the plot is clicked, in the data’s units', () => {
		// two points (0, 0) and (10, 10): a square domain centred on (5, 5), half-width 10 · 0.55 = 5.5, so −0.5 to 10.5 on both axes
		const onplace = vi.fn();
		const { container } = render(ClusterPlot, {
			X: [
				[0, 0],
				[10, 10]
			],
			frame: null,
			placed: [],
			xLabel: 'x₁',
			yLabel: 'x₂',
			focus: null,
			onplace
		});
		const canvas = container.querySelector('canvas')!;
		const side = parseFloat(canvas.style.width);
		// jsdom puts every box at (0, 0): client coordinates are the canvas's own
		fireEvent.click(canvas, { clientX: 0, clientY: 0 });
		fireEvent.click(canvas, { clientX: side, clientY: side });
		expect(onplace.mock.calls[0][0]).toBeCloseTo(-0.5, 10);
		expect(onplace.mock.calls[0][1]).toBeCloseTo(10.5, 10);
		expect(onplace.mock.calls[1][0]).toBeCloseTo(10.5, 10);
		expect(onplace.mock.calls[1][1]).toBeCloseTo(-0.5, 10);
	});
});

describe('SilhouettePlot', () => {
	const labels = [0, 0, 0, 1, 1, 2, 2, 2, 2, 3];
	const values = [0.9, 0.8, 0.7, 0.6, -0.1, 0.5, 0.4, 0.3, 0.2, 0.1];

	for (const rem of [16, 24]) {
		it(`holds the cluster names left of the plot and its axis title below, at ${rem} px type`, () => {
			rootFont(rem);
			const { container } = render(SilhouettePlot, { silhouettes: summariseSilhouettes(labels, values) });
			const chart = axes(container);
			const names = [...container.querySelectorAll('.band-label')].map((t) => t.textContent!);
			expect(names).toEqual(['cluster 1', 'cluster 2', 'cluster 3', 'cluster 4']);
			// the names end tickPad before the plot and fit whole in the margin
			expect(chart.left - tickPad).toBeGreaterThanOrEqual(
				Math.max(...names.map((n) => textWidth(n, fontEm.tick * rem)))
			);
			// the title wraps rather than running past the chart's edge, and its last line is inside the chart
			const title = chart.titles[0];
			expect(title.lines.join(' ')).toBe('silhouette value s = (b − a) / max(a, b)');
			for (const line of title.lines)
				expect(textWidth(line!, fontEm.title * rem)).toBeLessThanOrEqual(chart.width - chart.left);
			const lastBaseline = chart.top + title.at[1] + (title.lines.length - 1) * 1.2 * fontEm.title * rem;
			expect(lastBaseline + 0.25 * fontEm.title * rem).toBeLessThanOrEqual(chart.height);
		});
	}
});
