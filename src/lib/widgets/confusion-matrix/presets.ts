/**
 * Binary presets that each tell a story the exam asks about: which metric matters
 * depends on what a mistake costs. Each story reads its numbers from the metrics of its
 * own matrix, so the sentence and the cards beside it cannot disagree.
 */
import type { BinaryMetrics, Counts } from '$lib/ml/metrics';
import { formatCount, formatPercent } from '$lib/format/format';
import { formatMetric } from '$lib/metrics/metricInfo';

export interface Preset {
	id: string;
	name: string;
	counts: Counts;
	/** Cost of one false positive and one false negative, in the story's units. */
	costs: { fp: number; fn: number };
	/** The story, told with the numbers of `counts` and their metrics `m`. */
	story(c: Counts, m: BinaryMetrics): string;
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
		story: (c, m) =>
			`${n(total(c))} samples, ${n(c.tp + c.fn)} positive and ${n(c.fp + c.tn)} negative. With classes this even, accuracy (${p(m.accuracy)}) beats always guessing the larger class (${p(Math.max(m.prevalence ?? 0, 1 - (m.prevalence ?? 0)))}), and precision (${p(m.precision)}) and recall (${p(m.recall)}) sit near it.`
	},
	{
		id: 'fraud',
		name: 'Fraud at 1% prevalence',
		counts: { tp: 0, fp: 0, fn: 100, tn: 9900 },
		costs: { fp: 5, fn: 500 },
		story: (c, m) =>
			`${n(total(c))} payments, ${n(c.tp + c.fn)} of them fraud, and a "model" that flags nothing. Accuracy is ${p(m.accuracy)}, yet it catches no fraud: recall is ${formatMetric(m.recall)} and precision is undefined. Accuracy hides this; recall, F1 (${formatMetric(m.f1)}) and balanced accuracy (${formatMetric(m.balancedAccuracy)}, a coin toss's) do not.`
	},
	{
		id: 'screening',
		name: 'Medical screening: recall first',
		counts: { tp: 95, fp: 450, fn: 5, tn: 9450 },
		costs: { fp: 50, fn: 5000 },
		story: (_c, m) =>
			`A screening test for a disease ${p(m.prevalence)} of people have. A missed case (false negative) is far worse than a follow-up test for a healthy person (false positive), so the test is tuned for recall (${p(m.recall)}) and accepts low precision (${p(m.precision)}).`
	},
	{
		id: 'spam',
		name: 'Spam filter: precision first',
		counts: { tp: 700, fp: 2, fn: 300, tn: 8998 },
		costs: { fp: 100, fn: 1 },
		story: (c, m) =>
			`A spam filter on ${n(total(c))} e-mails, ${n(c.tp + c.fn)} of them spam. Losing a real e-mail in the spam folder (false positive) is worse than letting some spam through (false negative), so the filter is tuned for precision (${p(m.precision)}) and lets ${p(m.fnr)} of spam by.`
	}
];

/** The preset whose matrix is on screen, if any: editing a count ends its story. */
export function presetShowing(c: Counts): Preset | undefined {
	return presets.find((preset) =>
		(['tp', 'fp', 'fn', 'tn'] as const).every((key) => preset.counts[key] === c[key])
	);
}
