/**
 * Exam-style cases asked on both tabs: tell overfitting from underfitting by the scores a
 * case states, and pick the remedy the exam expects (more data, L1/L2, dropout, early
 * stopping against overfitting; more capacity or features, less regularisation against
 * underfitting).
 */
import type { Rng } from '$lib/ml/random';
import { choiceScenario } from '$lib/quiz/scenario';
import type { Question } from '$lib/quiz/quiz';

const REGULARISE = 'Add dropout or an L1/L2 penalty, or stop training early';
const MORE_CAPACITY = 'Add capacity (more units, layers or features) and lower the regularisation';

function overfitRemedy(rng: Rng): Question {
	const train = 97 + rng.int(3);
	const val = 66 + rng.int(10);
	return choiceScenario({
		id: 'remedy-overfit',
		prompt: `A bank's fraud model, a neural network, scores ${train}% accuracy on its training data and ${val}% on validation data. Which change is most likely to help?`,
		options: [
			REGULARISE,
			'Add more hidden layers and units',
			'Train for more epochs',
			'Remove the regularisation it has'
		],
		answer: REGULARISE,
		explanation: `Training ${train}% against validation ${val}%: a gap of ${train - val} points is overfitting (high variance), the network remembering its training rows. Regularisation, early stopping or more data close the gap; more capacity, more epochs or less regularisation widen it.`
	});
}

function underfitRemedy(rng: Rng): Question {
	const majority = 60 + rng.int(6);
	const train = majority + 2 + rng.int(3);
	const val = train - 1;
	return choiceScenario({
		id: 'remedy-underfit',
		prompt: `A churn model scores ${train}% accuracy on its training data and ${val}% on validation data; always predicting "stays" would score ${majority}%. It was trained with a strong L2 penalty. Which change is most likely to help?`,
		options: [MORE_CAPACITY, 'Add dropout', 'Stop training earlier', 'Raise the L2 penalty'],
		answer: MORE_CAPACITY,
		explanation: `Training and validation scores are close (${train}% and ${val}%) and barely above the ${majority}% of always saying "stays": the model underfits (high bias); it cannot fit even its training rows. It needs room to bend: more capacity or features, less regularisation. Dropout, earlier stopping and a larger penalty each take room away.`
	});
}

function l1Selects(rng: Rng): Question {
	const features = [200, 500, 1000][rng.int(3)];
	return choiceScenario({
		id: 'l1-selects',
		prompt: `A linear model has ${features} features, most of them irrelevant. Which regularisation can set the weights of the irrelevant ones to exactly zero, so the model selects features?`,
		options: ['L1', 'L2', 'Dropout', 'Early stopping'],
		answer: 'L1',
		explanation:
			'L1 adds λ·Σ|w|, whose pull toward 0 does not weaken near 0, so small weights land on exactly 0. L2 adds λ·Σw², whose pull fades as a weight shrinks: it makes weights small, rarely zero. Dropout and early stopping zero no weight.'
	});
}

export const scenarioGenerators = [overfitRemedy, underfitRemedy, l1Selects];
