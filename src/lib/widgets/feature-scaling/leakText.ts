/**
 * The sentences under the parameter table: what fitting the scalers on all rows changes,
 * written from the leak report and the 5-NN scores, so every number in them is the page's own.
 */
import { formatPercent, formatShort as show } from '$lib/format/format';
import type { Compared } from './codec';
import { smallLeakRows, type LeakReport, type LeakScore } from './leak';

/** A scaler's name before a possessive ("min-max's max"). */
const owner: Record<Compared, string> = {
	standard: 'the standard scaler',
	minmax: 'min-max',
	maxabs: 'max-abs',
	robust: 'the robust scaler',
	normalize: 'the normalizer'
};

/** Each sentence of the leak's explanation, in order. */
export function leakSentences(
	report: LeakReport,
	score: LeakScore | null,
	names: [string, string]
): string[] {
	const largest = report.largest
		? `the largest shift is ${owner[report.largest.scaler]}'s ${report.largest.param} of ${names[report.largest.feature]}, ${show(report.largest.train)} → ${show(report.largest.all)}`
		: null;
	const changed = `${report.changed} of ${report.total} fitted numbers change when the test rows are included`;
	const scored = score
		? score.train === score.all
			? `5-NN accuracy after ${owner[score.scaler]} stays ${formatPercent(score.train)} either way`
			: `5-NN accuracy after ${owner[score.scaler]} is ${formatPercent(score.train)} fitted on the training rows, ${formatPercent(score.all)} on all rows`
		: null;
	const sentences: string[] = [];
	if (report.addedInTest === 0) {
		sentences.push(
			report.changed === 0
				? 'No fitted number changes (at the precision shown) when the test rows are included.'
				: `${changed} (highlighted): ${largest}.`
		);
		sentences.push(
			'Fitted on all rows, the scalers have seen the test rows, so the test score no longer measures how the model does on unseen data.'
		);
		if (scored) {
			sentences.push(
				score!.rowsApart <= smallLeakRows
					? `Here ${scored}: a scaler’s leak is usually this small. Target encoding, feature selection or oversampling fitted on all rows leak far more (the Train, validation, test page shows feature selection).`
					: `Here ${scored}: ${score!.rowsApart} test rows apart, far from small.`
			);
		}
		if (report.added === 0)
			sentences.push(
				'Add an outlier and put it in the test rows to watch one unseen row reshape the scaling.'
			);
		return sentences;
	}
	const plural = report.addedInTest > 1;
	const point = report.testPoint!;
	sentences.push(
		`Your added ${plural ? 'points are' : 'point is'} in the test rows. Fitted on the training rows, the scalers never see ${plural ? 'them' : 'it'}: min-max puts ${plural ? 'the first one’s' : 'its'} ${names[0]} at ${show(point.value)}${point.beyond ? ', outside the 0–1 the training rows fill' : ''}.`
	);
	if (report.changed === 0) {
		sentences.push(
			'Fitted on all rows, no fitted number changes at the precision shown: a test row inside the bulk of the data barely leaks.'
		);
	} else {
		sentences.push(
			`Fitted on all rows, ${changed}; ${largest}, and min-max puts the original rows' ${names[0]} at ${show(point.originalsAllFit[0])} to ${show(point.originalsAllFit[1])}: unseen test rows have reshaped the training data. That is the leak.`
		);
	}
	if (scored) {
		const still =
			score!.train === score!.all
				? ' The score happens not to move, but it is no longer a score on unseen data.'
				: '';
		sentences.push(`${scored[0].toUpperCase()}${scored.slice(1)}.${still}`);
	}
	return sentences;
}
