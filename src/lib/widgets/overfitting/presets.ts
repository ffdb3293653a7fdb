/**
 * The overfitting story: steps that set the network (or the polynomial) to make one lesson
 * visible, each saying what to look at with the numbers on screen. A network step's numbers
 * come from the run: before the first epoch it says what was built and what to press; once the
 * run shows its lesson (by the rules of diagnosis.ts, which the callouts read too) it says so
 * with the run's figures, and `holds` is true; in between it gives the run's figures so far.
 * The unit tests train each step as the page does and check both ends.
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import type { EpochRecord, TrainingStatus } from '$lib/nn/settings';
import type { OverfittingUrlState } from './codec';
import { chanceLoss, highLoss, OVERFIT_RISE, UNDERFIT_SHARE_OF_CHANCE, type RunVerdict } from './diagnosis';
import { formatLoss, formatRmse } from './format';
import type { PolyData, PolyScore } from './polynomial';

/** A big network on 40 noisy moons, half held out: it memorises the 20 it trains on. */
const overfit: Partial<OverfittingUrlState> = {
	tab: 'network',
	data: 'moons',
	n: 40,
	noise: 0.35,
	tr: 50,
	seed: 1,
	layers: [16, 16, 16],
	act: 'relu',
	opt: 'adam',
	lr: 0.03,
	bs: 10,
	l1: 0,
	l2: 0,
	drop: 0,
	pat: 0,
	restore: 'on',
	cross: []
};

/** The polynomial step's degree: above the best degree at every data seed the tests try. */
export const OVERFIT_DEGREE = 12;

/** What a step reads from the widget's state (OverfittingState provides it). */
export interface StepView {
	input: OverfittingUrlState;
	network: { parameters: number; classes: number; prepared: { train: readonly number[] } };
	session: { last: EpochRecord | null; status: TrainingStatus };
	runVerdict: RunVerdict | null;
	polyData: PolyData;
	polyFit: PolyScore;
	bestFit: PolyScore | null;
	fitVerdict: 'overfitting' | 'underfitting' | 'neither' | null;
}

type Step = StoryStep<OverfittingUrlState, StepView>;
const size = (view: StepView) => `${view.network.parameters} weights and biases`;

/**
 * A network step: `untrained` before the first epoch; `shown` once the verdict shows the
 * lesson (null while it does not); otherwise the run's figures so far.
 */
function networkSay(
	untrained: (view: StepView) => StepText,
	shown: (view: StepView, verdict: RunVerdict) => string | null
) {
	return (view: StepView): StepText => {
		const { last } = view.session;
		const verdict = view.runVerdict;
		if (!last || !verdict || last.epoch === 0) return untrained(view);
		const text = shown(view, verdict);
		if (text) return { holds: true, text };
		const { best } = verdict.summary;
		return {
			holds: false,
			text: `Epoch ${last.epoch}: training loss ${formatLoss(last.trainLoss)}, validation loss ${formatLoss(last.valLoss)}, lowest ${formatLoss(best.valLoss)} at epoch ${best.epoch}. Train on and watch validation loss.`
		};
	};
}

