/**
 * The epochs of a training run as the page keeps them: bounded, however long the run.
 * A run of 10,000 epochs kept whole made every slice redraw and re-read 10,000 records (and
 * its table 10,000 rows), slowing training from ~400 to ~10 epochs/s. So the page keeps:
 * - `sampled`: every `stride`-th epoch (0, stride, 2·stride, …), at most MAX_SAMPLED of them;
 *   when one more would pass the bound, the stride doubles and every other one goes;
 * - `recent`: the last RECENT_EPOCHS epochs, every one (what the over/underfitting rule reads);
 * - `best`: the epoch of the lowest validation loss, whichever epoch it is.
 * The curves draw the union of the three; the diagnosis reads `best` and `recent`, which are
 * exact, so its verdict is the one the whole run would give. Pure functions, no state.
 */
import type { EpochRecord } from '$lib/nn/settings';

/** The most sampled epochs kept; with `recent` and `best`, a curve has at most MAX_SAMPLED + RECENT_EPOCHS + 1 points. */
export const MAX_SAMPLED = 500;
/** Epochs kept whole at the end: the rule's windows need 21; 100 keeps the curves' last stretch at full resolution. */
export const RECENT_EPOCHS = 100;

export interface RunHistory {
	/** Every `stride`-th epoch so far, in order. */
	sampled: EpochRecord[];
	/** A power of 2. */
	stride: number;
	/** The last RECENT_EPOCHS epochs (fewer early on), in order. */
	recent: EpochRecord[];
	/** The epoch of the lowest validation loss (as the trainer reports it); null before any epoch. */
	best: EpochRecord | null;
}

export const emptyRunHistory = (): RunHistory => ({ sampled: [], stride: 1, recent: [], best: null });

/** The last epoch recorded; null before any. */
export const lastEpochOf = (history: RunHistory): EpochRecord | null =>
	history.recent[history.recent.length - 1] ?? null;

/**
 * The history with a slice of new epochs (in order, following the last one) appended, and the
 * trainer's best epoch after them. Returns a new object; the old one is not changed. Costs
 * O(MAX_SAMPLED + RECENT_EPOCHS + records), not O(epochs so far).
 */
export function appendEpochs(
	history: RunHistory,
	records: readonly EpochRecord[],
	bestEpoch: number
): RunHistory {
	let { stride } = history;
	let sampled = history.sampled.concat(records.filter((r) => r.epoch % stride === 0));
	while (sampled.length > MAX_SAMPLED) {
		stride *= 2;
		sampled = sampled.filter((r) => r.epoch % stride === 0);
	}
	const recent = history.recent.concat(records).slice(-RECENT_EPOCHS);
	// the best epoch only ever moves to a newer one, which is in this slice; else it is the one kept
	const best =
		records.find((r) => r.epoch === bestEpoch) ??
		(history.best?.epoch === bestEpoch ? history.best : null) ??
		findEpoch(history, bestEpoch);
	return { sampled, stride, recent, best };
}

/** An epoch the history still holds (sampled, recent or best); null when it has been thinned out. */
export function findEpoch(history: RunHistory, epoch: number): EpochRecord | null {
	return (
		history.recent.find((r) => r.epoch === epoch) ??
		(history.best?.epoch === epoch ? history.best : null) ??
		history.sampled.find((r) => r.epoch === epoch) ??
		null
	);
}

/** The epochs the curves and their table show: sampled, best and recent, in order, each once. */
export function curvePoints(history: RunHistory): EpochRecord[] {
	const firstRecent = history.recent[0]?.epoch ?? Infinity;
	const older = history.sampled.filter((r) => r.epoch < firstRecent);
	const { best } = history;
	if (best && best.epoch < firstRecent && best.epoch % history.stride !== 0) {
		const at = older.findIndex((r) => r.epoch > best.epoch);
		older.splice(at < 0 ? older.length : at, 0, best);
	}
	return older.concat(history.recent);
}

/**
 * The epochs whose losses the over/underfitting rule reads, exact: the best epoch and the last
 * RECENT_EPOCHS (which cover the rule's windows of diagnosis.ts: OVERFIT_WINDOW and UNDERFIT_WINDOW + 1 epochs).
 * `summarizeRun` on these gives what it gives on the whole run.
 */
export function ruleEpochs(history: RunHistory): EpochRecord[] {
	const { best, recent } = history;
	return best && !recent.some((r) => r.epoch === best.epoch) ? [best, ...recent] : recent;
}

/** What the curves show when older epochs have been thinned: every `stride`-th epoch before `fullFrom`, every epoch from it; null while every epoch is there. */
export function thinning(history: RunHistory): { stride: number; fullFrom: number } | null {
	const first = history.recent[0];
	return history.stride > 1 && first ? { stride: history.stride, fullFrom: first.epoch } : null;
}
