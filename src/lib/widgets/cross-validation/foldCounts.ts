/**
 * How the number of folds trades bias, noise and compute: the same method with 2, 5, 10 and 20
 * folds and leave-one-out on the data on screen. The noise is the spread of the CV estimate
 * itself over reshuffled runs (shuffle seeds 1–50), the part of its uncertainty that comes from
 * how the rows happen to be dealt; the spread of the fold scores within one run says little about
 * it (leave-one-out's one-row folds score all-or-nothing, yet it has only one way to deal).
 * The runs are jobs, so the page can pause between them.
 */
import { meanAndSd } from '$lib/ml/holdoutScore';
import { leaveOneOut, type Fold } from '$lib/ml/split';
import type { SplitData } from '$lib/ml/splitDatasets';
import type { Method } from './codec';
import { crossValidate, makeFolds } from './folds';

/** The fold counts the trade-off table compares. */
export const COMPARED_FOLD_COUNTS = [2, 5, 10, 20, 'loo'] as const;
export type FoldCount = (typeof COMPARED_FOLD_COUNTS)[number];

/** Shuffle seeds of the reshuffled runs. */
export const RESHUFFLE_SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);

/** Whether a method with this fold count deals the rows at random: leave-one-out and time order have one way only. */
export function reshuffles(method: Method, count: FoldCount): boolean {
	return count !== 'loo' && method !== 'timeseries';
}

/** The method a fold count runs: the page's, except that a count beside leave-one-out means k-fold. */
function methodFor(method: Method): Method {
	return method === 'loo' ? 'kfold' : method;
}

/** One run of the table: a fold count and, when the method shuffles, a shuffle seed. */
export interface FoldCountJob {
	count: FoldCount;
	seed: number | null;
}

/** Every run the table needs: 50 reshuffles per fold count that shuffles, one run for the others. */
export function foldCountJobs(method: Method): FoldCountJob[] {
	return COMPARED_FOLD_COUNTS.flatMap((count): FoldCountJob[] =>
		reshuffles(method, count) ? RESHUFFLE_SEEDS.map((seed) => ({ count, seed })) : [{ count, seed: null }]
	);
}

/** A run's outcome: its estimate and its cost, or why its folds cannot be made. */
export interface FoldCountRun {
	count: FoldCount;
	estimate: number | null;
	/** The estimate is the pooled score (no fold had one of its own). */
	pooled: boolean;
	fits: number;
	/** Rows each model is fitted on, the mean over the folds. */
	trainRows: number;
	problem: string | null;
}

/** One run: the method's folds for the job (shuffled with its seed), k-NN cross-validated on them. */
export function runFoldCountJob(
	data: SplitData,
	method: Method,
	neighbours: number,
	job: FoldCountJob
): FoldCountRun {
	const failed = (problem: string): FoldCountRun => ({
		count: job.count,
		estimate: null,
		pooled: false,
		fits: 0,
		trainRows: 0,
		problem
	});
	if (job.count === 'loo' && method === 'timeseries')
		return failed('leave-one-out would train on rows after the one it tests');
	let folds: Fold[];
	try {
		folds =
			job.count === 'loo'
				? leaveOneOut(data.y.length)
				: makeFolds(methodFor(method), data.y, job.count, {
						shuffle: job.seed !== null,
						seed: job.seed ?? 0
					});
	} catch (error) {
		return failed(error instanceof Error ? error.message.replace(/^\w+: /, '') : String(error));
	}
	const cv = crossValidate(data, folds, neighbours);
	const trainRows = folds.reduce((sum, f) => sum + f.train.length, 0) / folds.length;
	return {
		count: job.count,
		estimate: cv.pooled,
		pooled: true,
		fits: folds.length,
		trainRows,
		problem: null
	};
}

/** One row of the table. */
export interface FoldCountRow {
	folds: FoldCount;
	/** The CV estimate, averaged over the runs that have one; null when none has. */
	mean: number | null;
	/** The spread (population sd) of the estimate over reshuffled runs; null without reshuffles. */
	sd: number | null;
	/** Runs that gave an estimate. */
	runs: number;
	/** Whether the rows were reshuffled (false: one way to deal them). */
	reshuffled: boolean;
	/** Whether the estimate is the pooled score (leave-one-out). */
	pooled: boolean;
	trainRows: number | null;
	fits: number | null;
	/** Why the folds cannot be made, or why no run has an estimate. */
	problem: string | null;
}

/** The table's rows from its runs, in the order of {@link COMPARED_FOLD_COUNTS}. */
export function foldCountRows(method: Method, runs: readonly FoldCountRun[]): FoldCountRow[] {
	return COMPARED_FOLD_COUNTS.map((count) => {
		const mine = runs.filter((r) => r.count === count);
		const failed = mine.find((r) => r.problem !== null);
		const base = { folds: count, reshuffled: reshuffles(method, count), pooled: false };
		if (failed || mine.length === 0)
			return {
				...base,
				mean: null,
				sd: null,
				runs: 0,
				trainRows: null,
				fits: null,
				problem: failed?.problem ?? 'not run'
			};
		const estimates = mine.map((r) => r.estimate).filter((v): v is number => v !== null);
		const stats = meanAndSd(estimates);
		return {
			...base,
			mean: stats?.mean ?? null,
			sd: base.reshuffled && stats ? stats.sd : null,
			runs: estimates.length,
			pooled: mine.some((r) => r.pooled),
			trainRows: mine[0].trainRows,
			fits: mine[0].fits,
			problem: stats ? null : 'no fold holds both classes'
		};
	});
}

/** The whole table at once (the page runs the same jobs with pauses between). */
export function foldCountTable(data: SplitData, method: Method, neighbours: number): FoldCountRow[] {
	return foldCountRows(
		method,
		foldCountJobs(method).map((job) => runFoldCountJob(data, method, neighbours, job))
	);
}

/** Among the reshuffled rows, the one whose estimate moved most and the one that moved least; null without two such rows. */
export function spreadExtremes(
	rows: readonly FoldCountRow[]
): { noisiest: FoldCountRow; steadiest: FoldCountRow } | null {
	const reshuffled = rows.filter((row) => row.sd !== null);
	if (reshuffled.length < 2) return null;
	const bySd = [...reshuffled].sort((a, b) => (b.sd as number) - (a.sd as number));
	return { noisiest: bySd[0], steadiest: bySd[bySd.length - 1] };
}

/**
 * The rows with the lowest and the highest mean AUC (the first of equals); null without a defined row.
 * "The AUC stays at X" read only the first and last rows, while a count between them could
 * differ (0.824 at 2-fold and leave-one-out, 0.821 at 5-fold).
 */
export function meanExtremes(
	rows: readonly FoldCountRow[]
): { lowest: FoldCountRow; highest: FoldCountRow } | null {
	const defined = rows.filter((row) => row.mean !== null);
	if (defined.length === 0) return null;
	const byMean = [...defined].sort((a, b) => (a.mean as number) - (b.mean as number));
	return { lowest: byMean[0], highest: byMean[byMean.length - 1] };
}
