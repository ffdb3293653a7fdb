/**
 * The bias lesson in words: what dropping rows does to the mean under each mechanism (bias or
 * noise, judged over seeds) and how much of it k-NN imputation recovers. Derived once from
 * the mechanism effects, so the page's paragraphs and the story steps say the same thing.
 * Plain TypeScript, so the unit tests run it without Svelte.
 */
import type { Mechanism } from '$lib/ml/missingness';
import type { StudyData } from './analysis';
import { SYSTEMATIC_ERRORS, VERDICT_SEEDS, type MechanismEffect } from './bias';
import { show, signed } from './quiz';

/** The two paragraphs under the bias table; null when some number they read is undefined. */
export interface BiasVerdicts {
	/** Dropping rows under each mechanism: bias or noise, over {@link VERDICT_SEEDS} seeds. */
	bias: string;
	/** k-NN against dropping rows under MAR and MNAR, ending "…predicts <column>:". */
	knn: string;
	/** Share of the MNAR bias k-NN removes, in whole percent; null when it removes none. */
	mnarRecovered: number | null;
}

const label = (e: MechanismEffect) => e.mechanism.toUpperCase();
/** The average bias with its standard error, the one quantity the verdict reads. */
export const withError = (e: MechanismEffect) => `${signed(e.averageBias!)} ± ${show(e.standardError ?? 0)}`;
const list = (items: string[]) =>
	items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** Whether every number the verdicts read exists: some holes punched, some rows kept under every mechanism. */
export function judged(effects: readonly MechanismEffect[] | null, punched: number): boolean {
	return (
		effects !== null &&
		punched > 0 &&
		effects.every((e) => e.dropBias !== null && e.averageBias !== null && e.standardError !== null)
	);
}

/** The effect of one mechanism among `effects`. */
export function effectOf(effects: readonly MechanismEffect[], mechanism: Mechanism): MechanismEffect {
	return effects.find((e) => e.mechanism === mechanism)!;
}

/** k-NN against dropping rows for one mechanism, in words that follow the numbers. */
function knnWords(e: MechanismEffect): string {
	const cuts = e.recovered !== null && e.recovered > 0;
	return cuts
		? `cuts the ${label(e)} bias from ${signed(e.dropBias!)} to ${signed(e.knnBias!)}`
		: `leaves the ${label(e)} bias at ${e.knnBias === null ? 'undefined' : signed(e.knnBias)} (${signed(e.dropBias!)} by dropping rows)`;
}

/** The verdicts on the effects at this rate and seed; null when {@link judged} is false. */
export function biasVerdicts(
	effects: readonly MechanismEffect[] | null,
	punched: number,
	data: Pick<StudyData, 'name' | 'byName'>
): BiasVerdicts | null {
	if (!effects || !judged(effects, punched)) return null;
	const mcar = effectOf(effects, 'mcar');
	const notRandom = effects.filter((e) => e.mechanism !== 'mcar');
	const biased = notRandom.filter((e) => e.systematic);
	const parts = [
		mcar.systematic
			? `Here even completely at random, the bias averages ${withError(mcar)} over ${VERDICT_SEEDS} seeds: more than ${SYSTEMATIC_ERRORS} standard errors from 0.`
			: `Completely at random, the rows kept are a random sample: over ${VERDICT_SEEDS} seeds the bias averages ${withError(mcar)}, within ${SYSTEMATIC_ERRORS} standard errors of 0: noise.`
	];
	if (biased.length > 0)
		parts.push(
			`Under ${list(biased.map(label))} it averages ${list(biased.map(withError))}: more than ${SYSTEMATIC_ERRORS} standard errors from 0, a bias.`
		);
	for (const e of notRandom.filter((e) => !e.systematic))
		parts.push(
			`Under ${label(e)} it averages ${withError(e)}, within ${SYSTEMATIC_ERRORS} standard errors of 0 here.`
		);
	parts.push('Dropping rows is unbiased only when values go missing completely at random.');
	const mnar = effectOf(effects, 'mnar');
	return {
		bias: parts.join(' '),
		knn:
			`k-NN fills each gap from rows with a similar ${data.byName}: it ${knnWords(effectOf(effects, 'mar'))}, and ${knnWords(mnar)}. ` +
			`Under MAR the gaps follow ${data.byName}, which k-NN sees; under MNAR they follow ${data.name} itself, so k-NN recovers the bias only as far as ${data.byName} predicts ${data.name}:`,
		mnarRecovered: mnar.recovered !== null && mnar.recovered > 0 ? Math.round(100 * mnar.recovered) : null
	};
}
