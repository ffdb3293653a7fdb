/**
 * The class-imbalance story: five steps from "accuracy looks great" to the leak of resampling
 * before the split. Each step sets the remedy and where it resamples, and says from the fitted
 * numbers what to look at; `holds` says whether they show the lesson (the unit tests check it
 * over seeds). The seed, the overlap and the sample size are never set, so they stay free.
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import { formatCount } from '$lib/format/format';
import type { ImbalanceUrlState, Remedy, When } from './codec';
import { accuracySentence, f, leakSentence } from './explain';
import { resultOf, type RemedyResults } from './results';
import type { Evaluation } from './analysis';

/** What a step reads from the page (the widget's state provides it). */
export interface ImbalanceStepView {
	input: ImbalanceUrlState;
	/** The fits for the controls as they are; null while they run. */
	results: RemedyResults | null;
}

const free = ['pos'] as const;

function flagsNothing({ results }: ImbalanceStepView): StepText | null {
	if (!results) return null;
	const none = resultOf(results, 'none', 'after');
	const accuracy = none.metrics.accuracy ?? 0;
	const recall = none.metrics.recall ?? 0;
	return {
		holds: accuracy >= 0.95 && accuracy <= results.flagNothing + 0.01 && recall <= 0.5,
		text: `${accuracySentence(results)} Accuracy rewards the majority; it says nothing about the positives you came for.`
	};
}

/** How precision moves from no remedy to a remedy; with no row flagged, precision is 0/0 and the sentence says so. */
function precisionChange(none: Evaluation, fixed: Evaluation): string {
	const to =
		fixed.metrics.precision === null ? 'stays 0/0 (no row flagged)' : `is ${f(fixed.metrics.precision)}`;
	return none.metrics.precision === null
		? `${to}, where no remedy flagged no test row at all (precision 0/0)`
		: `goes from ${f(none.metrics.precision)} to ${fixed.metrics.precision === null ? '0/0 (no row flagged)' : f(fixed.metrics.precision)}`;
}

/** The remedy against no remedy, on the untouched test set. */
function remedyHelps(results: RemedyResults, remedy: Remedy) {
	const none = resultOf(results, 'none', 'after');
	const fixed = resultOf(results, remedy, 'after');
	return {
		none,
		fixed,
		recallRises: (fixed.metrics.recall ?? 0) > (none.metrics.recall ?? 0),
		recall: `recall rises from ${f(none.metrics.recall)} to ${f(fixed.metrics.recall)} and precision ${precisionChange(none, fixed)}`
	};
}

function oversampleAfter({ results }: ImbalanceStepView): StepText | null {
	if (!results) return null;
	const { fixed, recallRises, recall } = remedyHelps(results, 'over');
	return {
		holds: recallRises && fixed.leak.copies === 0 && fixed.trained.copies > 0,
		text: `Only the training rows are oversampled: ${formatCount(fixed.trained.copies)} copies of positives join them. On the untouched test set ${recall}. ${leakSentence(fixed)}`
	};
}

function oversampleBefore({ results }: ImbalanceStepView): StepText | null {
	if (!results) return null;
	const before = resultOf(results, 'over', 'before');
	const after = resultOf(results, 'over', 'after');
	const inflated = (before.metrics.f1 ?? 0) > (after.metrics.f1 ?? 0) && before.ap > after.ap;
	return {
		holds: before.leak.copies > 0 && inflated,
		text: `${leakSentence(before)} The model has seen those rows, so F1 reads ${f(before.metrics.f1)} and PR-AUC ${f(before.ap)}; split first and the honest scores are ${f(after.metrics.f1)} and ${f(after.ap)}.`
	};
}

function smoteSynthetic({ results, input }: ImbalanceStepView): StepText | null {
	if (!results) return null;
	const { fixed, recallRises, recall } = remedyHelps(results, 'smote');
	return {
		holds: fixed.trained.synthetic > 0 && recallRises,
		text: `SMOTE adds ${formatCount(fixed.trained.synthetic)} new positives, each on a segment between a training positive and one of its ${formatCount(fixed.kUsed ?? input.k)} nearest positive neighbours: no copies, but no new information either. On the untouched test set ${recall}.`
	};
}

function weightsMatch({ results }: ImbalanceStepView): StepText | null {
	if (!results) return null;
	const { fixed, recallRises, recall } = remedyHelps(results, 'balanced');
	const [negative, positive] = fixed.weights ?? [1, 1];
	const ratio = positive / negative;
	const { negatives, positives, scalePosWeight } = results.balance;
	return {
		holds: Math.abs(ratio - scalePosWeight) < 1e-9 * scalePosWeight && recallRises,
		text: `Balanced weights give each negative ${f(negative)} and each positive ${f(positive)}: a positive counts ${f(ratio)} times a negative, which is ${formatCount(negatives)} ÷ ${formatCount(positives)}, XGBoost's scale_pos_weight. No row is added; ${recall}.`
	};
}

const step = (
	id: string,
	title: string,
	rem: Remedy,
	when: When,
	pos: number,
	say: (view: ImbalanceStepView) => StepText | null
): StoryStep<ImbalanceUrlState, ImbalanceStepView> => ({
	id,
	title,
	settings: { rem, when, pos },
	free,
	say
});

export const imbalanceSteps: StoryStep<ImbalanceUrlState, ImbalanceStepView>[] = [
	step('accuracy', 'Accuracy flags nothing', 'none', 'after', 1, flagsNothing),
	step('oversample-after', 'Oversample after the split', 'over', 'after', 2, oversampleAfter),
	step('oversample-before', 'Oversample before the split', 'over', 'before', 2, oversampleBefore),
	step('smote', 'SMOTE draws new points', 'smote', 'after', 2, smoteSynthetic),
	step('class-weights', 'Class weights, no new rows', 'balanced', 'after', 2, weightsMatch)
];
