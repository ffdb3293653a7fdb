/**
 * The network tab's own questions. A run's losses come from training, which the page does in
 * a worker and cannot redo to grade a question, so the one "predict" here asks what needs
 * no training (a network's size, which "Show me" then shows at epoch 0); the diagnosis and
 * early-stopping questions state a run's numbers and are graded by the page's own rule.
 */
import { choiceScenario } from '$lib/quiz/scenario';
import {
	MAX_HIDDEN_LAYERS,
	MAX_UNITS,
	layerShapes,
	parameterCount,
	type NetworkSpec
} from '$lib/nn/architecture';
import type { Rng } from '$lib/ml/random';
import { formatCount } from '$lib/format/format';
import { showMe, type Question } from '$lib/quiz/quiz';
import { overfittingCodec, type OverfittingUrlState } from './codec';
import {
	diagnoseRun,
	highLoss,
	OVERFIT_RISE,
	OVERFIT_WINDOW,
	UNDERFIT_WINDOW,
	type RunKind
} from './diagnosis';

export interface NetworkQuizView {
	input: OverfittingUrlState;
	/** The network on screen (its inputs count the feature crosses). */
	spec: NetworkSpec;
}

/** A network written as its layer sizes: "2 → 16 → 16 → 1". */
export const architecture = (spec: NetworkSpec) =>
	layerShapes(spec).reduce((text, layer) => `${text} → ${layer.units}`, String(spec.inputs));

const loss = (v: number) => v.toFixed(2);
/** A loss drawn uniformly from [low, high], to the two decimals the question states. */
const draw = (rng: Rng, low: number, high: number) => Number((low + rng.next() * (high - low)).toFixed(2));

/** The layer change a "predict the size" question asks about, and how it is said. */
function layerChange(layers: readonly number[], rng: Rng): { layers: number[]; said: string } {
	const options: { layers: number[]; said: string }[] = [];
	if (layers.length < MAX_HIDDEN_LAYERS)
		options.push({ layers: [...layers, 8], said: 'Add a hidden layer of 8 units after the last one' });
	if (layers.length > 0) options.push({ layers: layers.slice(0, -1), said: 'Remove the last hidden layer' });
	if (layers.length > 0 && layers[0] < MAX_UNITS) {
		const wider = Math.min(MAX_UNITS, 2 * layers[0]);
		options.push({
			layers: [wider, ...layers.slice(1)],
			said: `Give the first hidden layer ${wider} units instead of ${layers[0]}`
		});
	}
	return options[rng.int(options.length)];
}

function weightsQuestion({ input, spec }: NetworkQuizView, rng: Rng): Question {
	const change = layerChange(input.layers, rng);
	const next = { ...spec, hidden: change.layers };
	const answer = parameterCount(next);
	return {
		id: 'net-weights',
		form: 'predict',
		kind: 'number',
		prompt: `The network is ${architecture(spec)} (inputs, hidden layers, output). ${change.said}: how many weights and biases will it have?`,
		answer,
		tolerance: 0,
		explanation: `${architecture(next)}: each layer has inputs × units weights plus one bias per unit: ${layerShapes(
			next
		)
			.map((l) => `${l.inputs}·${l.units} + ${l.units}`)
			.join(' + ')} = ${formatCount(answer)}. More weights for the same points make memorising them easier.`,
		see: showMe(architecture(next), overfittingCodec, input, { tab: 'network', layers: change.layers })
	};
}

function earlyStopQuestion({ input }: NetworkQuizView, rng: Rng): Question {
	const patience = input.pat > 0 ? input.pat : 20;
	const best = 15 + rng.int(60);
	return {
		id: 'early-stop',
		form: 'compute',
		kind: 'number',
		prompt: `Early stopping with a patience of ${patience} epochs: validation loss is lowest at epoch ${best} and never lower after it. At which epoch does training stop?`,
		answer: best + patience,
		tolerance: 0,
		explanation: `It waits ${patience} epochs without a new lowest validation loss: ${best} + ${patience} = ${best + patience}. With "restore the best epoch's weights" on, the network then goes back to epoch ${best}'s weights.`
	};
}