export const overfittingSteps: Step[] = [
	{
		id: 'overfit',
		title: 'Overfit',
		settings: overfit,
		say: networkSay(
			(view) => ({
				holds: view.network.parameters > view.network.prepared.train.length,
				text: `${size(view)} for ${view.network.prepared.train.length} training points. Train 100 epochs and watch validation loss, the dashed line.`
			}),
			(view, { kind, summary: { best, last } }) =>
				kind === 'overfitting'
					? `Validation loss was lowest at epoch ${best.epoch} (${formatLoss(best.valLoss)}) and is ${formatLoss(last.valLoss)} now, while training loss fell to ${formatLoss(last.trainLoss)}: the network memorises its ${view.network.prepared.train.length} training points, noise and all.`
					: null
		)
	},
	{
		id: 'l2',
		title: 'L2 cures it',
		// 0.03, not 0.01: at 0.01 validation loss still rose to 1.6 × its lowest within 300 epochs, and the page called it
		// overfitting (tests/unit/overfittingPresets.test.ts); at 0.1 the penalty flattens the network to a coin toss (loss ln 2)
		settings: { ...overfit, l2: 0.03 },
		say: networkSay(
			(view) => ({
				holds: view.input.l2 > 0,
				text: `The same ${size(view)} with an L2 penalty of ${view.input.l2}: large weights cost loss. Train 100 epochs and compare validation loss with step 1.`
			}),
			(view, { kind, summary: { best, last } }) =>
				kind === 'neither' && last.epoch >= 100
					? `Epoch ${last.epoch}: validation loss ${formatLoss(last.valLoss)}, lowest ${formatLoss(best.valLoss)} at epoch ${best.epoch}; it has not stayed above ${OVERFIT_RISE} × its lowest, so this is not overfitting.`
					: null
		)
	},
	{
		id: 'early',
		title: 'Early stopping',
		settings: { ...overfit, pat: 20, restore: 'on' },
		say: networkSay(
			(view) => ({
				holds: view.input.pat > 0 && view.input.restore === 'on',
				text: `Step 1's network, watched: training stops ${view.input.pat} epochs after the lowest validation loss and puts back that epoch's weights. Press Play.`
			}),
			(view, verdict) => {
				if (verdict.kind !== 'restored') return null;
				const { best, last } = verdict.summary;
				return (
					`Training stopped at epoch ${last.epoch}, ${view.input.pat} epochs after the lowest validation loss (${formatLoss(best.valLoss)}, epoch ${best.epoch}), and the weights of epoch ${best.epoch} are back` +
					(verdict.ranPast === 'overfitting'
						? `; by then validation loss had climbed to ${formatLoss(last.valLoss)}.`
						: '.')
				);
			}
		)
	},
	{
		id: 'underfit',
		title: 'Underfit',
		settings: { ...overfit, data: 'circles', n: 200, noise: 0.1, layers: [], act: 'linear' },
		say: networkSay(
			(view) => ({
				holds: view.input.layers.length === 0,
				text: `No hidden layer: ${size(view)} draw one straight line, and one class is a ring around the other. Train 100 epochs and watch both losses.`
			}),
			(view, { kind, summary: { last } }) =>
				kind === 'underfitting'
					? `Both losses stay above ${formatLoss(highLoss(view.network.classes))} (${UNDERFIT_SHARE_OF_CHANCE} × ln ${view.network.classes}; guessing scores ${formatLoss(chanceLoss(view.network.classes))}): training ${formatLoss(last.trainLoss)}, validation ${formatLoss(last.valLoss)} at epoch ${last.epoch}. A straight line cannot fit a ring.`
					: null
		)
	},
	{
		id: 'polynomial',
		title: `Polynomial: degree ${OVERFIT_DEGREE}`,
		settings: { tab: 'polynomial', deg: OVERFIT_DEGREE, pn: 30, pnoise: 0.25, pval: 30, lam: -9 },
		// another data seed tells the same story (the unit tests try several)
		free: ['pseed'],
		say({ polyData, polyFit, bestFit, fitVerdict, input }) {
			if (polyFit.trainRmse === null || polyFit.valRmse === null || !bestFit)
				return { holds: false, text: `Degree ${input.deg} has no fit here: ${polyFit.problem}.` };
			const errors = `training RMSE ${formatRmse(polyFit.trainRmse)}, validation RMSE ${formatRmse(polyFit.valRmse)}; validation RMSE is lowest at degree ${bestFit.degree} (${formatRmse(bestFit.valRmse)})`;
			const holds = fitVerdict === 'overfitting' && bestFit.degree < input.deg;
			return {
				holds,
				text: holds
					? `Degree ${input.deg} threads its ${polyData.train.x.length} training points and misses new ones: ${errors}. Drag the degree down to find the bottom of the U.`
					: `Degree ${input.deg}: ${errors}.`
			};
		}
	}
];
