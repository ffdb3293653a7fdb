/**
 * Predict-then-see questions: what a strategy, a budget or a range's scale will do on the
 * surface on screen. Each answer is computed by the engine's own rule for the changed state,
 * and "Show me" opens exactly that state.
 */
import { gridSide, HALVING_RUNGS } from '$lib/ml/search';
import { showMe } from '$lib/quiz/quiz';
import { searchCodec, type SearchUrlState } from './codec';
import { objectives, type Hyperparameter } from './objectives';
import type { Generator } from './quizView';

/** A budget from `options` other than the one on screen (the page prints the one on screen's numbers). */
const otherBudget = (options: number[], n: number, pick: (k: number) => number) => {
	const others = options.filter((b) => b !== n);
	return others[pick(others.length)];
};

const see = (input: SearchUrlState, label: string, change: Partial<SearchUrlState>) =>
	showMe(label, searchCodec, input, { at: 40, ...change }, 'search-map');

/**
 * The curriculum's check, grid against random: with n trials on two hyperparameters, how many
 * distinct values of the one that matters does the strategy try? `budgets` are its possible n.
 */
const distinctValuesQuestion =
	(
		strat: 'grid' | 'random',
		budgets: number[],
		tried: (n: number) => number,
		why: (n: number, important: Hyperparameter, other: Hyperparameter) => string
	): Generator =>
	({ input, objective }, rng) => {
		const n = otherBudget(budgets, input.n, (k) => rng.int(k));
		const [important, other] = objective.params;
		const name = strat === 'grid' ? 'Grid' : 'Random';
		return {
			id: `${strat}-values`,
			form: 'predict',
			see: see(input, `${strat} search, ${n} trials`, { strat, n }),
			kind: 'number',
			answer: tried(n),
			prompt: `${name} search gets ${n} trials to tune ${important.name} and ${other.name}. How many distinct values of ${important.name} does it try?`,
			explanation: why(n, important, other)
		};
	};

export const gridValues = distinctValuesQuestion(
	'grid',
	[9, 16, 25, 36],
	(n) => gridSide(n, 2),
	(n, important, other) =>
		`A full grid on 2 hyperparameters with ${n} trials has √${n} = ${gridSide(n, 2)} values of each: every value of ${important.name} is tried ${gridSide(n, 2)} times, once with each ${other.name}.`
);

export const randomValues = distinctValuesQuestion(
	'random',
	[9, 12, 16, 20],
	(n) => n,
	(n, important) =>
		`Each random trial draws its own ${important.name}, so ${n} trials try ${n} values (two equal draws from a continuous range are all but impossible). A grid with the same budget tries only ${gridSide(n, 2)}.`
);

/** Rounded to the nearest "about" option. */
const aboutOptions = (values: number[]) => values.map((v) => `About ${v}`);

/**
 * Random search draws learning rates from 0.00001 to 1: how many land at 0.1 or more? On a
 * linear scale the top decade is 90% of the range's length; on a log scale, one of 5 decades.
 */
const topDecadeDraws =
	(scale: 'linear' | 'log'): Generator =>
	({ input }, rng) => {
		const n = [10, 20, 30][rng.int(3)];
		const lr = objectives['log-scale'].params[0];
		// a linear draw lands at ≥ hi/10 with probability (hi − hi/10) / (hi − lo); a log draw with 1/5
		const expected = scale === 'linear' ? Math.round((n * (lr.hi - lr.hi / 10)) / (lr.hi - lr.lo)) : n / 5;
		const options = aboutOptions(
			scale === 'linear'
				? [Math.round(n / 10), Math.round(n / 5), Math.round(n / 2), expected]
				: [expected, Math.round(n / 2), Math.round(0.9 * n), 1]
		);
		return {
			id: scale === 'linear' ? 'linear-top-decade' : 'log-decade-share',
			form: 'predict',
			see: see(input, `random search, ${scale} range, ${n} trials`, {
				obj: 'log-scale',
				strat: 'random',
				scale,
				n
			}),
			kind: 'choice',
			options,
			answer: `About ${expected}`,
			prompt: `Random search draws ${n} learning rates from 0.00001 to 1 on a ${scale === 'linear' ? 'linear' : 'logarithmic'} scale. How many of them will be 0.1 or more?`,
			explanation:
				scale === 'linear'
					? `On a linear scale, 0.1 to 1 is 90% of the range's length, so about ${expected} of ${n} draws land there, though it is only one of the range's 5 decades. Searching on a log scale gives each decade a fifth.`
					: `On a log scale the range is 5 equal decades (10⁻⁵ to 10⁰), and each gets a fifth of the draws: about ${n} ÷ 5 = ${expected}.`
		};
	};

export const linearTopDecade = topDecadeDraws('linear');
export const logDecadeShare = topDecadeDraws('log');

export const gridBudgetWaste: Generator = ({ input, objective }, rng) => {
	const n = otherBudget([12, 15, 20, 24, 30], input.n, (k) => rng.int(k));
	const side = gridSide(n, 2);
	const name = objective.params[objective.important].name;
	return {
		id: 'grid-budget-waste',
		form: 'predict',
		see: see(input, `grid search, ${n} trials`, { strat: 'grid', n }),
		kind: 'number',
		answer: side * side,
		prompt: `A budget of ${n} trials goes to grid search on ${name} and one other hyperparameter, with the same number of values for each. How many trials can a full grid use?`,
		explanation: `A full grid of k values each needs k² trials: ${side}² = ${side * side} ≤ ${n} < ${side + 1}² = ${(side + 1) ** 2}, so ${n - side * side} of the ${n} trials go unused.`
	};
};

export const halvingConfigs: Generator = ({ input }, rng) => {
	const n = otherBudget([6, 9, 12, 15, 21], input.n, (k) => rng.int(k));
	const started = 3 * n;
	const full = Math.floor(Math.floor(started / 3) / 3);
	return {
		id: 'halving-configs',
		form: 'predict',
		see: see(input, `successive halving, ${n} trainings`, { strat: 'hyperband', n }),
		kind: 'number',
		answer: full,
		prompt: `Successive halving (η = 3, ${HALVING_RUNGS} rungs) gets a budget of ${n} full trainings and starts ${started} configurations on 1/9 of a training each. How many configurations are trained in full?`,
		explanation: `Each rung keeps the best third: ${started} → ${Math.floor(started / 3)} at 1/3 of a training → ${full} in full. The cost is ${started}/9 + ${Math.floor(started / 3)}/3 + ${full} = ${+(started / 9 + Math.floor(started / 3) / 3 + full).toFixed(2)} trainings.`
	};
};

export const predictGenerators: Generator[] = [
	gridValues,
	randomValues,
	linearTopDecade,
	logDecadeShare,
	gridBudgetWaste,
	halvingConfigs
];
