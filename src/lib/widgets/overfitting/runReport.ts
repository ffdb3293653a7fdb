/**
 * What the network tab says about a run, derived once from the verdict (diagnosis.ts) and the
 * run's figures for its callout, the loss chart's marker and the maths: pure functions, no state.
 */
import type { PenaltyTerm } from '$lib/nn/penalty';
import type { EpochRecord } from '$lib/nn/settings';
import type { OverfittingUrlState } from './codec';
import {
	chanceLoss,
	highLoss,
	orList,
	OVERFIT_RISE,
	OVERFIT_WINDOW,
	overfittingCures,
	UNDERFIT_SHARE_OF_CHANCE,
	UNDERFIT_WINDOW,
	underfittingCures,
	type RunVerdict
} from './diagnosis';
import { formatCount } from '$lib/format/format';
import { formatLoss as loss } from './format';

/** The callout on the run: which verdict (its test id) and what it says; null while the run shows neither. */
export function verdictCallout(
	verdict: RunVerdict | null,
	input: OverfittingUrlState,
	classes: number
): { kind: 'overfitting' | 'underfitting' | 'restored'; text: string } | null {
	if (!verdict) return null;
	const { best: low, last: end } = verdict.summary;
	const regularisers = { l1: input.l1, l2: input.l2, drop: input.drop, pat: input.pat };
	switch (verdict.kind) {
		case 'overfitting':
			return {
				kind: 'overfitting',
				text: `Overfitting: for ${OVERFIT_WINDOW} epochs validation loss has stayed above ${OVERFIT_RISE} × its lowest (${loss(low.valLoss)}, epoch ${low.epoch}); it is ${loss(end.valLoss)} now, while training loss fell from ${loss(low.trainLoss)} to ${loss(end.trainLoss)}. The network is learning the training points' noise, not the pattern. Try ${orList(overfittingCures(regularisers))}.`
			};
		case 'restored':
			return {
				kind: 'restored',
				text:
					`Weights restored: validation loss was lowest at epoch ${low.epoch} (${loss(low.valLoss)}) and did not improve for ${input.pat} epochs, reaching ${loss(end.valLoss)} at epoch ${end.epoch}` +
					(verdict.ranPast === 'overfitting'
						? ` while training loss fell from ${loss(low.trainLoss)} to ${loss(end.trainLoss)}: the network had begun to overfit`
						: '') +
					`. Early stopping put epoch ${low.epoch}'s weights back, so the boundary and the figures above are that epoch's.`
			};
		case 'underfitting':
			return {
				kind: 'underfitting',
				text: `Underfitting: after ${end.epoch} epochs both losses are above ${loss(highLoss(classes))} (${UNDERFIT_SHARE_OF_CHANCE} × ln ${classes}; guessing scores ${loss(chanceLoss(classes))}): training ${loss(end.trainLoss)}, validation ${loss(end.valLoss)}; and training loss has stopped falling (${loss(verdict.summary.trainLossBefore ?? end.trainLoss)} at epoch ${end.epoch - UNDERFIT_WINDOW}). The model cannot fit even its training points: try ${orList(underfittingCures({ ...regularisers, layers: input.layers.length, crosses: input.cross.length }))}.`
			};
		default:
			return null;
	}
}

/** The loss chart's marker at the lowest validation loss; once the run overfits, it says so. */
export function bestMarkerLabel(bestEpoch: number, verdict: RunVerdict | null): string {
	return `lowest validation loss (epoch ${bestEpoch})${verdict?.kind === 'overfitting' ? ': overfitting after it' : ''}`;
}

/** The loss being minimised now, term by term: "cross-entropy 0.412 on 20 training points + L2 0.03 × Σw² (12.31) = 0.781". */
export function objectiveSentence(
	current: EpochRecord,
	objective: { terms: PenaltyTerm[]; total: number },
	trainingPoints: number,
	restored: boolean
): string {
	const terms = objective.terms
		.map((t) => ` + ${t.name} ${t.rate} × ${t.sum} (${t.value.toFixed(2)})`)
		.join('');
	return (
		`${restored ? `With the restored weights of epoch ${current.epoch}` : 'Now'}: cross-entropy ${loss(current.trainLoss)} on ${trainingPoints} training points${terms}${objective.terms.length ? ` = ${loss(objective.total)}` : ''}. ` +
		`The validation points are never trained on: their loss, ${loss(current.valLoss)}, estimates how the network does on new data.`
	);
}

/** How a long run's curves thin their older epochs; null while they show every one. */
export function thinnedSentence(thinned: { stride: number; fullFrom: number } | null): string | null {
	return thinned
		? `A long run: the curves and their tables keep every epoch from epoch ${formatCount(thinned.fullFrom)} on, and one epoch in ${formatCount(thinned.stride)} before it (with the lowest validation loss's), so that they stay quick to draw.`
		: null;
}
