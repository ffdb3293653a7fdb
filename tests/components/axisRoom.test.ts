import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import { scaleLinear } from 'd3-scale';
import BarChart from '$lib/charts/BarChart.svelte';
import BoxPlots from '$lib/charts/BoxPlots.svelte';
import LinePlot from '$lib/charts/LinePlot.svelte';
import {
	axisTicks,
	bottomRoom,
	fitTickCount,
	fontEm,
	leftRoom,
	percentTick,
	plotLayout,
	tickPad
} from '$lib/charts/axisRoom';
import { estimateWidth, textWidth, wrapText } from '$lib/charts/textWidth';

// jsdom has no ResizeObserver, which bind:clientWidth uses, and lays nothing out (every clientWidth is 0)
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};

// jsdom has no canvas to measure with: widths here are the estimates (DejaVu Sans advance
// widths: a digit 0.64 em, a comma 0.32 em), so "10,000" at 12 px is (5 · 0.64 + 0.32) · 12.
const tenThousand = (5 * 0.64 + 0.32) * 12;

describe('text widths', () => {
	it('estimates from advance widths where nothing can measure', () => {
		expect(estimateWidth('10,000', 12)).toBeCloseTo(tenThousand, 10);
		expect(textWidth('10,000', 12)).toBeCloseTo(tenThousand, 10);
		// twice the font, twice the width
		expect(textWidth('10,000', 24)).toBeCloseTo(2 * tenThousand, 10);
	});

	it('wraps a title at spaces into lines that fit, and cuts what does not fit in two lines', () => {
		const title = "Score: the model's estimate that a sample is positive";
		const px = 12.8;
		const width = 200;
		const lines = wrapText(title, width, px);
		expect(lines).toHaveLength(2);
		expect(lines.join(' ')).toBe(title);
		for (const line of lines) expect(textWidth(line, px)).toBeLessThanOrEqual(width);
		expect(wrapText('short', width, px)).toEqual(['short']);
		const cut = wrapText(`${title} ${title} ${title}`, width, px);
		expect(cut).toHaveLength(2);
		expect(cut[1].endsWith('…')).toBe(true);
		expect(textWidth(cut[1], px)).toBeLessThanOrEqual(width);
	});
});

describe('axis ticks', () => {
	it('writes ticks from a million on compactly, and smaller ones in full', () => {
		expect(axisTicks(scaleLinear().domain([0, 2e8]), 4).labels).toEqual(['0', '50M', '100M', '150M', '200M']);
		expect(axisTicks(scaleLinear().domain([0, 20000]), 2).labels).toEqual(['0', '10,000', '20,000']);
		// compact rounding would merge these two ticks, so they are written out
		const close = axisTicks(scaleLinear().domain([1_000_000, 1_002_000]), 2).labels;
		expect(new Set(close).size).toBe(close.length);
	});

	it('writes shares as percentages', () => {
		expect([0, 0.2, 0.025, 0.07, 1].map(percentTick)).toEqual(['0%', '20%', '2.5%', '7%', '100%']);
	});

	it('takes fewer ticks on a short axis, so the labels do not touch', () => {
		const rem = 16;
		const wide = scaleLinear().domain([0, 100_000]).range([0, 600]);
		const narrow = scaleLinear().domain([0, 100_000]).range([0, 120]);
		const count = fitTickCount(narrow, 10, rem);
		expect(fitTickCount(wide, 10, rem)).toBeGreaterThan(count);
		const { labels } = axisTicks(narrow, count);
		const widest = Math.max(...labels.map((l) => textWidth(l, fontEm.tick * rem)));
		expect(120 / (labels.length - 1)).toBeGreaterThanOrEqual(widest + fontEm.tick * rem);
	});
});

