/**
 * The feature-scaling widget's state: the inputs (what the URL holds) as `$state`, the
 * loaded or uploaded table (never in the URL) as raw state, and every result `$derived`.
 */
import { RealTables } from '$lib/data/RealTables.svelte';
import { columnByName, numericColumnNames, pickTwoColumns, type Table } from '$lib/data/table';
import { kMeans } from '$lib/ml/kmeans';
import { createRng } from '$lib/ml/random';
import { DATASETS, makeBlobs } from '$lib/ml/datasets';
import { decodeScalingState, maxOutliers, scalingCodec, type ScalingUrlState } from './codec';
import { bulkDomain, columnDomain, orderByRawX, scaleAll, splitRows, type ScalingData } from './analysis';
import { scalingQuestions } from './quiz';

/** Generated data: two blobs whose second feature is in units 1,000 times smaller (grams, not kilograms). */
function blobs(n: number, seed: number): ScalingData {
	const { X, y } = makeBlobs({ n, centers: [[2, 3], [5, 4.5]], noise: 0.8, seed });
	return {
		X: X.map(([a, b]) => [a, b * 1000]),
		classes: y,
		classNames: ['cluster 1', 'cluster 2'],
		xName: 'feature 1',
		yName: 'feature 2 (×1,000)',
		addedFrom: X.length,
		sampledFrom: null
	};
}

/** `count` of `items` drawn at random (a partial Fisher–Yates shuffle: `count` swaps, not one per item), in their original order. */
function sampleSorted(items: number[], count: number, seed: number): number[] {
	const rng = createRng(seed);
	const pool = [...items];
	for (let i = 0; i < count; i++) {
		const j = i + rng.int(pool.length - i);
		[pool[i], pool[j]] = [pool[j], pool[i]];
	}
	return pool.slice(0, count).sort((a, b) => a - b);
}

/** Most rows the widget works on: a bigger file is sampled, so every edit stays within a frame or two. */
export const maxRows = 2500;

/**
 * The two chosen numeric columns of a table, and its label column (if any) as classes. Rows
 * missing either value are left out; above `maxRows` complete rows, a seeded random sample
 * (kept in file order) stands in for them, and `sampledFrom` says how many there were.
 */
function fromTable(table: Table, fx: string, fy: string, labelColumn: string | null, seed: number): ScalingData {
	const [xs, ys] = [fx, fy].map((name) => columnByName(table, name).values as (number | null)[]);
	const complete: number[] = [];
	for (let i = 0; i < table.rowCount; i++) if (xs[i] !== null && ys[i] !== null) complete.push(i);
	const sampledFrom = complete.length > maxRows ? complete.length : null;
	// rows are picked before any row array is built, so a 100,000-row file costs one pass, not 100,000 arrays
	const rows = sampledFrom === null ? complete : sampleSorted(complete, maxRows, seed);
	const X = rows.map((i) => [xs[i] as number, ys[i] as number]);
	let classes: number[] | null = null;
	let classNames: string[] = [];
	const label = labelColumn ? table.columns.find((c) => c.name === labelColumn) : undefined;
	if (label && label.kind === 'categorical') {
		const values = rows.map((r) => label.values[r] ?? '(missing)');
		classNames = [...new Set(values)].sort();
		classes = values.map((v) => classNames.indexOf(v));
	}
	return { X, classes, classNames, xName: fx, yName: fy, addedFrom: X.length, sampledFrom, incomplete: table.rowCount - complete.length };
}

export class ScalingState {
	input = $state<ScalingUrlState>(scalingCodec.defaults());
	linkProblems = $state<string[]>([]);
	/** Real tables as they load, and the learner's upload (raw: thousands of cells need no deep proxies). */
	realTables = new RealTables();
	uploaded = $state.raw<Table | null>(null);
	loadError = $derived(this.realTables.error);
	/**
	 * Plots share one pair of axes framed on the original rows (true; an added point beyond
	 * them is pinned at the edge), or each fits its own data, added points included.
	 */
	sharedAxes = $state(true);

	/** The table on screen, or null for generated data (or while a table loads). */
	table = $derived.by((): Table | null => {
		const { src } = this.input;
		if (src === 'blobs') return null;
		if (src === 'upload') return this.uploaded;
		return this.realTables.loaded[src] ?? null;
	});
	/** Numeric columns of the table on screen, for the pickers. */
	numericColumns = $derived(numericColumnNames(this.table));
	/** The chosen columns when the table has them, else its first two numeric ones. */
	columns = $derived(pickTwoColumns(this.numericColumns, this.input.fx, this.input.fy));

