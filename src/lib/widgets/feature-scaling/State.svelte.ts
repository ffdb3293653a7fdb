/**
 * The feature-scaling widget's state: the inputs (what the URL holds) as `$state`, the
 * loaded or uploaded table (never in the URL) as raw state, and every result `$derived`.
 * The model scores take longer than a frame: the `scoresTask` computes them once the controls
 * rest, and `scores` holds them with the data they were computed for.
 */
import { ColumnPairUrlState } from '$lib/kit/ColumnPairUrlState.svelte';
import { Task } from '$lib/kit/task/Task.svelte';
import type { Table } from '$lib/data/table';
import { kMeans } from '$lib/ml/kmeans';
import { nearestNeighbours } from '$lib/ml/knn';
import { DATASETS } from '$lib/ml/datasets';
import { maxOutliers, scalingCodec, type ScalingUrlState, uploadFallback } from './codec';
import {
	bulkDomain,
	bulkRange,
	columnDomain,
	fiveNumbersByVersion,
	originalRows,
	orderByRawX,
	outlierEffect,
	scaleAll,
	splitRows,
	withAdded,
	type ScalingData
} from './analysis';
import { blobs, defaultColumns, farPoint, fromTable, roundForLink } from './data';
import { leakReport, leakScore } from './leak';
import { leakSentences } from './leakText';
import { modelSentences } from './modelText';
import { knnByScaler, scoreModels, type ModelScores } from './models';
import { scalingQuestions } from './quiz';
import { scalingSteps } from './story';

/** The neighbours compared between the raw and the scaled data. */
export const neighbourCount = 5;

/** The slow numbers, and what they were computed for. */
interface Scores {
	/** The inputs that shape the data, the split and the scalers in use ({@link ScalingState.scoreKey}), and the table. */
	key: string;
	table: Table | null;
	models: ModelScores | null;
	/** 5-NN test accuracy per scaler, fitted on the training rows and on all rows. */
	knn: { train: Record<string, number>; all: Record<string, number>; testRows: number } | null;
}

export class ScalingState extends ColumnPairUrlState<ScalingUrlState> {
	constructor() {
		// the horizontal and the vertical feature
		super(scalingCodec, uploadFallback, ['fx', 'fy']);
	}

	/**
	 * Plots share one pair of axes framed on the original rows (true; an added point beyond
	 * them is pinned at the edge), or each fits its own data, added points included.
	 */
	sharedAxes = $state(true);

	readonly steps = scalingSteps;
	/** The neighbours compared between the raw and the scaled data (the story reads it too). */
	readonly neighbourCount = neighbourCount;

