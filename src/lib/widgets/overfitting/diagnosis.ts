/**
 * When the page calls a model over- or underfitted: one rule per tab, read alike by the
 * callouts, the loss chart's marker and the quiz keys (which apply it to the numbers their
 * questions state). Pure functions, no state.
 */
import type { EpochRecord } from '$lib/nn/settings';

/**
 * Network tab, overfitting: for each of the last OVERFIT_WINDOW epochs validation loss has
 * stayed above OVERFIT_RISE times its lowest, and more than OVERFIT_MIN_RISE nats above it,
 * while training loss went on falling. Validation loss on a few dozen points wobbles: one
 * epoch's jump (dropout makes many), a rise of a few percent, or one of a few thousandths of
 * a nat once both losses are tiny, is noise, not memorising; a rise held for ten epochs is not.
 */
export const OVERFIT_RISE = 1.25;
export const OVERFIT_MIN_RISE = 0.05;
export const OVERFIT_WINDOW = 10;

/**
 * Network tab, underfitting: after UNDERFIT_MIN_EPOCHS epochs both losses are still above
 * UNDERFIT_SHARE_OF_CHANCE of the chance loss ln K (a model that says 1/K for every class),
 * and training loss fell by less than UNDERFIT_STALL nats over the last UNDERFIT_WINDOW
 * epochs: the model has stopped learning, not merely learning slowly.
 */
export const UNDERFIT_MIN_EPOCHS = 50;
export const UNDERFIT_SHARE_OF_CHANCE = 0.65;
export const UNDERFIT_WINDOW = 20;
export const UNDERFIT_STALL = 0.01;

type Losses = Pick<EpochRecord, 'epoch' | 'trainLoss' | 'valLoss'>;

/** What the network-tab rule reads: a run's lowest validation loss, its last epoch, its recent validation losses and its training loss some epochs before. */
export interface RunSummary {
	best: Losses;
	last: Losses;
	/** The lowest validation loss of the last OVERFIT_WINDOW epochs; null while the run is shorter. */
	recentLowestVal: number | null;
	/** Training loss UNDERFIT_WINDOW epochs before the last; null while the run is shorter. */
	trainLossBefore: number | null;
	classes: number;
}

export type RunKind = 'overfitting' | 'underfitting' | 'neither';

/** The loss of a model that gives each of K classes probability 1/K, in nats: ln K. */
export const chanceLoss = (classes: number) => Math.log(classes);

/** Losses above this (nats) count as high for the underfitting rule: UNDERFIT_SHARE_OF_CHANCE · ln K. */
export const highLoss = (classes: number) => UNDERFIT_SHARE_OF_CHANCE * chanceLoss(classes);

/** The network tab's verdict on a run (see the constants above). */
export function diagnoseRun({ best, last, recentLowestVal, trainLossBefore, classes }: RunSummary): RunKind {
	const held =
		recentLowestVal !== null &&
		recentLowestVal > OVERFIT_RISE * best.valLoss &&
		recentLowestVal - best.valLoss > OVERFIT_MIN_RISE;
	if (held && last.trainLoss < best.trainLoss) return 'overfitting';
	const stalled = trainLossBefore !== null && trainLossBefore - last.trainLoss < UNDERFIT_STALL;
	const high = highLoss(classes);
	if (last.epoch >= UNDERFIT_MIN_EPOCHS && last.trainLoss > high && last.valLoss > high && stalled)
		return 'underfitting';
	return 'neither';
}

/** The epochs so far (in order, one per epoch from 0), the epoch of the lowest validation loss and the classes, as the rule reads them; null before any epoch. */
export function summarizeRun(
	history: readonly Losses[],
	bestEpoch: number,
	classes: number
): RunSummary | null {
	const last = history[history.length - 1];
	const best = history.find((r) => r.epoch === bestEpoch);
	if (!last || !best) return null;
	const before = history.find((r) => r.epoch === last.epoch - UNDERFIT_WINDOW);
	const recent = history.filter((r) => r.epoch > last.epoch - OVERFIT_WINDOW);
	return {
		best,
		last,
		recentLowestVal: last.epoch >= OVERFIT_WINDOW ? Math.min(...recent.map((r) => r.valLoss)) : null,
		trainLossBefore: before ? before.trainLoss : null,
		classes
	};
}