describe('axis room', () => {
	it('puts a y title beyond the widest tick label, inside the margin, at any font size', () => {
		for (const rem of [16, 20, 24]) {
			const titlePx = fontEm.title * rem;
			const room = leftRoom(rem, ['0', '5,000', '10,000'], 1);
			const labelsLeft = -(tickPad + (tenThousand * rem) / 16);
			// the rotated title's letters hang from its baseline towards the plot by a descent (≤ 0.25 em)…
			expect(room.titleX + 0.25 * titlePx).toBeLessThan(labelsLeft);
			// …and rise away from it by an ascent (≤ 0.8 em), which the margin holds
			expect(-room.titleX + 0.8 * titlePx).toBeLessThanOrEqual(room.width);
		}
		// presenter mode's larger type takes more room
		expect(leftRoom(24, ['10,000'], 1).width).toBeGreaterThan(leftRoom(16, ['10,000'], 1).width);
		// a second title line takes one more line's height
		expect(leftRoom(16, ['10,000'], 2).width - leftRoom(16, ['10,000'], 1).width).toBeCloseTo(
			1.2 * fontEm.title * 16,
			0
		);
	});

	it('puts an x title below the tick labels, and a second line below the first', () => {
		const rem = 20;
		const one = bottomRoom(rem, 1);
		// tick labels hang from tickPad, one tick font high
		expect(one.titleY - 0.8 * fontEm.title * rem).toBeGreaterThanOrEqual(tickPad + fontEm.tick * rem);
		expect(bottomRoom(rem, 2).height).toBeGreaterThan(one.height);
	});

	it('lays out a plot: the margins and the plot fill the width, and long titles wrap when narrow', () => {
		const input = {
			rem: 16,
			xTitle: "Score: the model's estimate that a sample is positive",
			yTitle: 'Samples',
			xTickLabels: ['0', '0.5', '1.0'],
			yTickLabels: ['0', '20', '40', '60']
		};
		const wide = plotLayout({ ...input, width: 900, height: 220 });
		expect(wide.margin.left + wide.innerWidth + wide.margin.right).toBe(900);
		expect(wide.margin.top + wide.innerHeight + wide.margin.bottom).toBe(220);
		expect(wide.xTitle.lines).toEqual([input.xTitle]);
		const narrow = plotLayout({ ...input, width: 330, height: 220 });
		expect(narrow.xTitle.lines).toHaveLength(2);
		expect(narrow.margin.bottom).toBeGreaterThan(wide.margin.bottom);
		for (const line of narrow.xTitle.lines)
			expect(textWidth(line, fontEm.title * 16)).toBeLessThanOrEqual(narrow.innerWidth);
		// without a height, the plot is square
		const square = plotLayout({ ...input, width: 400 });
		expect(square.innerHeight).toBe(square.innerWidth);
	});
});

describe('charts', () => {
	const bars = [
		{ id: 'f1', label: 'Fold 1 (21 rows)', value: 0.81 },
		{ id: 'f2', label: 'Fold 2 (21 rows)', value: 0.952 }
	];
	const ticks = (container: HTMLElement) =>
		[...container.querySelectorAll('.axis text')].map((t) => t.textContent);

	it('BarChart writes its ticks as percentages when its values are, or when asked', () => {
		const percent = (v: number) => `${(v * 100).toFixed(1)}%`;
		const asShares = render(BarChart, {
			bars,
			caption: 'Accuracy per fold',
			format: percent,
			domain: [0, 1]
		});
		expect(ticks(asShares.container).every((t) => t?.endsWith('%'))).toBe(true);
		asShares.unmount();
		const asked = render(BarChart, {
			bars,
			caption: 'Accuracy per fold',
			domain: [0, 1],
			tickFormat: 'percent'
		});
		expect(ticks(asked.container)).toContain('100%');
		asked.unmount();
		const plain = render(BarChart, { bars, caption: 'Accuracy per fold', domain: [0, 1] });
		expect(ticks(plain.container).some((t) => t?.includes('%'))).toBe(false);
	});

	it('BoxPlots makes room for its widest label, whatever labelWidth asks, and stacks labels when narrow', () => {
		const row = { id: 'a', label: 'values', min: 1, q1: 2, median: 3, q3: 4, max: 5 };
		const leftOf = (container: HTMLElement) => {
			const plot = container.querySelector('svg > g')!;
			return Number(/translate\(([\d.]+)/.exec(plot.getAttribute('transform') ?? '')![1]);
		};
		const width = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
		try {
			// jsdom lays nothing out: the chart is told it is 500 px wide, then 60
			Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => 500 });
			const wide = render(BoxPlots, {
				caption: 'Box',
				rows: [row],
				domain: [0, 6],
				format: String,
				labelWidth: 10
			});
			// the label ends 8 px before the plot: its whole width fits in the margin
			expect(leftOf(wide.container) - 8).toBeGreaterThanOrEqual(textWidth('values', fontEm.label * 16));
			expect(wide.container.querySelector('.row-label')).toHaveAttribute('text-anchor', 'end');
			wide.unmount();
			Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => 60 });
			const narrow = render(BoxPlots, { caption: 'Box', rows: [row], domain: [0, 6], format: String });
			// too narrow for label and box side by side: the label sits above its box
			expect(leftOf(narrow.container)).toBeLessThan(textWidth('values', fontEm.label * 16));
			expect(narrow.container.querySelector('.row-label')).not.toHaveAttribute('text-anchor');
		} finally {
			Object.defineProperty(Element.prototype, 'clientWidth', width);
		}
	});

	it('LinePlot draws a square point for a second model', () => {
		const { getByTestId } = render(LinePlot, {
			caption: 'ROC',
			xLabel: 'FPR',
			yLabel: 'TPR',
			xDomain: [0, 1],
			yDomain: [0, 1],
			square: true,
			series: [],
			points: [
				{ id: 'a', label: 'A', x: 0.2, y: 0.8, color: 'blue' },
				{ id: 'b', label: 'B', x: 0.3, y: 0.6, color: 'purple', shape: 'square' }
			],
			summary: 'Two points.',
			table: () => ({ columns: [], rows: [] })
		});
		expect(getByTestId('point-a').tagName).toBe('circle');
		expect(getByTestId('point-b').tagName).toBe('rect');
		expect(getByTestId('point-b')).toHaveAttribute('data-x', '0.3');
	});
});
