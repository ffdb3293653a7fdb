import { beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
	clearDatasetCache,
	DATASETS,
	loadDataset,
	makeBlobs,
	makeCircles,
	makeMoons,
	makeRegression1D,
	makeSpiral,
	makeXor,
	regression1DTruth,
	splitEvenly,
	type Dataset,
	type DatasetName
} from '../../src/lib/ml/datasets';
import { columnByName, type Column } from '../../src/lib/data/table';

/** How many rows carry each label. */
function labelCounts(y: number[]): Record<number, number> {
	const counts: Record<number, number> = {};
	for (const label of y) counts[label] = (counts[label] ?? 0) + 1;
	return counts;
}

/** The rows of one class. */
function rowsOf(data: Dataset, label: number): number[][] {
	return data.X.filter((_, i) => data.y[i] === label);
}

describe('splitEvenly', () => {
	it('gives the first n mod k groups one more, as scikit-learn', () => {
		expect(splitEvenly(10, 3)).toEqual([4, 3, 3]);
		expect(splitEvenly(2, 3)).toEqual([1, 1, 0]);
	});
});

describe('makeMoons', () => {
	it('splits n as scikit-learn: n_out = n // 2 in class 0, the rest in class 1', () => {
		const data = makeMoons({ n: 101, seed: 1 });
		expect(data.X).toHaveLength(101);
		expect(labelCounts(data.y)).toEqual({ 0: 50, 1: 51 });
		expect(labelCounts(makeMoons({ n: 1 }).y)).toEqual({ 1: 1 });
	});

	it('with noise 0 lies exactly on the two half circles', () => {
		const data = makeMoons({ n: 200, noise: 0, seed: 3 });
		for (const [x, y] of rowsOf(data, 0)) {
			// Upper moon: the unit circle centred at (0, 0), y >= 0.
			expect(Math.hypot(x, y)).toBeCloseTo(1, 14);
			expect(y).toBeGreaterThanOrEqual(0);
		}
		for (const [x, y] of rowsOf(data, 1)) {
			// Lower moon: (1 − cos t, 0.5 − sin t), the unit circle centred at (1, 0.5), y <= 0.5.
			expect(Math.hypot(x - 1, y - 0.5)).toBeCloseTo(1, 14);
			expect(y).toBeLessThanOrEqual(0.5);
		}
		// t = 0 is on both moons: (1, 0) and (0, 0.5).
		expect(rowsOf(data, 0)).toContainEqual([1, 0]);
		expect(rowsOf(data, 1)).toContainEqual([0, 0.5]);
	});

	it('is deterministic for a seed and differs between seeds', () => {
		expect(makeMoons({ n: 50, noise: 0.1, seed: 7 })).toEqual(makeMoons({ n: 50, noise: 0.1, seed: 7 }));
		expect(makeMoons({ n: 50, noise: 0.1, seed: 7 }).X).not.toEqual(
			makeMoons({ n: 50, noise: 0.1, seed: 8 }).X
		);
	});

	it('lists the classes in order when shuffle is false', () => {
		const { y } = makeMoons({ n: 6, shuffle: false });
		expect(y).toEqual([0, 0, 0, 1, 1, 1]);
	});
});

describe('makeCircles', () => {
	it('puts n // 2 points on the unit circle (class 0) and the rest on radius factor (class 1)', () => {
		const data = makeCircles({ n: 101, factor: 0.5, seed: 2 });
		expect(labelCounts(data.y)).toEqual({ 0: 50, 1: 51 });
		for (const [x, y] of rowsOf(data, 0)) expect(Math.hypot(x, y)).toBeCloseTo(1, 14);
		for (const [x, y] of rowsOf(data, 1)) expect(Math.hypot(x, y)).toBeCloseTo(0.5, 14);
		// Angles start at 0 (np.linspace(0, 2π, m, endpoint=False)).
		expect(rowsOf(data, 0)).toContainEqual([1, 0]);
		expect(rowsOf(data, 1)).toContainEqual([0.5, 0]);
	});

	it('spaces the angles evenly: 4 outer points at 0, π/2, π, 3π/2', () => {
		const outer = rowsOf(makeCircles({ n: 8, shuffle: false }), 0);
		const angles = outer.map(([x, y]) => Math.atan2(y, x));
		[0, Math.PI / 2, Math.PI, -Math.PI / 2].forEach((a, i) => expect(angles[i]).toBeCloseTo(a, 14));
		expect(Math.hypot(...rowsOf(makeCircles({ n: 8 }), 1)[0])).toBeCloseTo(0.8, 14); // default factor
	});

	it('rejects a factor outside [0, 1)', () => {
		expect(() => makeCircles({ factor: 1 })).toThrow(
			/makeCircles: factor is 1; it must be a number in \[0, 1\)/
		);
		expect(() => makeCircles({ factor: -0.1 })).toThrow(/factor is -0.1/);
	});
});

