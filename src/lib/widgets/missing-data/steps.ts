/**
 * The missing-values story: four steps on the penguins' body mass, each setting the mechanism
 * and the method and saying, from the numbers on screen, what to look at. A step's sentence
 * reads only the state's derived values (the spread, the shrink, the mechanism effects), and
 * `holds` says whether they show its lesson (the unit tests check they do, over seeds). The
 * seed is never set by a step, so every seed stays on it.
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import { counted } from '$lib/format/format';
import type { Outcome, Shrink, StudyData, Summary } from './analysis';
import { VERDICT_SEEDS, type MechanismEffect } from './bias';
import { defaultColumns, type MissingUrlState } from './codec';
import { show, signed } from './quiz';
import { timesText, type SpreadEffect } from './spread';
import { effectOf, judged, withError } from './verdicts';

/** What a step reads from the page (the widget's state provides it). */
export interface MissingStepView {
	data: StudyData | null;
	truth: { summary: Summary } | null;
	results: Outcome[];
	shrink: Shrink | null;
	spread: SpreadEffect | null;
	effects: MechanismEffect[] | null;
	punched: number[];
}

/** Every step: the penguins, their default columns, 30% missing, no cell punched by hand. */
const base: Partial<MissingUrlState> = {
	src: 'penguins',
	col: defaultColumns.penguins[0],
	by: defaultColumns.penguins[1],
	rate: 0.3,
	hand: []
};

/** The rate is free on every step: the lesson holds at other rates too, and the text follows the numbers. */
const free = ['rate'] as const;

function meanShrinks({ data, truth, results, shrink }: MissingStepView): StepText | null {
	const filled = results.find((o) => o.id === 'mean');
	if (!data || !truth || !filled?.summary || filled.fill === null) return null;
	if (!shrink) return { holds: false, text: 'No gap is filled here: raise the share of values removed.' };
	const [before, after] = [truth.summary.r, filled.summary.r];
	const weaker = before !== null && after !== null && Math.abs(after) < Math.abs(before);
	const r =
		before !== null && after !== null
			? `, and r with ${data.byName} from ${show(before)} to ${show(after)}`
			: '';
	return {
		holds: shrink.afterStd < shrink.trueStd && weaker,
		text:
			`${counted(filled.filled.length, 'gap')} get the mean, ${show(filled.fill)}: the spike in the histogram and the flat line in the scatter. ` +
			`σ falls from ${show(shrink.trueStd)} to ${show(shrink.afterStd)} (${timesText(shrink.afterToTruth)} of the truth)${r}.`
	};
}

/** Dropping rows under one mechanism: this seed's kept mean against the truth, and the verdict over seeds. */
function dropRows(view: MissingStepView, mechanism: 'mcar' | 'mnar'): StepText | null {
	const { data, truth, effects, punched } = view;
	if (!data || !truth || truth.summary.mean === null || !effects) return null;
	if (!judged(effects, punched.length))
		return { holds: false, text: 'No row is dropped, or none is kept: move the share of values removed.' };
	const e = effectOf(effects, mechanism);
	const means = `the rows kept average ${show(e.keptMean!)} against the true ${show(truth.summary.mean)}`;
	if (mechanism === 'mcar')
		return {
			holds: !e.systematic,
			text: `Completely at random, ${means}. Over ${VERDICT_SEEDS} seeds the difference averages ${withError(e)}${e.systematic ? '' : ': noise, not a bias'}.`
		};
	const low = e.averageBias! < 0;
	return {
		holds: e.systematic && low,
		text: `Large values of ${data.name} go missing more often, so ${means}. Over ${VERDICT_SEEDS} seeds the difference averages ${withError(e)}${e.systematic ? ': a bias, not noise' : ''}.`
	};
}

function knnFollows({ data, effects, spread, punched }: MissingStepView): StepText | null {
	if (!data || !effects || !spread) return null;
	if (!judged(effects, punched.length)) return { holds: false, text: 'Raise the share of values removed.' };
	const mar = effectOf(effects, 'mar');
	const cuts = mar.recovered !== null && mar.recovered > 0;
	const wider = spread.meanRatio !== null && spread.versusMean === 'less';
	return {
		holds: cuts && wider,
		text:
			`The gaps follow ${data.byName}, which k-NN reads: the filled points follow the cloud, the mean's error goes from ${signed(mar.dropBias!)} (dropping rows) to ${signed(mar.knnBias!)}, ` +
			`and σ is ${timesText(spread.ratio)} of the observed values' σ, against ${timesText(spread.meanRatio ?? 1)} with the mean.`
	};
}

export const missingSteps: StoryStep<MissingUrlState, MissingStepView>[] = [
	{
		id: 'mean-shrinks',
		title: 'The mean fills a spike',
		settings: { ...base, mech: 'mcar', method: 'mean' },
		free,
		say: meanShrinks
	},
	{
		id: 'drop-at-random',
		title: 'Drop rows, at random',
		settings: { ...base, mech: 'mcar', method: 'drop-rows' },
		free,
		say: (view) => dropRows(view, 'mcar')
	},
	{
		id: 'drop-not-at-random',
		title: 'Drop rows, not at random',
		settings: { ...base, mech: 'mnar', method: 'drop-rows' },
		free,
		say: (view) => dropRows(view, 'mnar')
	},
	{
		id: 'knn-follows',
		title: 'k-NN follows the second column',
		settings: { ...base, mech: 'mar', method: 'knn' },
		free,
		say: knnFollows
	}
];