/** The three runs the diagnosis question describes, as the rule reads them (two-class, so ln 2 is the chance loss). */
function describedRun(kind: RunKind, rng: Rng) {
	const last = 120 + 10 * rng.int(6);
	if (kind === 'overfitting') {
		const bestVal = draw(rng, 0.25, 0.4);
		const low = Number((bestVal * (1.5 + rng.next())).toFixed(2));
		return {
			best: { epoch: 20 + rng.int(30), trainLoss: draw(rng, 0.2, 0.3), valLoss: bestVal },
			last: { epoch: last, trainLoss: draw(rng, 0.01, 0.05), valLoss: low + 0.04 },
			low,
			before: draw(rng, 0.05, 0.08)
		};
	}
	if (kind === 'underfitting') {
		const val = draw(rng, 0.66, 0.68);
		const train = draw(rng, 0.66, 0.69);
		return {
			best: { epoch: 10 + rng.int(20), trainLoss: train, valLoss: val },
			last: { epoch: last, trainLoss: train, valLoss: val + 0.01 },
			low: val,
			before: train
		};
	}
	const val = draw(rng, 0.15, 0.25);
	const train = Number((val - 0.05).toFixed(2));
	return {
		best: { epoch: last - 2, trainLoss: train + 0.01, valLoss: val },
		last: { epoch: last, trainLoss: train, valLoss: val + 0.01 },
		low: val,
		before: train + 0.12
	};
}

function diagnoseQuestion(_: NetworkQuizView, rng: Rng): Question {
	const kinds: RunKind[] = ['overfitting', 'underfitting', 'neither'];
	const run = describedRun(kinds[rng.int(3)], rng);
	const options = ['Overfitting', 'Underfitting', 'Neither: it is still learning'];
	const verdict = diagnoseRun({
		best: run.best,
		last: run.last,
		recentLowestVal: run.low,
		trainLossBefore: run.before,
		classes: 2
	});
	const answer = options[kinds.indexOf(verdict)];
	const { best, last } = run;
	const why: Record<RunKind, string> = {
		overfitting: `Validation loss has stayed at ${loss(run.low)} or more for ${OVERFIT_WINDOW} epochs, over ${OVERFIT_RISE} × its lowest (${loss(OVERFIT_RISE * best.valLoss)}), while training loss fell from ${loss(best.trainLoss)} to ${loss(last.trainLoss)}: the network learns its training points' noise. Cures: more data, L1/L2, dropout, early stopping.`,
		underfitting: `Both losses sit near ln 2 = 0.69, what guessing 50:50 scores, and training loss has stopped falling (${loss(run.before)} → ${loss(last.trainLoss)} in ${UNDERFIT_WINDOW} epochs): the model cannot fit even its training points. Cures: more units or layers, feature crosses, less regularisation.`,
		neither: `Validation loss is near its lowest and training loss still falls (${loss(run.before)} → ${loss(last.trainLoss)} in ${UNDERFIT_WINDOW} epochs), both well under ${loss(highLoss(2))}: it is learning, with no sign of over- or underfitting yet.`
	};
	return choiceScenario({
		id: 'net-diagnose',
		prompt: `A two-class network after ${last.epoch} epochs. Training loss: ${loss(best.trainLoss)} at epoch ${best.epoch}, ${loss(run.before)} at epoch ${last.epoch - UNDERFIT_WINDOW}, ${loss(last.trainLoss)} now. Validation loss: lowest ${loss(best.valLoss)} at epoch ${best.epoch}; ${loss(run.low)} to ${loss(last.valLoss)} over the last ${OVERFIT_WINDOW} epochs. What do you see?`,
		options,
		answer,
		explanation: why[verdict]
	});
}

export const networkGenerators = [weightsQuestion, earlyStopQuestion, diagnoseQuestion];
