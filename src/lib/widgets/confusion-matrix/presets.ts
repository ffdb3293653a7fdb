/**
 * Binary presets that each tell a story the exam asks about: which metric matters
 * depends on what a mistake costs.
 */
import type { Counts } from '$lib/ml/metrics';

export interface Preset {
	id: string;
	name: string;
	counts: Counts;
	/** Cost of one false positive and one false negative, in the story's units. */
	costs: { fp: number; fn: number };
	story: string;
}

export const presets: Preset[] = [
	{
		id: 'balanced',
		name: 'Balanced classifier',
		counts: { tp: 40, fp: 10, fn: 20, tn: 30 },
		costs: { fp: 1, fn: 1 },
		story:
			'100 samples, 60 positive and 40 negative. With classes this even, accuracy tells you something, and precision and recall are close to it.'
	},
	{
		id: 'fraud',
		name: 'Fraud at 1% prevalence',
		counts: { tp: 0, fp: 0, fn: 100, tn: 9900 },
		costs: { fp: 5, fn: 500 },
		story:
			'10,000 payments, 100 of them fraud, and a "model" that flags nothing. Accuracy is 99%, yet it catches no fraud: recall is 0 and precision is undefined. On imbalanced data, accuracy hides this; recall, F1, MCC and PR-AUC do not.'
	},
	{
		id: 'screening',
		name: 'Medical screening: recall first',
		counts: { tp: 95, fp: 450, fn: 5, tn: 9450 },
		costs: { fp: 50, fn: 5000 },
		story:
			'A screening test for a disease 1% of people have. A missed case (false negative) is far worse than a follow-up test for a healthy person (false positive), so the test is tuned for recall (95%) and accepts low precision.'
	},
	{
		id: 'spam',
		name: 'Spam filter: precision first',
		counts: { tp: 700, fp: 2, fn: 300, tn: 8998 },
		costs: { fp: 100, fn: 1 },
		story:
			'A spam filter on 10,000 e-mails, 1,000 of them spam. Losing a real e-mail in the spam folder (false positive) is worse than letting some spam through (false negative), so the filter is tuned for precision (over 99%) and lets 30% of spam by.'
	}
];
