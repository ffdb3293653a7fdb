import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import PlotFrameFixture from './PlotFrameFixture.svelte';

// jsdom has no ResizeObserver, which bind:clientWidth uses, and lays nothing out (every clientWidth is 0)
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};
const clientWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
beforeEach(() => {
	Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => 500 });
});
afterEach(() => {
	cleanup();
	Object.defineProperty(Element.prototype, 'clientWidth', clientWidth);
});

const translate = (element: Element) =>
	(element.getAttribute('transform') ?? '')
		.match(/translate\((-?[\d.]+),\s*(-?[\d.]+)\)/)!
		.slice(1)
		.map(Number);

describe('PlotFrame', () => {
	it('draws both axes with their tick labels and titles', () => {
		const { container } = render(PlotFrameFixture);
		const axes = container.querySelectorAll('svg g.axis');
		expect(axes).toHaveLength(2);
		const labels = (axis: Element) => [...axis.querySelectorAll('text')].map((t) => t.textContent);
		// d3's round ticks on [0, 10] and [0, 1]
		expect(labels(axes[0])).toContain('10');
		expect(labels(axes[1])).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
		// grid lines across the plot, one per tick
		expect(axes[1].querySelectorAll('line.grid')).toHaveLength(6);
		const titles = [...container.querySelectorAll('text.axis-label')].map((t) => t.textContent);
		expect(titles).toEqual(['epoch', 'loss']);
	});

	it('hands its layers scales from the domains to the plot’s inner size', () => {
		const { container, getByTestId } = render(PlotFrameFixture);
		const svg = container.querySelector('svg')!;
		const [left, top] = translate(svg.querySelector(':scope > g')!);
		const over = getByTestId('over');
		const width = Number(over.dataset.width);
		const height = Number(over.dataset.height);
		// the plot and its margins fill the 500 px measured; 220 px tall at 16 px type
		expect(Number(svg.getAttribute('width'))).toBe(500);
		expect(Number(svg.getAttribute('height'))).toBe(220);
		expect(left + width).toBeLessThanOrEqual(500);
		expect(top + height).toBeLessThanOrEqual(220);
		// (5, 0.5) is the middle of [0, 10] × [0, 1]
		const probe = getByTestId('probe');
		expect(Number(probe.getAttribute('cx'))).toBeCloseTo(width / 2, 9);
		expect(Number(probe.getAttribute('cy'))).toBeCloseTo(height / 2, 9);
		// an HTML layer sits on the plot area
		const layer = over.parentElement!;
		expect(layer.style.left).toBe(`${left}px`);
		expect(layer.style.top).toBe(`${top}px`);
	});

	it('names the chart by its caption, describes it by the summary, and keeps what follows', () => {
		const { getByRole, getByTestId } = render(PlotFrameFixture);
		const img = getByRole('img', { name: 'Loss per epoch' });
		expect(img).toHaveAccessibleDescription('The loss falls from 1 to 0.');
		expect(getByTestId('after')).toHaveTextContent('a table');
	});

	it('takes a sentence as its name when given one', () => {
		const { getByRole } = render(PlotFrameFixture, { label: 'Loss of 3 runs, lowest 0.2' });
		expect(getByRole('img', { name: 'Loss of 3 runs, lowest 0.2' })).toBeInTheDocument();
	});

	it('draws labelled rows instead of a y axis', () => {
		const { container } = render(PlotFrameFixture, { rows: { labels: ['train', 'test'], rowHeight: 26 } });
		expect(container.querySelectorAll('svg g.axis')).toHaveLength(1);
		expect([...container.querySelectorAll('.row-label')].map((t) => t.textContent)).toEqual([
			'train',
			'test'
		]);
		// two rows of 26 px at 16 px type
		expect(Number(container.querySelector('[data-testid="over"]')!.getAttribute('data-height'))).toBe(52);
	});

	it('draws no y axis for a hidden one, but keeps room for the labels it names', () => {
		const { container } = render(PlotFrameFixture, {
			y: { domain: [0, 1], hidden: true, room: ['cluster 10'] }
		});
		expect(container.querySelectorAll('svg g.axis')).toHaveLength(1);
		const [left] = translate(container.querySelector('svg > g')!);
		// "cluster 10" at 12 px is over 40 px wide, and the 8 px tick pad
		expect(left).toBeGreaterThan(48);
	});
});
