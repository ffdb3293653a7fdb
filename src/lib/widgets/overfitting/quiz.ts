/** "Check yourself" questions from the run and the fits on screen. */
import { createRng } from '$lib/ml/random';
import type { NetworkSpec } from '$lib/nn/architecture';
import { layerShapes } from '$lib/nn/architecture';
import type { EpochRecord } from '$lib/nn/settings';
import type { Question } from '$lib/ui/quiz';
import type { PolyScore } from './polynomial';

export interface OverfittingQuizView {
	spec: NetworkSpec;
	history: EpochRecord[];
	bestEpoch: number;
	patience: number;
	/** The polynomial tab's degree sweep and current degree. */
	sweep: PolyScore[];
	degree: number;
}

const loss = (v: number) => v.toFixed(3);
type Generator = (v: OverfittingQuizView) => Question | null;

const generators: Generator[] = [
	({ history, bestEpoch }) => {
		if (history.length < 11) return null;
		const best = history[bestEpoch];
		return {
			id: 'best-epoch',
			form: 'compute',
			kind: 'number',
			prompt: `Look at the loss curves of this run (${history.length - 1} epochs so far): at which epoch did validation loss reach its minimum?`,
			answer: bestEpoch,
			tolerance: 0,
			explanation: `Validation loss was lowest at epoch ${bestEpoch} (${loss(best.valLoss)}). That is the epoch early stopping would keep: after it, the network fits the training points' noise.`
		};
	},
	({ history, bestEpoch }) => {
		const last = history[history.length - 1];
		if (history.length < 30 || !last) return null;
		const best = history[bestEpoch];
		const rising = last.valLoss > 1.2 * best.valLoss && last.trainLoss < history[bestEpoch].trainLoss;
		const options = ['Overfitting', 'Underfitting', 'Neither: both still fall together'];
		const answer = rising ? options[0] : last.trainLoss > 0.5 && last.valLoss > 0.5 ? options[1] : options[2];
		return {
			id: 'diagnose',
			form: 'compute',
			kind: 'choice',
			prompt: `At epoch ${last.epoch}, training loss is ${loss(last.trainLoss)} and validation loss ${loss(last.valLoss)} (its best was ${loss(best.valLoss)} at epoch ${bestEpoch}). What do you see?`,
			options,
			answer,
			explanation:
				answer === options[0]
					? 'Training loss keeps falling while validation loss has risen from its minimum: the network memorises the training points. Cures: more data, L1/L2, dropout, early stopping, a smaller network.'
					: answer === options[1]
						? 'Both losses stay high: the model is too simple (or too constrained) for the pattern. Cures: more capacity, feature crosses, less regularisation.'
						: 'Validation loss is still near its best: no sign of overfitting yet, and the model does learn.'
		};
	},
	({ spec }) => {
		const shapes = layerShapes(spec);
		const total = shapes.reduce((sum, l) => sum + l.parameters, 0);
		return {
			id: 'parameters',
			form: 'compute',
			kind: 'number',
			prompt: `How many weights and biases does this network (${[spec.inputs, ...spec.hidden, shapes[shapes.length - 1].units].join(' → ')}) have?`,
			answer: total,
			tolerance: 0,
			explanation: `Each layer has inputs × units weights plus one bias per unit: ${shapes.map((l) => `${l.inputs}·${l.units} + ${l.units}`).join(' + ')} = ${total}.`
		};
	},
	({ patience, bestEpoch, history }) => {
		if (patience === 0 || history.length < 2) return null;
		return {
			id: 'patience',
			form: 'compute',
			kind: 'number',
			prompt: `Early stopping with patience ${patience}: if validation loss is best at epoch ${bestEpoch} and never improves again, at which epoch does training stop?`,
			answer: bestEpoch + patience,
			tolerance: 0,
			explanation: `It waits ${patience} epochs without a new best: ${bestEpoch} + ${patience} = ${bestEpoch + patience}, then restores epoch ${bestEpoch}'s weights.`
		};
	},
	({ sweep, degree }) => {
		const score = sweep[degree - 1];
		if (!score || score.trainRmse === null || score.valRmse === null) return null;
		const fitted = sweep.filter((s) => s.valRmse !== null);
		const bestVal = fitted.reduce((a, b) => (b.valRmse! < a.valRmse! ? b : a));
		const options = ['Overfitting', 'Underfitting', 'About right'];
		const answer = degree > bestVal.degree + 2 ? options[0] : degree < bestVal.degree - 1 ? options[1] : options[2];
		return {
			id: 'poly-degree',
			form: 'compute',
			kind: 'choice',
			prompt: `Polynomial tab, degree ${degree}: training RMSE ${score.trainRmse.toFixed(3)}, validation RMSE ${score.valRmse.toFixed(3)}. Over- or underfitting?`,
			options,
			answer,
			explanation: `Validation RMSE is lowest at degree ${bestVal.degree} (${bestVal.valRmse!.toFixed(3)}). Well above that degree the curve chases the noise (overfitting); well below, it cannot bend enough (underfitting).`
		};
	},
	() => {
		const options = ['L1', 'L2'];
		return {
			id: 'l1-zeros',
			form: 'compute',
			kind: 'choice',
			prompt: 'Which penalty drives some weights to exactly zero, and so selects features?',
			options,
			answer: 'L1',
			explanation: 'L1 adds λ·Σ|w|, whose pull toward 0 does not weaken near 0, so small weights land on 0. L2 adds λ·Σw², whose pull fades as a weight shrinks: it makes weights small, rarely zero.'
		};
	}
];

export function overfittingQuestions(view: OverfittingQuizView, seed: number, count = 4): Question[] {
	const available = generators.map((make) => make(view)).filter((q): q is Question => q !== null);
	return createRng(seed).shuffle(available).slice(0, count);
}
