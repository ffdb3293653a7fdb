/**
 * The page's story: matrices that each show a lesson the exam asks about (which metric matters
 * depends on what a mistake costs, and how a multiclass average hides a rare class). Each step
 * says its lesson with the metrics of its own matrix, so the sentence and the cards beside it
 * cannot disagree, and `holds` says whether those numbers bear it out (the unit tests check).
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import type { BinaryMetrics, Counts, MulticlassMetrics } from '$lib/ml/metrics';
import { formatCount } from '$lib/format/format';
import type { ConfusionUrlState } from './codec';
import { formatPercent } from '$lib/format/format';
import { formatMetric } from '$lib/metrics/metricInfo';

/** A binary story: its matrix, its prices, and its lesson told from the metrics of that matrix. */
export interface Preset {
	id: string;
	name: string;
	counts: Counts;
	/** Cost of one false positive and one false negative, in the story's units. */
	costs: { fp: number; fn: number };
	/** The lesson, said with the numbers of `counts` and their metrics `m`, and whether they show it. */
	story(c: Counts, m: BinaryMetrics): StepText;
}

const n = formatCount;
const p = formatPercent;
const total = (c: Counts) => c.tp + c.fp + c.fn + c.tn;

export const presets: Preset[] = [
	{
		id: 'balanced',
		name: 'Balanced classifier',
		counts: { tp: 40, fp: 10, fn: 20, tn: 30 },
		costs: { fp: 1, fn: 1 },
		story: (c, m) => {
			const majority = Math.max(m.prevalence ?? 0, 1 - (m.prevalence ?? 0));
			return {
				holds: m.accuracy !== null && m.accuracy > majority,
				text: `${n(total(c))} samples, ${n(c.tp + c.fn)} positive and ${n(c.fp + c.tn)} negative. With classes this even, accuracy (${p(m.accuracy)}) beats always guessing the larger class (${p(majority)}), and precision (${p(m.precision)}) and recall (${p(m.recall)}) sit near it.`
			};
		}
	},
	{
		id: 'fraud',
		name: 'Fraud at 1% prevalence',
		counts: { tp: 0, fp: 0, fn: 100, tn: 9900 },
		costs: { fp: 5, fn: 500 },
		story: (c, m) => ({
			holds: m.accuracy !== null && m.accuracy >= 0.9 && m.recall === 0 && m.precision === null,
			text: `${n(total(c))} payments, ${n(c.tp + c.fn)} of them fraud, and a "model" that flags nothing. Accuracy is ${p(m.accuracy)}, yet it catches no fraud: recall is ${formatMetric(m.recall)} and precision is 0/0 (nothing is flagged). Recall, F1 (${formatMetric(m.f1)}) and balanced accuracy (${formatMetric(m.balancedAccuracy)}, a coin toss's) show it.`
		})
	},
	{
		id: 'screening',
		name: 'Medical screening: recall first',
		counts: { tp: 95, fp: 450, fn: 5, tn: 9450 },
		costs: { fp: 50, fn: 5000 },
		story: (_c, m) => ({
			holds: m.recall !== null && m.precision !== null && m.recall >= 0.9 && m.precision < 0.5,
			text: `A screening test for a disease ${p(m.prevalence)} of people have. A missed case (false negative) is far worse than a follow-up test for a healthy person (false positive), so the test is tuned for recall (${p(m.recall)}) and accepts low precision (${p(m.precision)}).`
		})
	},
	{
		id: 'spam',
		name: 'Spam filter: precision first',
		counts: { tp: 700, fp: 2, fn: 300, tn: 8998 },
		costs: { fp: 100, fn: 1 },
		story: (c, m) => ({
			holds: m.precision !== null && m.fnr !== null && m.precision >= 0.99 && m.fnr >= 0.1,
			text: `A spam filter on ${n(total(c))} e-mails, ${n(c.tp + c.fn)} of them spam. Losing a real e-mail in the spam folder (false positive) is worse than letting some spam through (false negative), so the filter is tuned for precision (${p(m.precision)}) and lets ${p(m.fnr)} of spam by.`
		})
	}
];

/** What a step reads from the page (the widget's state provides it). */
export interface StepView {
	input: ConfusionUrlState;
	counts: Counts;
	metrics: BinaryMetrics;
	multiclass: MulticlassMetrics;
}

/** Three classes, the third rare and hardly ever caught: the averages part ways. */
export const rareClassMatrix = [
	[90, 8, 2],
	[6, 85, 9],
	[4, 5, 1]
];

/** Macro F1 this far below weighted F1 is "a drop" the averages table shows at a glance. */
export const averagesApart = 0.1;

/** The rare-class lesson: weighted F1 follows the big classes, macro F1 counts the rare one as much. */
function averagesStory({ input, multiclass: m }: StepView): StepText {
	const supports = m.perClass.map((cls) => cls.support);
	const rare = supports.indexOf(Math.min(...supports));
	const { support, recall } = m.perClass[rare];
	const caught = input.mc[rare][rare];
	const all = supports.reduce((sum, s) => sum + s, 0);
	const { f1: macro } = m.macro;
	const { f1: weighted } = m.weighted;
	const apart = macro !== null && weighted !== null && weighted - macro >= averagesApart;
	return {
		holds: apart && recall !== null && recall < 0.5,
		text:
			`“${input.names[rare]}” is ${n(support)} of the ${n(all)} samples and ${n(caught)} ${caught === 1 ? 'is' : 'are'} caught (recall ${formatMetric(recall)}). ` +
			`Weighted F1 (${formatMetric(weighted)}) follows the big classes and stays near accuracy (${formatMetric(m.accuracy)}); ` +
			`macro F1 (${formatMetric(macro)}) counts “${input.names[rare]}” as much as the others${apart ? ', so it drops' : ''}.`
	};
}

/**
 * The story's steps: the four binary matrices, then the multiclass one. The prices of a mistake
 * are free (a step's lesson reads the counts, and the cost panel invites changing them), as is
 * the class read one-vs-rest; each step sets `mode`, so a binary step never shows over the
 * multiclass matrix.
 */
export const confusionSteps: StoryStep<ConfusionUrlState, StepView>[] = [
	...presets.map((preset): StoryStep<ConfusionUrlState, StepView> => ({
		id: preset.id,
		title: preset.name,
		settings: { mode: 'binary', ...preset.counts, cfp: preset.costs.fp, cfn: preset.costs.fn },
		free: ['cfp', 'cfn'],
		say: ({ counts, metrics }) => preset.story(counts, metrics)
	})),
	{
		id: 'averages',
		title: 'A rare class: macro against weighted',
		settings: { mode: 'multiclass', mc: rareClassMatrix, focus: 2 },
		free: ['focus'],
		say: averagesStory
	}
];