	/** The base data (before added points), or null while nothing usable is loaded. */
	base = $derived.by((): ScalingData | null => {
		const { src, n, seed } = this.input;
		if (src === 'blobs') return blobs(n, seed);
		if (!this.table || !this.columns) return null;
		const labelColumn = src === 'upload' ? null : (DATASETS.find((d) => d.name === src)?.labelColumn ?? null);
		return fromTable(this.table, this.columns[0], this.columns[1], labelColumn, this.input.seed);
	});
	/** The data with the learner's points appended. */
	data = $derived(this.base && this.base.X.length >= 4 ? withAdded(this.base, this.input.out) : null);
	split = $derived(this.data ? splitRows(this.data, this.input.seed, this.input.place) : null);
	/** Every scaler fitted on the training rows (right), and on all rows, test rows included (the leak). */
	trainFit = $derived(this.data && this.split ? scaleAll(this.data.X, this.split.train) : []);
	allFit = $derived(
		this.data
			? scaleAll(
					this.data.X,
					this.data.X.map((_, i) => i)
				)
			: []
	);
	versions = $derived(this.input.fit === 'train' ? this.trainFit : this.allFit);
	fitRows = $derived(
		this.data && this.split
			? this.input.fit === 'train'
				? this.split.train
				: this.data.X.map((_, i) => i)
			: []
	);
	rawDomains = $derived(
		this.data
			? [columnDomain(this.data.X.map((r) => r[0])), columnDomain(this.data.X.map((r) => r[1]))]
			: null
	);
	/** Each feature's smallest and largest value over the original rows (the added points left out). */
	rawRanges = $derived.by((): [[number, number], [number, number]] | null => {
		const data = this.data;
		return data ? [bulkRange(data.X, 0, data.addedFrom), bulkRange(data.X, 1, data.addedFrom)] : null;
	});
	scaledDomain = $derived(
		this.data ? bulkDomain(this.versions, this.data.addedFrom) : ([-1, 1] as [number, number])
	);
	/**
	 * With added points: the scalers fitted as now but without them, so the page can say what
	 * the added points did to each (null without added points).
	 */
	versionsWithoutAdded = $derived.by(() => {
		const data = this.data;
		if (!data || data.X.length === data.addedFrom) return null;
		return scaleAll(
			data.X.slice(0, data.addedFrom),
			this.fitRows.filter((i) => i < data.addedFrom)
		);
	});
	/** Where the original rows' first feature lands after min-max and robust scaling. */
	spans = $derived.by(() => {
		const data = this.data;
		const span = (id: string) => {
			const version = this.versions.find((v) => v.id === id);
			return data && version ? bulkRange(version.X, 0, data.addedFrom) : null;
		};
		const [minmax, robust] = [span('minmax'), span('robust')];
		return minmax && robust ? { minmax, robust } : null;
	});
	/** What the added points do to min-max and robust scaling (null without them). */
	effect = $derived(
		this.data ? outlierEffect(this.data, this.fitRows, this.versions, this.versionsWithoutAdded) : null
	);
	/** The scalers fitted both ways side by side, and what the test rows move. */
	leak = $derived(
		this.data && this.split ? leakReport(this.data, this.split, this.trainFit, this.allFit) : null
	);
	/** The feature the box plots show (0 or 1): a view choice, not in the link. */
	boxFeature = $state(0);
	/** Each scaler's output for that feature as five numbers, on one axis. */
	boxes = $derived(fiveNumbersByVersion(this.versions, this.boxFeature));
	/** Each version's own extents, for when the plots do not share axes. */
	ownDomains = $derived(
		Object.fromEntries(
			this.versions.map((v) => [
				v.id,
				[columnDomain(v.X.map((r) => r[0])), columnDomain(v.X.map((r) => r[1]))]
			])
		) as Record<string, [[number, number], [number, number]]>
	);
	/** The picked point, kept inside the data. */
	picked = $derived(this.data ? Math.min(this.input.pick, this.data.X.length - 1) : 0);
	compared = $derived(this.versions.find((v) => v.id === this.input.cmp) ?? null);
	/** The picked point's nearest neighbours in the raw space ('raw') and after each scaler (by version id): the plots ring them. */
	neighbours = $derived.by((): Record<string, number[]> => {
		const data = this.data;
		if (!data) return {};
		const k = Math.min(neighbourCount, data.X.length - 1);
		return Object.fromEntries(
			[['raw', data.X] as const, ...this.versions.map((v) => [v.id, v.X] as const)].map(([id, X]) => [
				id,
				nearestNeighbours(X, this.picked, k)
			])
		);
	});
	/** How many of the picked point's nearest neighbours in the raw data are still among its nearest after the compared scaler. */
	sameNeighbours = $derived.by(() => {
		const [before, after] = [
			this.neighbours.raw,
			this.compared ? this.neighbours[this.compared.id] : undefined
		];
		return before && after ? after.filter((i) => before.includes(i)).length : null;
	});

