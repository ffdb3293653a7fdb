import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import LinePlot from '$lib/charts/LinePlot.svelte';
import { clipPolyline } from '$lib/charts/linePaths';

// jsdom has no ResizeObserver, which bind:clientWidth uses
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};

const box = { x0: 0, x1: 100, y0: 0, y1: 100 };

describe('clipPolyline', () => {
	it('cuts a line where it leaves the box and starts it again where it comes back', () => {
		// (0,50)→(50,150) crosses y = 100 halfway, at (25,100); (50,150)→(100,50) comes back halfway, at (75,100)
		expect(
			clipPolyline(
				[
					[0, 50],
					[50, 150],
					[100, 50]
				],
				box
			)
		).toEqual([
			[
				[0, 50],
				[25, 100]
			],
			[
				[75, 100],
				[100, 50]
			]
		]);
	});

	it('keeps a line inside whole, and cuts one that crosses the box at both ends', () => {
		const inside: [number, number][] = [
			[10, 10],
			[20, 30],
			[90, 90]
		];
		expect(clipPolyline(inside, box)).toEqual([inside]);
		// a vertical line from y = −50 to 150 at x = 50: the part from y = 0 to 100
		expect(
			clipPolyline(
				[
					[50, -50],
					[50, 150]
				],
				box
			)
		).toEqual([
			[
				[50, 0],
				[50, 100]
			]
		]);
	});

	it('draws nothing of a segment wholly outside, and breaks the line at an undefined value', () => {
		expect(
			clipPolyline(
				[
					[0, 150],
					[100, 150]
				],
				box
			)
		).toEqual([]);
		expect(
			clipPolyline(
				[
					[10, 10],
					[20, NaN],
					[30, 30],
					[40, 40]
				],
				box
			)
		).toEqual([
			[[10, 10]],
			[
				[30, 30],
				[40, 40]
			]
		]);
	});

	it('keeps a lone point inside as a run of one, and drops one outside', () => {
		expect(clipPolyline([[50, 50]], box)).toEqual([[[50, 50]]]);
		expect(clipPolyline([[50, 500]], box)).toEqual([]);
	});
});

describe('LinePlot', () => {
	const base = {
		caption: 'Test',
		xLabel: 'x',
		yLabel: 'y',
		xDomain: [0, 1] as [number, number],
		yDomain: [0, 1] as [number, number],
		summary: 'A test plot.',
		table: () => ({ columns: [], rows: [] })
	};
	/** The y of every point in a path's d (M and L commands only). */
	const ys = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[2]));

	it('cuts a curve that leaves the range instead of running it along the edge', () => {
		const { container } = render(LinePlot, {
			...base,
			series: [{ id: 'fit', label: 'fit', x: [0, 0.25, 0.5, 0.75, 1], y: [0.5, 3, 5, 3, 0.5], color: 'blue' }]
		});
		const d = container.querySelector('path.curve')!.getAttribute('d')!;
		// two pieces: up to where it leaves the top, and from where it comes back
		expect(d.match(/M/g)).toHaveLength(2);
		// each piece ends a few px beyond the top edge (y = 0), where the clip path cuts it: none runs along it
		const points = ys(d);
		expect(points).toHaveLength(4);
		expect(points.filter((y) => y < 0)).toHaveLength(2);
		for (const y of points) expect(y).toBeGreaterThanOrEqual(-4);
		// the curves are clipped to a rectangle the plot's size, defined once by the frame
		const clip = container.querySelector('defs clipPath')!;
		expect(container.querySelector('g[clip-path]')).toHaveAttribute('clip-path', `url(#${clip.id})`);
		expect(Number(clip.querySelector('rect')!.getAttribute('width'))).toBeGreaterThan(0);
	});

	it('draws a series of one value as a dot (a ring when dashed), and leaves out dots beyond the range', () => {
		const { getAllByTestId, queryAllByTestId, container } = render(LinePlot, {
			...base,
			series: [
				{ id: 'train', label: 'training', x: [0.5], y: [0.2], color: 'blue' },
				{ id: 'val', label: 'validation', x: [0.5], y: [0.8], color: 'purple', dashed: true }
			],
			dots: [{ id: 'points', label: 'points', x: [0.1, 0.2, 0.3], y: [0.5, 1.5, -0.5], color: 'green' }]
		});
		expect(container.querySelector('path.curve')).toBeNull();
		expect(getAllByTestId('train-dot')).toHaveLength(1);
		expect(getAllByTestId('val-dot')[0]).toHaveClass('hollow');
		// y = 1.5 and −0.5 lie beyond [0, 1]
		expect(queryAllByTestId('points-dot')).toHaveLength(1);
		// the legend shows the lone values as a dot and a ring
		expect(container.querySelectorAll('.chart-legend .dot-swatch')).toHaveLength(3);
		expect(container.querySelectorAll('.chart-legend .line-swatch')).toHaveLength(0);
	});
});