	/** The base data (before added points), or null while nothing usable is loaded. */
	base = $derived.by((): ScalingData | null => {
		const { src, n, seed } = this.input;
		if (src === 'blobs') return blobs(n, seed);
		if (!this.table || !this.columns) return null;
		const labelColumn = src === 'upload' ? null : (DATASETS.find((d) => d.name === src)?.labelColumn ?? null);
		return fromTable(this.table, this.columns[0], this.columns[1], labelColumn, this.input.seed);
	});
	/** The data with the learner's points appended. */
	data = $derived.by((): ScalingData | null => {
		const b = this.base;
		if (!b || b.X.length < 4) return null;
		const added = this.input.out.map(([x, y]) => [x, y]);
		return {
			...b,
			X: [...b.X, ...added],
			classes: b.classes ? [...b.classes, ...added.map(() => b.classNames.length)] : null
		};
	});
	split = $derived(this.data ? splitRows(this.data, this.input.seed) : null);
	fitRows = $derived(this.data && this.split ? (this.input.fit === 'train' ? this.split.train : this.data.X.map((_, i) => i)) : []);
	versions = $derived(this.data ? scaleAll(this.data.X, this.fitRows) : []);
	/** The same scalers fitted the other way (all rows vs training rows), to show what the leak changes. */
	otherVersions = $derived(
		this.data && this.split ? scaleAll(this.data.X, this.input.fit === 'train' ? this.data.X.map((_, i) => i) : this.split.train) : []
	);
	rawDomains = $derived(
		this.data ? [columnDomain(this.data.X.map((r) => r[0])), columnDomain(this.data.X.map((r) => r[1]))] : null
	);
	scaledDomain = $derived(this.data ? bulkDomain(this.versions, this.data.addedFrom) : ([-1, 1] as [number, number]));
	/**
	 * With added points: the scalers fitted as now but without them, so the page can say what
	 * one outlier did to each (null without added points).
	 */
	versionsWithoutAdded = $derived.by(() => {
		const data = this.data;
		if (!data || data.X.length === data.addedFrom) return null;
		return scaleAll(data.X.slice(0, data.addedFrom), this.fitRows.filter((i) => i < data.addedFrom));
	});
	/** Each version's own extents, for when the plots do not share axes. */
	ownDomains = $derived(
		Object.fromEntries(
			this.versions.map((v) => [v.id, [columnDomain(v.X.map((r) => r[0])), columnDomain(v.X.map((r) => r[1]))]])
		) as Record<string, [[number, number], [number, number]]>
	);
	/** The picked point, kept inside the data. */
	picked = $derived(this.data ? Math.min(this.input.pick, this.data.X.length - 1) : 0);
	compared = $derived(this.versions.find((v) => v.id === this.input.cmp) ?? null);

	/** k for the clusterings: one cluster per class, or 3 when the data have no classes. */
	clusterK = $derived(this.data?.classNames.length || 3);
	/** With colouring by cluster: the k-means labels found in the raw space and in each scaled one (by version id). */
	clusterings = $derived.by((): Record<string, number[]> | null => {
		if (this.input.col !== 'kmeans' || !this.data) return null;
		const k = Math.min(this.clusterK, this.data.X.length);
		const raw = this.data.X;
		const run = (X: number[][]) => orderByRawX(kMeans(X, k, { seed: this.input.seed, nInit: 4, recordHistory: false }).labels, raw);
		return Object.fromEntries([['raw', run(this.data.X)], ...this.versions.map((v) => [v.id, run(v.X)])]);
	});

	questions = $derived(
		this.data && this.split ? scalingQuestions({ data: this.data, versions: this.versions, split: this.split, picked: this.picked, fit: this.input.fit }, this.input.q) : []
	);

	load(params: URLSearchParams) {
		const { value, problems } = decodeScalingState(params);
		this.input = value;
		this.linkProblems = problems;
	}

	params(): URLSearchParams {
		return scalingCodec.encode(this.input);
	}

	/** Picks a source and its default columns. */
	setSource(src: ScalingUrlState['src']) {
		this.input.src = src;
		this.input.out = [];
		this.input.pick = 0;
		const info = DATASETS.find((d) => d.name === src);
		if (info) [this.input.fx, this.input.fy] = defaultColumns(src, info.numericColumns);
	}

	useUpload(table: Table) {
		this.uploaded = table;
		this.setSource('upload');
		const numeric = numericColumnNames(table);
		[this.input.fx, this.input.fy] = [numeric[0] ?? '', numeric[1] ?? ''];
	}

	/** Adds a point far out along the first feature: ten interquartile ranges beyond the largest value. */
	addOutlier() {
		const b = this.base;
		if (!b || this.input.out.length >= maxOutliers) return;
		const xs = b.X.map((r) => r[0]).sort((p, q) => p - q);
		const ys = b.X.map((r) => r[1]).sort((p, q) => p - q);
		const iqr = xs[Math.floor(xs.length * 0.75)] - xs[Math.floor(xs.length * 0.25)] || 1;
		const x = round(xs[xs.length - 1] + 10 * iqr);
		const y = round(ys[Math.floor(ys.length / 2)]);
		this.input.out = [...this.input.out, [x, y]];
	}

	moveOutlier(index: number, x: number, y: number) {
		this.input.out = this.input.out.map((p, i) => (i === index ? [round(x), round(y)] : p));
	}

	removeOutlier(index: number) {
		this.input.out = this.input.out.filter((_, i) => i !== index);
	}

	newQuestions() {
		this.input.q = (this.input.q % 1_000_000) + 1;
	}
}

/** Three significant digits keep links short and numbers readable. */
function round(v: number): number {
	return Number(v.toPrecision(4));
}

/** Columns on very different scales where the table has them: the point of the lesson. */
function defaultColumns(src: string, numeric: string[]): [string, string] {
	if (src === 'cars') return ['horsepower', 'weight'];
	if (src === 'penguins') return ['bill_depth_mm', 'body_mass_g'];
	return [numeric[0], numeric[1]];
}