describe('makeBlobs', () => {
	it('splits n evenly over the centres, the first ones one more', () => {
		const data = makeBlobs({ n: 10, centers: 3, seed: 4 });
		expect(labelCounts(data.y)).toEqual({ 0: 4, 1: 3, 2: 3 });
		expect(data.X.every((row) => row.length === 2)).toBe(true);
	});

	it('honours per-cluster sizes and explicit centres; std 0 puts every point on its centre', () => {
		const centers = [
			[0, 0],
			[5, -5],
			[-3, 8]
		];
		const data = makeBlobs({ centers, sizes: [10, 20, 30], clusterStd: [0, 0, 0], seed: 1 });
		expect(labelCounts(data.y)).toEqual({ 0: 10, 1: 20, 2: 30 });
		data.X.forEach((row, i) => expect(row).toEqual(centers[data.y[i]]));
	});

	it('draws random centres inside centerBox', () => {
		const data = makeBlobs({ n: 30, centers: 5, noise: 0, centerBox: [2, 3], seed: 9 });
		for (const row of data.X) for (const v of row) expect(v >= 2 && v <= 3).toBe(true);
	});

	it('has the requested spread: cluster std 2 around (0, 0)', () => {
		// For 20,000 normal draws the sample std is within ±0.03 of 2 with overwhelming probability.
		const { X } = makeBlobs({ n: 20_000, centers: [[0, 0]], noise: 2, seed: 11 });
		for (const j of [0, 1]) {
			const values = X.map((r) => r[j]);
			const m = values.reduce((a, b) => a + b, 0) / values.length;
			const sd = Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / values.length);
			expect(Math.abs(m)).toBeLessThan(0.06);
			expect(Math.abs(sd - 2)).toBeLessThan(0.05);
		}
	});

	it('is deterministic for a seed and differs between seeds', () => {
		expect(makeBlobs({ n: 20, seed: 5 })).toEqual(makeBlobs({ n: 20, seed: 5 }));
		expect(makeBlobs({ n: 20, seed: 5 }).X).not.toEqual(makeBlobs({ n: 20, seed: 6 }).X);
	});

	it('rejects inconsistent options', () => {
		expect(() => makeBlobs({ noise: 1, clusterStd: [1, 1, 1] })).toThrow(/not both/);
		expect(() => makeBlobs({ n: 5, sizes: [1, 2, 3] })).toThrow(/n is 5 but sizes add up to 6/);
		expect(() => makeBlobs({ centers: 2, sizes: [1, 2, 3] })).toThrow(/sizes must be an array of 2 counts/);
		expect(() => makeBlobs({ centers: [[0, 0], [1]] })).toThrow(/centers\[1\] must be an array of 2 number/);
		expect(() => makeBlobs({ centers: 0 })).toThrow(/centers is 0/);
		expect(() => makeBlobs({ clusterStd: [1, -1, 1] })).toThrow(/clusterStd\[1\] is -1/);
	});
});

describe('makeXor', () => {
	it('labels 1 exactly where x1·x2 < 0, with classes ceil(n/2) and floor(n/2)', () => {
		const data = makeXor({ n: 7, seed: 3 });
		expect(labelCounts(data.y)).toEqual({ 0: 4, 1: 3 });
		const big = makeXor({ n: 400, seed: 3 });
		big.X.forEach(([a, b], i) => {
			expect(big.y[i]).toBe(a * b < 0 ? 1 : 0);
			expect(Math.abs(a) > 0 && Math.abs(a) <= 1 && Math.abs(b) > 0 && Math.abs(b) <= 1).toBe(true);
		});
	});

	it('noise moves points but keeps their labels', () => {
		const clean = makeXor({ n: 40, seed: 1, shuffle: false });
		const noisy = makeXor({ n: 40, seed: 1, noise: 0.5, shuffle: false });
		expect(noisy.y).toEqual(clean.y);
		expect(noisy.X).not.toEqual(clean.X);
	});
});

