/**
 * Stories that set the scores and costs to make one lesson visible. Each story's verdict is
 * written from the numbers of the state it builds, so it says only what the page shows; a
 * claim that these numbers do not bear out is left out of the sentence, and `holds` says
 * whether the lesson showed (the unit tests check it does, over many seeds).
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import { formatAmount, formatCount } from '$lib/format/format';
import { formatMetric } from '$lib/metrics/metricInfo';
import { precisionAtRecall, type CostComparison, type ScoreAnalysis } from './analysis';
import type { ThresholdUrlState } from './codec';
import { featureNames } from './penguinFeatures';
import { formatThreshold } from './format';
import { costlyMisses, rarePositives } from './storySettings';

const f = formatMetric;

/** What a story's verdict reads: the analysed score sets, the inputs and the cost rule. */
export interface StoryView {
	a: ScoreAnalysis;
	b: ScoreAnalysis | null;
	input: ThresholdUrlState;
	cost: CostComparison;
}

export interface Preset {
	id: string;
	name: string;
	settings: Partial<ThresholdUrlState>;
	/** What to look at, said with the live numbers once the story is applied. */
	verdict(view: StoryView): StepText;
}

/** ROC AUCs this close are "nearly the same" (the curves lie on top of each other). */
export const sameAucGap = 0.03;
/** A cheapest threshold at most this far from c_FP / (c_FP + c_FN) is "close to" it. */
export const nearFormula = 0.03;

/** The cheapest threshold beside the formula, for the two cost stories. */
function costSentence({ cost, a }: StoryView, far: boolean, direction: 'below' | 'above'): string {
	const t = cost.cheapest.threshold;
	const formula = cost.formula ?? 0.5;
	const near = Math.abs(t - formula) <= nearFormula;
	return (
		`The cheapest threshold on these ${formatCount(a.set.scores.length)} samples is ${formatThreshold(t)}` +
		`${far ? `, well ${direction} 0.5` : ''}${near ? ', close to' : '; compare'} c_FP / (c_FP + c_FN) = ${f(formula)}, the best threshold for calibrated probabilities`
	);
}

export const presets: Preset[] = [
	{
		id: 'imbalance',
		name: 'ROC hides rare positives',
		settings: rarePositives,
		verdict({ a, b, input }) {
			if (!b) return { holds: false, text: 'Turn on the comparison with B to see this story.' };
			const same = Math.abs(a.auc - b.auc) <= sameAucGap;
			const precisionA = precisionAtRecall(a.index, 0.5);
			const precisionB = precisionAtRecall(b.index, 0.5);
			const mostlyFalse = precisionB !== null && precisionB < 0.5;
			return {
				holds: same && mostlyFalse && b.ap < a.ap,
				text:
					`A and B have the same separation (${input.sep}); only B's positives are rare (${input.bpos}%). ` +
					`Their ROC AUCs ${same ? 'nearly match' : 'differ'}: ${f(a.auc)} and ${f(b.auc)}. Average precision ${b.ap < a.ap ? 'falls' : 'goes'} from ${f(a.ap)} to ${f(b.ap)}: ` +
					`to catch half its positives, A flags with precision ${f(precisionA)}, B with ${f(precisionB)}${mostlyFalse ? ", so at that recall most of B's flags are false alarms" : ''}.`
			};
		}
	},
	{
		id: 'better-model',
		name: 'Which model is better?',
		settings: {
			src: 'simulated',
			n: 1000,
			pos: 20,
			bpos: 20,
			sep: 1.2,
			bsep: 2.5,
			sd: 1,
			cmp: 'on',
			pick: 'f1'
		},
		verdict({ a, b, input }) {
			if (!b) return { holds: false, text: 'Turn on the comparison with B to see this story.' };
			const better = b.auc > a.auc && b.ap > a.ap;
			return {
				holds: better,
				text:
					`B separates the classes more than A (${input.bsep} against ${input.sep})${better ? ', so its ROC curve bows further to the top left' : ''}: ` +
					`ROC AUC ${f(b.auc)} against ${f(a.auc)}, average precision ${f(b.ap)} against ${f(a.ap)}. ` +
					"Both areas cover every threshold at once: moving the threshold moves each model's point along its own curve, not the areas."
			};
		}
	},
	{
		id: 'screening',
		name: 'Costly misses (screening)',
		settings: costlyMisses,
		verdict(view) {
			const far = view.cost.cheapest.threshold <= 0.25;
			const ratio = formatAmount(view.input.cfn / view.input.cfp);
			return {
				holds: far,
				text: `A missed case costs ${ratio} times a false alarm. ${costSentence(view, far, 'below')}: flag generously and let a second test sort out the false alarms.`
			};
		}
	},
	{
		id: 'spam',
		name: 'Costly false alarms (spam filter)',
		settings: {
			src: 'simulated',
			n: 20_000,
			pos: 40,
			sep: 2,
			sd: 1,
			cfp: 20,
			cfn: 1,
			cmp: 'off',
			hist: 'share',
			pick: 'cost'
		},
		verdict(view) {
			const far = view.cost.cheapest.threshold >= 0.75;
			const ratio = formatAmount(view.input.cfp / view.input.cfn);
			return {
				holds: far,
				text: `Losing a real e-mail costs ${ratio} times letting a spam through. ${costSentence(view, far, 'above')}: flag only what is almost surely spam.`
			};
		}
	},
	{
		id: 'penguins',
		name: 'Real data: penguin sex',
		settings: {
			src: 'penguins',
			fa: ['bill_depth_mm', 'body_mass_g'],
			fb: ['flipper_length_mm'],
			cmp: 'on',
			pick: 'f1'
		},
		verdict({ a, b, input }) {
			const names = (features: ThresholdUrlState['fa']) =>
				features.map((feature) => featureNames[feature]).join(' and ');
			const compared = b ? ` B uses ${names(input.fb)}: ROC AUC ${f(b.auc)} against A's ${f(a.auc)}.` : '';
			return {
				holds: b !== null && a.auc > b.auc,
				text: `A logistic regression guesses a penguin's sex from its ${names(input.fa)}, fitted here in your browser; each score comes from a model that did not see that penguin.${compared}`
			};
		}
	}
];

/** The parts of the page a step's verdict reads (the widget's state provides them). */
export interface StepView {
	a: ScoreAnalysis | null;
	b: ScoreAnalysis | null;
	input: ThresholdUrlState;
	costComparison: CostComparison | null;
}

/**
 * The presets as the page's story steps: the threshold rule and the bar height are free (a
 * step's verdict does not depend on them, and the learner is invited to move them).
 */
export const thresholdSteps: StoryStep<ThresholdUrlState, StepView>[] = presets.map((preset) => ({
	id: preset.id,
	title: preset.name,
	settings: preset.settings,
	free: ['pick', 'hist', 't'],
	say: ({ a, b, input, costComparison }) =>
		a && costComparison ? preset.verdict({ a, b, input, cost: costComparison }) : null
}));
