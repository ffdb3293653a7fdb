/**
 * Every shared chart drawn on the domains a hostile file brings: a range of 1e-320 (where
 * d3's ticks threw "Invalid array length"), a range next to the largest double, and a
 * domain that overflowed to Infinity or NaN upstream. Each must render without an error,
 * with no NaN or Infinity in any attribute or label, and no duplicate tick.
 */
import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import BarChart from '$lib/charts/BarChart.svelte';
import BoundaryMap from '$lib/charts/BoundaryMap.svelte';
import BoxPlots from '$lib/charts/BoxPlots.svelte';
import Histogram from '$lib/charts/Histogram.svelte';
import LinePlot from '$lib/charts/LinePlot.svelte';
import Scatter from '$lib/charts/Scatter.svelte';

// jsdom has no ResizeObserver, which bind:clientWidth uses
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};

const errors = vi.spyOn(console, 'error');
afterEach(() => errors.mockClear());

/** Attribute values and text holding NaN or Infinity. */
function badValues(container: HTMLElement): string[] {
	const bad: string[] = [];
	for (const element of container.querySelectorAll('*')) {
		for (const attribute of element.attributes)
			if (/NaN|Infinity/.test(attribute.value))
				bad.push(`${element.tagName} ${attribute.name}="${attribute.value}"`);
	}
	if (/NaN|Infinity/.test(container.textContent ?? '')) bad.push(`text: ${container.textContent}`);
	return bad;
}

const domains: { name: string; domain: [number, number]; values: number[] }[] = [
	{ name: 'a range of 1e-320', domain: [1e-320, 2e-320], values: [1e-320, 1.5e-320, 2e-320] },
	{ name: 'a range from 0 to the smallest doubles', domain: [0, 1e-320], values: [0, 5e-324, 1e-320] },
	{ name: 'values next to the largest double', domain: [0, 1.7e308], values: [0, 1e308, 1.7e308] },
	// the rest draw the fallback frame, [0, 1], around the data given
	{ name: 'ends whose distance overflows', domain: [-1.7e308, 1.7e308], values: [0, 0.5, 1] },
	{ name: 'a domain that overflowed', domain: [-Infinity, Infinity], values: [0, 0.5, 1] },
	{ name: 'a domain of NaN', domain: [NaN, NaN], values: [0, 0.5, 1] }
];

describe('charts on extreme domains', () => {
	for (const { name, domain, values } of domains) {
		// six charts rendered in jsdom, the first compiling them: 1.8 s on a busy machine
		it(
			name,
			() => {
				const renders = [
					render(Scatter, {
						caption: 'c',
						x: values,
						y: values,
						xDomain: domain,
						yDomain: domain,
						xLabel: 'x',
						yLabel: 'y',
						summary: 's'
					}),
					render(LinePlot, {
						caption: 'c',
						xLabel: 'x',
						yLabel: 'y',
						xDomain: domain,
						yDomain: domain,
						series: [{ id: 'a', label: 'a', x: values, y: values, color: 'red' }],
						summary: 's',
						table: () => ({ columns: ['x'], rows: [] })
					}),
					render(Histogram, {
						caption: 'c',
						domain,
						series: [{ id: 'a', label: 'a', values: [1, 2, 1], color: 'red' }],
						xLabel: 'x',
						yLabel: 'y',
						summary: 's'
					}),
					render(BoxPlots, {
						caption: 'c',
						rows: [
							{
								id: 'a',
								label: 'a',
								min: values[0],
								q1: values[0],
								median: values[1],
								q3: values[2],
								max: values[2]
							}
						],
						domain,
						format: String
					}),
					render(BarChart, {
						caption: 'c',
						bars: values.map((value, i) => ({ id: `b${i}`, label: `b${i}`, value })),
						domain
					}),
					render(BoundaryMap, {
						caption: 'c',
						probabilities: null,
						gridSize: 2,
						classes: 2,
						xDomain: domain,
						yDomain: domain,
						x: values,
						y: values,
						labels: [0, 1, 0],
						heldOut: [false, false, true],
						colours: ['red', 'blue'],
						summary: 's'
					})
				];
				for (const { container } of renders) {
					expect(badValues(container)).toEqual([]);
					const ticks = [...container.querySelectorAll('.axis text')].map((t) => t.textContent);
					// ticks are keyed by value per axis: no label may repeat within an axis
					for (const axis of container.querySelectorAll('.axis')) {
						const labels = [...axis.querySelectorAll('text')].map((t) => t.textContent);
						expect(new Set(labels).size).toBe(labels.length);
					}
					expect(ticks.every((t) => t && t.length < 20)).toBe(true);
				}
				expect(errors).not.toHaveBeenCalled();
			},
			20_000
		);
	}
});