describe('makeSpiral', () => {
	it('splits n over the arms, one class each', () => {
		expect(labelCounts(makeSpiral({ n: 10, arms: 3 }).y)).toEqual({ 0: 4, 1: 3, 2: 3 });
	});

	it('with noise 0 puts arm k at angle 2π(turns·r + k/arms)', () => {
		const arms = 3;
		const turns = 1.5;
		const data = makeSpiral({ n: 90, arms, turns, seed: 2 });
		data.X.forEach(([x, y], i) => {
			const r = Math.hypot(x, y);
			expect(r > 0 && r <= 1 + 1e-12).toBe(true);
			const expectedAngle = 2 * Math.PI * (turns * r + data.y[i] / arms);
			// Compare directions, which avoids wrapping the angle.
			expect(x / r).toBeCloseTo(Math.cos(expectedAngle), 9);
			expect(y / r).toBeCloseTo(Math.sin(expectedAngle), 9);
		});
	});

	it('rejects bad arms and turns', () => {
		expect(() => makeSpiral({ arms: 1 })).toThrow(/arms is 1; it must be an integer from 2 to 12/);
		expect(() => makeSpiral({ turns: 0 })).toThrow(/turns is 0/);
	});
});

describe('makeRegression1D', () => {
	it('returns X as [[x]] on [0, 1) and y = sin(2πx) without noise', () => {
		const { X, y } = makeRegression1D({ n: 50, seed: 4 });
		expect(X).toHaveLength(50);
		X.forEach(([x], i) => {
			expect(X[i]).toHaveLength(1);
			expect(x >= 0 && x < 1).toBe(true);
			expect(y[i]).toBe(Math.sin(2 * Math.PI * x));
		});
		expect(regression1DTruth(0.25)).toBe(1);
		expect(regression1DTruth(0.75)).toBe(-1);
	});

	it('adds noise to y only', () => {
		const clean = makeRegression1D({ n: 30, seed: 4 });
		const noisy = makeRegression1D({ n: 30, seed: 4, noise: 0.3 });
		expect(noisy.X).toEqual(clean.X); // same x: they are all drawn before any noise
		expect(noisy.y).not.toEqual(clean.y);
	});
});

describe('generator options', () => {
	const generators = { makeBlobs, makeMoons, makeCircles, makeXor, makeSpiral, makeRegression1D };

	it('keep the points and their order as the noise changes: noise 0.2 moves each point twice as far as 0.1', () => {
		for (const make of Object.values(generators)) {
			const [clean, low, high] = [0, 0.1, 0.2].map((noise) => make({ n: 30, seed: 3, noise }));
			if (make !== makeRegression1D) expect(low.y).toEqual(clean.y);
			clean.X.forEach((row, i) =>
				row.forEach((v, j) => expect(high.X[i][j] - v).toBeCloseTo(2 * (low.X[i][j] - v), 12))
			);
			if (make === makeRegression1D)
				clean.y.forEach((v, i) => expect(high.y[i] - v).toBeCloseTo(2 * (low.y[i] - v), 12));
		}
	});

	it('default to 100 samples', () => {
		for (const make of Object.values(generators)) expect(make().X).toHaveLength(100);
	});

	it('reject a bad n, noise or seed, naming the generator and the option', () => {
		for (const [name, make] of Object.entries(generators)) {
			expect(() => make({ n: 0 })).toThrow(new RegExp(`${name}: n is 0; it must be an integer from 1`));
			expect(() => make({ n: 2.5 })).toThrow(/n is 2.5/);
			expect(() => make({ noise: -1 })).toThrow(
				new RegExp(`${name}: noise is -1; it must be a finite number >= 0`)
			);
			expect(() => make({ noise: NaN })).toThrow(/noise is NaN/);
			expect(() => make({ seed: 0.5 })).toThrow(/seed is 0.5; it must be a safe integer/);
		}
	});
});

// ---------------------------------------------------------------------------

const staticDir = fileURLToPath(new URL('../../static', import.meta.url));

