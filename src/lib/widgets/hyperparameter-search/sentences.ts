/**
 * The sentences under the map, from the numbers of the run on screen: what the run tried and
 * found, and (on a surface drawn in decades) where its trials fell. Derived once in the state
 * and read by the page.
 */
import { formatPercent } from '$lib/format/format';
import type { DecadeUse } from './analysis';
import { formatParam, formatScore } from './format';
import { strategyNames } from './names';
import type { SearchObjective } from './objectives';
import type { SearchRun } from './runs';

/** What the run tried and the best it found, against the true best. */
export function runSentence(objective: SearchObjective, run: SearchRun, trueBest: number): string {
	const name = objective.params[objective.important].name;
	const full = run.trials.filter((t) => t.resource === 1).length;
	const tried =
		run.configs > full
			? `${run.configs} configurations, ${full} of them trained in full,`
			: `${run.trials.length} trials`;
	const best = run.best
		? `Its best is ${formatScore(run.best.score)}, at ${objective.params[0].name} ${formatParam(run.best.values[0])} and ${objective.params[1].name} ${formatParam(run.best.values[1])}`
		: 'It has no full training yet';
	return `${strategyNames[run.strategy]}: ${tried} tried ${run.distinct} distinct values of ${name}. ${best}; the true best is ${formatScore(trueBest)}.`;
}

/** Where the trials fell among a log-scale hyperparameter's decades. */
export function decadeSentence(decades: DecadeUse): string {
	return `${decades.inTop} of ${decades.configs} configurations have a ${decades.name} in the top decade (${formatParam(decades.topFrom)} or more), where this scale puts ${formatPercent(decades.topShare, 0)} of its draws; ${decades.nearBest} lie within half a decade of the best, ${formatParam(decades.bestValue)}.`;
}
