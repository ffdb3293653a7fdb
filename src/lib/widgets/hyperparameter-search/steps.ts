/**
 * The story: five steps that make the traps visible. Each step sets the surface, the strategy,
 * the budget and the scale, and says from the numbers on screen what to look at; `holds`
 * says whether they show the lesson (the unit tests check they do, over seeds). The seed and
 * the trials shown are free: every seed stays on the step.
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import { formatPercent } from '$lib/format/format';
import { VERDICT_SEEDS, type DecadeUse, type GridAgainstRandom } from './analysis';
import type { SearchUrlState } from './codec';
import { formatParam, formatScore, listValues } from './format';
import type { SearchObjective } from './objectives';
import type { SearchRun } from './runs';

/** What a step reads from the page (the widget's state provides it). */
export interface SearchStepView {
	input: SearchUrlState;
	objective: SearchObjective;
	run: SearchRun | null;
	trueBest: number;
	peakValues: [number, number];
	tried: number[];
	versus: GridAgainstRandom;
	decades: DecadeUse | null;
	otherScale: number | null;
	randomBest: number;
}

/** A best this far below the true best has missed the peak. */
export const MISSED = 0.1;
/** Bayesian search within this of the true best has found the peak. */
export const FOUND = 0.05;

const free = ['seed', 'at'] as const;
const nineTrials: Partial<SearchUrlState> = { obj: 'one-matters', n: 9, scale: 'linear' };

function gridThree({ run, objective, tried, trueBest, peakValues }: SearchStepView): StepText | null {
	if (!run || run.strategy !== 'grid' || !run.best) return null;
	const [important, other] = objective.params;
	return {
		holds: run.distinct === 3 && run.best.score < trueBest - MISSED,
		text:
			`The grid's ${run.trials.length} trials try only ${run.distinct} values of ${important.name} (${listValues(tried)}), each three times with a different ${other.name}, which barely matters. ` +
			`Its best is ${formatScore(run.best.score)}; the true best is ${formatScore(trueBest)}, at ${important.name} ${formatParam(peakValues[0])}, between the grid's values.`
	};
}

function randomNine({ run, objective, versus }: SearchStepView): StepText | null {
	if (!run || run.strategy !== 'random' || !run.best) return null;
	const name = objective.params[objective.important].name;
	return {
		holds: run.distinct === run.trials.length && versus.randomWins > VERDICT_SEEDS / 2,
		text:
			`The same ${run.trials.length} trials at random try ${run.distinct} values of ${name}; this seed's best is ${formatScore(run.best.score)}. ` +
			`Over ${VERDICT_SEEDS} seeds random search beats the grid's ${formatScore(versus.gridBest)} on ${versus.randomWins}, with a mean best of ${formatScore(versus.randomMean)}.`
	};
}

function linearWaste({ run, decades, trueBest }: SearchStepView): StepText | null {
	if (!run || !run.best || !decades) return null;
	return {
		holds: decades.inTop > decades.configs / 2 && run.best.score < trueBest - MISSED,
		text:
			`On a linear range, ${decades.inTop} of ${decades.configs} trials have a ${decades.name} of ${formatParam(decades.topFrom)} or more: the top one of the range's ${decades.decades} decades, where a linear range puts ${formatPercent(decades.topShare, 0)} of its draws. ` +
			`${decades.nearBest} land within half a decade of the best ${decades.name}, ${formatParam(decades.bestValue)}; the best score is ${formatScore(run.best.score)} against a true best of ${formatScore(trueBest)}.`
	};
}

function logRange({ run, decades, otherScale }: SearchStepView): StepText | null {
	if (!run || !run.best || !decades || otherScale === null) return null;
	return {
		holds: decades.nearBest > 0 && run.best.score > otherScale + MISSED,
		text:
			`On a log range every decade gets the same share of draws (${formatPercent(decades.topShare, 0)}): ${decades.inTop} of ${decades.configs} trials in the top decade, ${decades.nearBest} within half a decade of ${formatParam(decades.bestValue)}. ` +
			`The best score is ${formatScore(run.best.score)}; the same seed on a linear range found ${formatScore(otherScale)}.`
	};
}

function bayesCloses({ run, trueBest, randomBest }: SearchStepView): StepText | null {
	if (!run || run.strategy !== 'bayes' || !run.best) return null;
	const found = run.best.score >= trueBest - FOUND;
	return {
		holds: found && run.best.score > randomBest,
		text:
			`After 3 random trials, each next trial goes where the model's expected improvement is highest: near its best guesses, or where it is unsure. ` +
			`Its best after ${run.trials.length} trials is ${formatScore(run.best.score)}, against a true best of ${formatScore(trueBest)}; random search on the same seed reached ${formatScore(randomBest)}. Step through the trials to see the model's mean and uncertainty after each.`
	};
}

export const searchSteps: StoryStep<SearchUrlState, SearchStepView>[] = [
	{
		id: 'grid-three',
		title: 'Grid: 9 trials, 3 values',
		settings: { ...nineTrials, strat: 'grid' },
		free,
		say: gridThree
	},
	{
		id: 'random-nine',
		title: 'Random: 9 trials, 9 values',
		settings: { ...nineTrials, strat: 'random' },
		free,
		say: randomNine
	},
	{
		id: 'linear-waste',
		title: 'A linear range wastes decades',
		settings: { obj: 'log-scale', strat: 'random', n: 20, scale: 'linear' },
		free,
		say: linearWaste
	},
	{
		id: 'log-range',
		title: 'A log range spreads them',
		settings: { obj: 'log-scale', strat: 'random', n: 20, scale: 'log' },
		free,
		say: logRange
	},
	{
		id: 'bayes',
		title: 'Bayesian search closes in',
		settings: { obj: 'log-scale', strat: 'bayes', n: 20, scale: 'log' },
		free,
		say: bayesCloses
	}
];