/** A fetch that serves static/ from disk, counting its calls. */
function diskFetch(): { fetch: typeof fetch; calls: string[] } {
	const calls: string[] = [];
	const fetchFromDisk = async (input: RequestInfo | URL): Promise<Response> => {
		const url = String(input);
		calls.push(url);
		try {
			return new Response(await readFile(`${staticDir}${url}`, 'utf8'));
		} catch {
			return new Response('not found', { status: 404, statusText: 'Not Found' });
		}
	};
	return { fetch: fetchFromDisk as typeof fetch, calls };
}

function present(column: Column): number {
	return column.values.filter((v) => v !== null).length;
}

describe('loadDataset', () => {
	beforeEach(() => clearDatasetCache());

	it('penguins: 344 rows, 11 missing sex, 2 missing body mass', async () => {
		const table = await loadDataset('penguins', diskFetch());
		expect(table.name).toBe('penguins');
		expect(table.rowCount).toBe(344);
		expect(table.columns.map((c) => [c.name, c.kind])).toEqual([
			['species', 'categorical'],
			['island', 'categorical'],
			['bill_length_mm', 'numeric'],
			['bill_depth_mm', 'numeric'],
			['flipper_length_mm', 'numeric'],
			['body_mass_g', 'numeric'],
			['sex', 'categorical']
		]);
		expect(columnByName(table, 'sex').missing).toBe(11);
		expect(columnByName(table, 'body_mass_g').missing).toBe(2);
	});

	it("iris: Fisher's 150 flowers, 50 per species, with the corrected rows 35 and 38", async () => {
		const table = await loadDataset('iris', diskFetch());
		expect(table.rowCount).toBe(150);
		const species = columnByName(table, 'species').values;
		expect(labelCountsOf(species)).toEqual({ setosa: 50, versicolor: 50, virginica: 50 });
		const row = (i: number) => table.columns.slice(0, 4).map((c) => c.values[i - 1]);
		// Fisher (1936), as in scikit-learn's load_iris; the UCI file had 4.9,3.1,1.5,0.1 in both rows
		// (Bezdek et al. 1999, "Will the real iris data please stand up?").
		expect(row(35)).toEqual([4.9, 3.1, 1.5, 0.2]);
		expect(row(38)).toEqual([4.9, 3.6, 1.4, 0.1]);
		expect(table.columns.every((c) => c.missing === 0)).toBe(true);
	});

	it('cars: 406 rows, 8 missing mpg, 6 missing horsepower (the Auto MPG original)', async () => {
		const table = await loadDataset('cars', diskFetch());
		expect(table.rowCount).toBe(406);
		expect(columnByName(table, 'mpg').missing).toBe(8);
		expect(columnByName(table, 'horsepower').missing).toBe(6);
		expect(columnByName(table, 'origin').kind).toBe('categorical');
		expect(present(columnByName(table, 'weight'))).toBe(406);
	});

	it('agrees with the DATASETS catalogue', async () => {
		for (const info of DATASETS) {
			const table = await loadDataset(info.name, diskFetch());
			expect(table.rowCount).toBe(info.rows);
			for (const name of info.numericColumns) expect(columnByName(table, name).kind).toBe('numeric');
			if (info.labelColumn) expect(columnByName(table, info.labelColumn).kind).toBe('categorical');
		}
	});

	it('fetches ${base}/data/<name>.csv once and caches the table', async () => {
		const disk = diskFetch();
		const prefixed: typeof fetch = (input, init) => disk.fetch(String(input).replace(/^\/app/, ''), init);
		const first = await loadDataset('iris', { fetch: prefixed, base: '/app' });
		const second = await loadDataset('iris', { fetch: prefixed, base: '/app' });
		expect(second).toBe(first);
		expect(disk.calls).toEqual(['/data/iris.csv']);
	});

	it('rejects an unknown name and a failed request, and does not cache the failure', async () => {
		await expect(loadDataset('boston' as DatasetName, diskFetch())).rejects.toThrow(
			/Unknown data set the string "boston"; the known ones are penguins, iris, cars/
		);
		const failing: typeof fetch = async () => new Response('', { status: 404, statusText: 'Not Found' });
		await expect(loadDataset('penguins', { fetch: failing })).rejects.toThrow(
			/GET \/data\/penguins.csv answered 404 Not Found/
		);
		expect((await loadDataset('penguins', diskFetch())).rowCount).toBe(344);
	});
});

function labelCountsOf(values: (string | number | null)[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const v of values) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
	return counts;
}
