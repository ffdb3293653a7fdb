/**
 * The loss surfaces: each analytic gradient against central finite differences of its loss, the
 * minima (two-minima roots from numpy's `roots`), the iris logistic surface against a numpy Newton
 * fit written out in a throwaway script, and the mini-batch schedule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formulaSurfaces, lossGrid, type Surface } from '$lib/ml/lossSurfaces';
import { batchGradientAt, batchSchedule, logisticSurface } from '$lib/ml/logisticSurface';

/** Versicolor (0) and virginica (1) irises by sepal length, read from the shipped CSV. */
function irisRows() {
	const lines = readFileSync('static/data/iris.csv', 'utf8').trim().split('\n').slice(1);
	const rows = lines.map((line) => line.split(',')).filter((cells) => cells[4] !== 'setosa');
	return {
		x: rows.map((cells) => Number(cells[0])),
		y: rows.map((cells) => (cells[4] === 'virginica' ? 1 : 0))
	};
}
const iris = irisRows();
const irisSurface = logisticSurface(iris.x, iris.y);

function centralDifference(surface: Surface, w: number[], h = 1e-5): number[] {
	return w.map((_, i) => {
		const up = [...w];
		const down = [...w];
		up[i] += h;
		down[i] -= h;
		return (surface.loss(up) - surface.loss(down)) / (2 * h);
	});
}

const probes = [
	[0.3, -0.7],
	[-1.2, 1.9],
	[1.5, 0.4],
	[-0.4, -1.6]
];
const surfaces: Surface[] = [...Object.values(formulaSurfaces), irisSurface];

describe('analytic gradients match central differences', () => {
	for (const surface of surfaces)
		it.each(probes)(`${surface.id} at (%f, %f)`, (a, b) => {
			const analytic = surface.gradient([a, b]);
			const numeric = centralDifference(surface, [a, b]);
			analytic.forEach((g, i) => expect(Math.abs(g - numeric[i])).toBeLessThan(1e-6 * (1 + Math.abs(g))));
		});
});

describe('minima', () => {
	it.each(surfaces.map((s) => [s.id, s] as const))(
		'%s: the gradient vanishes at every minimum',
		(_, surface) => {
			for (const minimum of surface.minima)
				surface.gradient(minimum).forEach((g) => expect(Math.abs(g)).toBeLessThan(1e-9));
			expect(surface.loss(surface.minima[0])).toBeCloseTo(surface.minLoss, 12);
		}
	);

	it('two minima: w₁ = −1.0355787 (loss −0.3054285) and 0.9601496 (loss 0.2941465), from numpy.roots([4, 0, −4, 0.3])', () => {
		const { minima, minLoss, loss } = formulaSurfaces.two;
		expect(minima[0][0]).toBeCloseTo(-1.0355787140888542, 10);
		expect(minima[1][0]).toBeCloseTo(0.9601495555191059, 10);
		expect(minLoss).toBeCloseTo(-0.30542848374391596, 10);
		expect(loss(minima[1])).toBeCloseTo(0.29414648102826285, 10);
	});

	it('the bowl, the long bowl and the valley bottom out at 0 at (0, 0), (0, 0) and (1, 1)', () => {
		expect(formulaSurfaces.bowl.minima).toEqual([[0, 0]]);
		expect(formulaSurfaces.long.minima).toEqual([[0, 0]]);
		expect(formulaSurfaces.valley.loss([1, 1])).toBe(0);
	});
});

describe('the iris logistic surface (versicolor vs virginica by sepal length)', () => {
	it('has 100 rows, half virginica', () => {
		expect(irisSurface.z.length).toBe(100);
		expect(irisSurface.y.filter((v) => v === 1).length).toBe(50);
	});

	it('its minimum and loss agree with a Newton fit in numpy: (1.32754939, 0.03416553), loss 0.55273262', () => {
		expect(irisSurface.minima[0][0]).toBeCloseTo(1.32754939, 7);
		expect(irisSurface.minima[0][1]).toBeCloseTo(0.03416553, 7);
		expect(irisSurface.minLoss).toBeCloseTo(0.5527326199471326, 10);
		expect(irisSurface.loss([1, -0.5])).toBeCloseTo(0.5865095316541932, 10);
	});

	it('the full batch gradient is the mean of the one-row gradients', () => {
		const w = [0.7, -0.3];
		const rows = irisSurface.z.map((_, i) => i);
		const perRow = rows.map((i) => irisSurface.batchGradient(w, [i]));
		const mean = [0, 1].map((j) => perRow.reduce((s, g) => s + g[j], 0) / rows.length);
		irisSurface.gradient(w).forEach((g, j) => expect(g).toBeCloseTo(mean[j], 12));
	});

	it('its loss (summed over repeated rows once each, weighted) is the mean log loss row by row', () => {
		const w = [0.9, -0.4];
		const byRow =
			iris.x.reduce((sum, _, i) => {
				const p = 1 / (1 + Math.exp(-(w[0] * irisSurface.z[i] + w[1])));
				return sum - (iris.y[i] === 1 ? Math.log(p) : Math.log(1 - p));
			}, 0) / iris.x.length;
		expect(irisSurface.loss(w)).toBeCloseTo(byRow, 12);
	});

	it('refuses separated classes, one class and mismatched lengths', () => {
		expect(() => logisticSurface([1, 2, 3, 4], [0, 0, 1, 1])).toThrow(/separated/);
		expect(() => logisticSurface([1, 2, 3], [0, 0, 0])).toThrow(/both classes/);
		expect(() => logisticSurface([1, 2], [0])).toThrow(/labels/);
	});
});

describe('mini-batches', () => {
	it('each epoch visits every row exactly once, in a new order', () => {
		const schedule = batchSchedule(10, 3, 7);
		// 10 rows in batches of 3: 3, 3, 3 and 1 per epoch
		const epoch = (e: number) => [0, 1, 2, 3].flatMap((k) => schedule(4 * e + k));
		expect(schedule(3).length).toBe(1);
		for (const e of [0, 1, 2])
			expect([...epoch(e)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(epoch(0)).not.toEqual(epoch(1));
		// the same seed, the same batches
		expect(batchSchedule(10, 3, 7)(5)).toEqual(schedule(5));
	});

	it('a batch of every row is the full gradient; a batch of one is that row’s', () => {
		const w = [0.2, 0.1];
		expect(batchGradientAt(irisSurface, 100, 1)(w, 0)).toEqual(irisSurface.gradient(w));
		const one = batchGradientAt(irisSurface, 1, 3);
		const row = batchSchedule(100, 1, 3)(4);
		expect(one(w, 4)).toEqual(irisSurface.batchGradient(w, row));
	});
});

describe('lossGrid', () => {
	it('lays values out row by row from the bottom of the frame, at cell centres', () => {
		// the bowl's frame is [−3, 3]²; a 3 × 2 grid has centres w₁ = −2, 0, 2 and w₂ = −1.5, 1.5
		const grid = lossGrid(formulaSurfaces.bowl, 3, 2);
		expect([...grid]).toEqual([4 + 2.25, 2.25, 4 + 2.25, 4 + 2.25, 2.25, 4 + 2.25]);
	});
});
