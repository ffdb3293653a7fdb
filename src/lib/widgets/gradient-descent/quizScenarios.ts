/**
 * Exam-style scenarios (a loss that turns to nan, one that crawls, a jagged curve from tiny batches,
 * the rates that zig-zag or diverge on w²) and computations from stated numbers (one plain step on
 * w², k steps, Adam's first step). Each states the numbers it needs.
 */
import { formatShort } from '$lib/format/format';
import { choiceScenario } from '$lib/quiz/scenario';
import type { Generator } from './quizView';

const f = formatShort;

/**
 * A scenario with one right option among wrong ones, shown in a seeded order so the right one
 * is not always first.
 */
const shuffledScenario =
	(q: { id: string; prompt: string; right: string; wrong: string[]; explanation: string }): Generator =>
	(_, rng) => ({
		id: q.id,
		form: 'scenario',
		kind: 'choice',
		prompt: q.prompt,
		options: rng.shuffle([q.right, ...q.wrong]),
		answer: q.right,
		explanation: q.explanation
	});

/** CURRICULUM's check: on w², which rates zig-zag, which diverge? */
const squareRates: Generator = (_, rng) => {
	const zigzag = rng.int(2) === 0;
	const options = ['0 < η < 0.5', '0.5 < η < 1', 'η > 1', 'Every η > 0'];
	return choiceScenario({
		id: 'square-rates',
		prompt: `Plain gradient descent on the loss L(w) = w², whose gradient is 2w. For which learning rates η does w ${zigzag ? 'zig-zag (jump across 0 every step) yet still converge' : 'diverge'}?`,
		options,
		answer: zigzag ? '0.5 < η < 1' : 'η > 1',
		explanation:
			'One step is w − η · 2w = (1 − 2η)w. The factor 1 − 2η is negative (the sign flips) once η > 0.5, and its size passes 1 (each step lands further out) once η > 1. ' +
			'So 0 < η < 0.5 glides in, 0.5 < η < 1 zig-zags in, η = 1 bounces between ±w for ever, and η > 1 diverges.'
	});
};

const nanLoss = shuffledScenario({
	id: 'nan-loss',
	prompt:
		'A team trains a neural network on SageMaker. After a few epochs the training loss jumps up and then the log shows it as “nan”. The data has no missing values. What should they change first?',
	right: 'Lower the learning rate',
	wrong: ['Raise the learning rate', 'Train for more epochs', 'Use a larger instance type'],
	explanation:
		'A loss that grows and overflows to nan (not a number) is divergence: each step overshoots the minimum by more than it started from, as rates above 1 do on w². A smaller rate (or gradient clipping) makes the steps land inside the valley. More epochs or a bigger machine only diverge further, or faster.'
});

const crawlingLoss = shuffledScenario({
	id: 'crawling-loss',
	prompt:
		'A linear model’s training loss falls smoothly but very slowly: after 100 epochs it is still far from levelling off, and the validation loss tracks it. What is the likeliest fix?',
	right: 'Raise the learning rate, or use an adaptive optimiser such as Adam',
	wrong: ['Add L2 regularisation', 'Lower the learning rate', 'Use a smaller mini-batch size'],
	explanation:
		'A smooth, slow fall with no gap between training and validation is a rate too low, as 0.005 on the bowl: each step keeps 99% of the distance. A larger rate (below where it zig-zags) or Adam, whose steps do not shrink with the gradient, gets there in fewer epochs. Regularisation treats overfitting, which this is not.'
});

const jaggedCurve = shuffledScenario({
	id: 'jagged-curve',
	prompt:
		'A model trained with stochastic gradient descent and mini_batch_size = 1 has a training loss that jumps up and down from step to step instead of falling steadily. Which change smooths the curve, at the same learning rate?',
	right: 'Increase the mini-batch size',
	wrong: ['Decrease the mini-batch size', 'Add more layers', 'Shuffle the data less often'],
	explanation:
		"Each step's gradient is the mean over its batch: one row's gradient points wherever that row pulls, so the path wanders (try “One row” on the iris surface). Averaging over more rows brings each step closer to the full gradient's direction; the price is more computation per step."
});

/** One plain step on w² from a stated w and η. */
const oneStep: Generator = ({ input }, rng) => {
	const w = [1.5, 2, 2.5, 3, -2][rng.int(5)];
	const rate = input.lr <= 1.5 && input.lr >= 0.01 ? input.lr : [0.1, 0.3, 0.75][rng.int(3)];
	const answer = (1 - 2 * rate) * w;
	return {
		id: 'one-step',
		form: 'compute',
		kind: 'number',
		answer,
		tolerance: Math.max(0.005, Math.abs(answer) * 0.005),
		prompt: `Plain gradient descent on L(w) = w² (gradient 2w) with learning rate η = ${f(rate)}, from w = ${f(w)}. What is w after one step?`,
		explanation: `w − η · 2w = (1 − 2 × ${f(rate)}) × ${f(w)} = ${f(1 - 2 * rate)} × ${f(w)} = ${f(answer)}.`
	};
};

/** k plain steps on w²: w is multiplied by (1 − 2η)^k. */
const kSteps: Generator = (_, rng) => {
	const rate = [0.1, 0.2, 0.4][rng.int(3)];
	const k = [3, 5, 10][rng.int(3)];
	const answer = (1 - 2 * rate) ** k;
	return {
		id: 'k-steps',
		form: 'compute',
		kind: 'number',
		answer,
		tolerance: Math.max(0.0005, answer * 0.005),
		prompt: `Plain gradient descent on L(w) = w² with η = ${rate}. After ${k} steps, w is what fraction of where it started?`,
		explanation: `Each step multiplies w by 1 − 2η = ${f(1 - 2 * rate)}, so ${k} steps multiply it by ${f(1 - 2 * rate)}^${k} = ${f(answer)}.`
	};
};

/** Adam's first step: m̂ = g and v̂ = g², so the step is η g / (|g| + ε), about η whatever g is. */
const adamFirst: Generator = (_, rng) => {
	const rate = [0.001, 0.01, 0.05][rng.int(3)];
	const gradient = [40, 0.02, -3, 500][rng.int(4)];
	return {
		id: 'adam-first-step',
		form: 'compute',
		kind: 'number',
		answer: rate,
		tolerance: rate * 0.01,
		prompt: `Adam with learning rate ${rate}, β₁ = 0.9, β₂ = 0.999, starts from m = v = 0. On its first step a weight's gradient is ${gradient}. By how much does that weight move (the size of the step)?`,
		explanation: `After bias correction m̂ = g and v̂ = g² on step 1, so the step is η · g / (√g² + ε) = ${rate} × ${gradient} / |${gradient}| ≈ ${rate}: the rate itself, whatever the gradient's size.`
	};
};

export const scenarioGenerators: Generator[] = [squareRates, nanLoss, crawlingLoss, jaggedCurve];
export const computeGenerators: Generator[] = [oneStep, kSteps, adamFirst];