/**
 * What the page says about a run: the rule's verdict, or, once early stopping has put back
 * the best epoch's weights, "restored" with the verdict on the epochs it ran past that one.
 */
export type RunVerdict = { summary: RunSummary } & (
	{ kind: RunKind } | { kind: 'restored'; ranPast: RunKind }
);

export function runVerdict(
	history: readonly Losses[],
	bestEpoch: number,
	classes: number,
	restored: boolean
): RunVerdict | null {
	const summary = summarizeRun(history, bestEpoch, classes);
	if (!summary) return null;
	const kind = diagnoseRun(summary);
	return restored ? { summary, kind: 'restored', ranPast: kind } : { summary, kind };
}

/** The regularisation settings of a run. */
interface Regularisers {
	l1: number;
	l2: number;
	drop: number;
	pat: number;
}

/** What else to try against overfitting: never a cure already on, but a stronger dose of it. */
export function overfittingCures({ l1, l2, drop, pat }: Regularisers): string[] {
	return [
		l1 > 0 || l2 > 0 ? 'a stronger penalty' : 'an L2 penalty',
		drop > 0 ? 'more dropout' : 'dropout',
		...(pat > 0 ? [] : ['early stopping']),
		'more training data'
	];
}

/** What to try against underfitting: room to bend, and less regularisation only where some is on. */
export function underfittingCures({
	l1,
	l2,
	drop,
	layers,
	crosses
}: Regularisers & { layers: number; crosses: number }): string[] {
	return [
		layers === 0 ? 'a hidden layer' : 'more hidden units',
		...(crosses === 0 ? ['a feature cross such as x₁² and x₂²'] : []),
		...(l1 > 0 || l2 > 0 || drop > 0 ? ['less regularisation'] : [])
	];
}

/**
 * Polynomial tab: underfitting when training error is more than FIT_UNDER_TRAIN times the
 * lowest validation error of any degree (the curve misses even the points it was fitted to
 * by more than the best degree misses new ones); else overfitting when validation error is
 * more than FIT_OVER_VAL times training error (the curve threads its training points and
 * misses new ones). Underfitting is checked first: a degree-2 curve through a sine misses
 * both sets, the validation set by more, and that is a curve too stiff, not one too bendy.
 * The degree with the lowest validation error is never called underfitting, even when a
 * lucky validation set scores below its training error: every higher degree does worse on
 * new points, so more capacity is not the cure.
 */
export const FIT_UNDER_TRAIN = 1.2;
export const FIT_OVER_VAL = 1.5;

export type FitKind = 'overfitting' | 'underfitting' | 'neither';

/** What the polynomial rule reads: one degree's RMSEs, and the lowest validation RMSE of any degree at the same penalty. */
export interface FitErrors {
	train: number;
	val: number;
	lowestVal: number;
	/** Whether this degree is the one with the lowest validation RMSE. */
	isBest: boolean;
}

/** The polynomial tab's verdict on one degree's fit. */
export function diagnoseFit(errors: FitErrors): FitKind {
	return readFit(errors).kind;
}

/**
 * The verdict with the reason the page gives for it: training error too high, validation
 * error too far above training error, the best degree spared the underfitting test, or both
 * ratios within bounds.
 */
export function readFit({ train, val, lowestVal, isBest }: FitErrors): {
	kind: FitKind;
	why: 'train-high' | 'gap' | 'best-degree' | 'within';
} {
	const trainHigh = train > FIT_UNDER_TRAIN * lowestVal;
	if (trainHigh && !isBest) return { kind: 'underfitting', why: 'train-high' };
	if (val > FIT_OVER_VAL * train) return { kind: 'overfitting', why: 'gap' };
	return { kind: 'neither', why: trainHigh ? 'best-degree' : 'within' };
}

/** A list in words: ["a", "b", "c"] → "a, b or c". */
export function orList(items: readonly string[]): string {
	return items.length > 1
		? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
		: (items[0] ?? '');
}