	/** k for the clusterings: one cluster per class, or 3 when the data have no classes. */
	clusterK = $derived(this.data?.classNames.length || 3);
	/** With colouring by cluster: the k-means labels found in the raw space and in each scaled one (by version id). */
	clusterings = $derived.by((): Record<string, number[]> | null => {
		if (this.input.col !== 'kmeans' || !this.data) return null;
		const k = Math.min(this.clusterK, this.data.X.length);
		const raw = this.data.X;
		const run = (X: number[][]) =>
			orderByRawX(kMeans(X, k, { seed: this.input.seed, nInit: 4, recordHistory: false }).labels, raw);
		return Object.fromEntries([['raw', run(this.data.X)], ...this.versions.map((v) => [v.id, run(v.X)])]);
	});

	/** The model scores (tens of milliseconds, one task) once the controls rest, so dragging a point stays smooth. */
	scoresTask = new Task(
		() => ({ data: this.data, split: this.split, versions: this.versions, seed: this.input.seed }),
		() => this.#score(),
		{ restMs: 250 }
	);
	scores = $derived(this.scoresTask.result);
	/** What the scores depend on besides the table: the data, the split and the fit. */
	scoreKey = $derived.by(() => {
		const { src, fx, fy, n, seed, out, place, fit } = this.input;
		return JSON.stringify([src, fx, fy, n, seed, out, place, fit]);
	});
	/** The scores, when they describe the data, split and scalers on screen (null while they catch up). */
	freshScores = $derived(
		this.scores && this.scores.key === this.scoreKey && this.scores.table === this.table ? this.scores : null
	);
	/** True from a change until the `scoresTask` has caught up with it. */
	scoresPending = $derived(this.freshScores === null);
	/** The model table: the last scores computed, marked as updating while they catch up. */
	modelScores = $derived(this.scores?.models ?? null);
	/** The 5-NN accuracy the leak moves, fitted both ways. */
	leakScore = $derived(this.leak ? leakScore(this.leak, this.freshScores?.knn ?? null) : null);
	/** What the page says under the parameter table and under the model table. */
	leakNote = $derived(
		this.leak && this.data ? leakSentences(this.leak, this.leakScore, [this.data.xName, this.data.yName]) : []
	);
	modelNote = $derived(this.modelScores ? modelSentences(this.modelScores) : []);

	questions = $derived(
		this.data && this.split
			? scalingQuestions(
					{
						input: this.input,
						data: this.data,
						split: this.split,
						trainFit: this.trainFit,
						picked: this.picked
					},
					this.input.q
				)
			: []
	);

	/** Scores the models at once, for the controls as they are now (the page waits for them to rest instead). */
	scoreNow() {
		void this.scoresTask.run();
	}

	#score(): Scores | null {
		const { data, split } = this;
		if (!data || !split) return null;
		const [train, all] = [knnByScaler(data, this.trainFit, split), knnByScaler(data, this.allFit, split)];
		return {
			key: this.scoreKey,
			table: this.table,
			models: scoreModels(data, this.versions, split, this.input.seed),
			knn: train && all ? { train, all, testRows: originalRows(data, split.test).length } : null
		};
	}

	/** Picks a source and its default columns. */
	setSource(src: ScalingUrlState['src']) {
		this.input.src = src;
		this.input.out = [];
		this.input.pick = 0;
		const info = DATASETS.find((d) => d.name === src);
		if (info) [this.input.fx, this.input.fy] = defaultColumns(src, info.numericColumns);
	}

	/** Adds a point far out along the first feature: ten interquartile ranges beyond the largest value. */
	addOutlier() {
		const b = this.base;
		if (!b || this.input.out.length >= maxOutliers) return;
		this.input.out = [...this.input.out, farPoint(b.X)];
	}

	moveOutlier(index: number, x: number, y: number) {
		this.input.out = this.input.out.map((p, i) => (i === index ? [roundForLink(x), roundForLink(y)] : p));
	}

	removeOutlier(index: number) {
		this.input.out = this.input.out.filter((_, i) => i !== index);
	}
}
