/**
 * What the current matrix is trying to tell the learner: the traps of the exam, spotted
 * in the live numbers (accuracy on imbalanced data, undefined metrics, no better than chance).
 */
import type { BinaryMetrics, Counts, MulticlassMetrics } from '$lib/ml/metrics';
import { formatCount, formatPercent } from '$lib/format/format';
import { formatMetric } from '$lib/metrics/metricInfo';

export interface Insight {
	kind: 'warning' | 'info';
	text: string;
}

export function binaryInsights(c: Counts, m: BinaryMetrics): Insight[] {
	const insights: Insight[] = [];
	const { accuracy, prevalence, recall, precision } = m;
	if (accuracy === null || prevalence === null)
		return [{ kind: 'info', text: 'The matrix is empty: enter some counts.' }];

	const majority = Math.max(prevalence, 1 - prevalence);
	if (recall !== null && recall < 0.5 && accuracy >= 0.9)
		insights.push({
			kind: 'warning',
			text: `Accuracy is ${formatPercent(accuracy)}, yet recall is ${formatPercent(recall)}: ${missedWords(c)}. At ${formatPercent(prevalence)} prevalence, a model that flags nothing scores ${formatPercent(1 - prevalence)} accuracy.`
		});
	else if (accuracy <= majority) insights.push(belowMajority(m, majority));
	if (precision === null)
		insights.push({
			kind: 'info',
			text: 'Nothing is predicted positive, so precision is 0/0: undefined here. scikit-learn warns and reports 0 (its zero_division setting).'
		});
	if (recall === null)
		insights.push({
			kind: 'info',
			text: 'There are no actual positives, so recall is 0/0: undefined. Check the data before the model.'
		});
	if (prevalence < 0.1 && prevalence > 0)
		insights.push({
			kind: 'info',
			text: `Positives are rare (${formatPercent(prevalence)}): judge this model by recall, precision, F1, MCC or PR-AUC, not accuracy.`
		});
	return insights;
}

/** How many of the actual positives are missed, in words that follow the counts (recall below 0.5: more than half). */
export function missedWords(c: Counts): string {
	const positives = c.tp + c.fn;
	if (c.tp === 0)
		return positives === 1
			? 'the one positive is missed'
			: `all ${formatCount(positives)} positives are missed`;
	return `${formatCount(c.fn)} of the ${formatCount(positives)} positives are missed`;
}

/**
 * Accuracy at or below always predicting the larger class. When the model still catches at
 * least half of the smaller class, which that trivial model never does, and beats chance
 * (balanced accuracy above 0.5), the warning says so: accuracy then ranks a useful model
 * below a useless one (the screening story).
 */
function belowMajority(m: BinaryMetrics, majority: number): Insight {
	const accuracy = formatPercent(m.accuracy);
	const positivesRarer = (m.prevalence ?? 0) < 0.5;
	const caught = positivesRarer ? m.recall : m.specificity;
	if (caught !== null && caught >= 0.5 && (m.balancedAccuracy ?? 0) > 0.5 && m.prevalence !== 0.5)
		return {
			kind: 'warning',
			text: `Accuracy ${accuracy} is ${(m.accuracy ?? 0) < majority ? 'below' : 'only equal to'} the ${formatPercent(majority)} of always predicting the larger class, yet this model catches ${formatPercent(caught)} of the ${positivesRarer ? 'positives' : 'negatives'}, where that one catches none: accuracy ranks them the wrong way round.`
		};
	return {
		kind: 'warning',
		text: `Accuracy ${accuracy} is no better than always predicting the larger class (${formatPercent(majority)}).`
	};
}

/** The averaging trap: a class that is both small and badly served drags macro F1 down while weighted F1 hides it. */
export function multiclassInsights(m: MulticlassMetrics, names: string[]): Insight[] {
	const { macro, weighted } = m;
	if (macro.f1 === null || weighted.f1 === null)
		return [{ kind: 'info', text: 'The matrix is empty: enter some counts.' }];
	const gap = weighted.f1 - macro.f1;
	if (Math.abs(gap) < 0.05)
		return [
			{
				kind: 'info',
				text: `Macro F1 (${formatMetric(macro.f1)}) and weighted F1 (${formatMetric(weighted.f1)}) are within 0.05 of each other: ${whyAlike(m)}.`
			}
		];
	const total = m.perClass.reduce((sum, c) => sum + c.support, 0);
	const f1 = (k: number) => m.perClass[k].f1 ?? 0;
	const share = (k: number) => `${m.perClass[k].support} of ${total} samples`;
	// a class with no samples is served neither well nor badly: its F1 is 0/0 ({@link undefinedScores} says so), so it is never named here
	const classes = m.perClass.flatMap((c, k) => (c.support > 0 ? [k] : []));
	if (gap > 0) {
		// weighted above macro: some class below the average size is served worse than the rest
		const small = classes.filter((k) => m.perClass[k].support < total / m.perClass.length);
		const worst = (small.length ? small : classes).reduce((a, b) => (f1(b) < f1(a) ? b : a));
		return [
			{
				kind: 'warning',
				text: `Weighted F1 (${formatMetric(weighted.f1)}) is above macro F1 (${formatMetric(macro.f1)}): a small class is served badly (“${names[worst]}”, ${share(worst)}, has F1 ${formatMetric(f1(worst))}). Weighting by support hides it; macro shows it.`
			}
		];
	}
	// macro above weighted: the largest class is served worse than the small ones
	const largest = classes.reduce((a, b) => (m.perClass[b].support > m.perClass[a].support ? b : a));
	return [
		{
			kind: 'warning',
			text: `Macro F1 (${formatMetric(macro.f1)}) is above weighted F1 (${formatMetric(weighted.f1)}): the large classes are served worse than the small ones (the largest, “${names[largest]}”, ${share(largest)}, has F1 ${formatMetric(f1(largest))}).`
		}
	];
}

/** Why weighting by support barely moves the average: the sizes are close, or the F1 scores are, or neither follows the other. */
function whyAlike(m: MulticlassMetrics): string {
	const present = m.perClass.filter((c) => c.support > 0);
	const sizes = present.map((c) => c.support);
	const scores = present.map((c) => c.f1 ?? 0);
	const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
	if (large <= 2 * small)
		return `the classes are close in size (${formatCount(small)} to ${formatCount(large)} samples), so weighting by size changes little`;
	const [low, high] = [Math.min(...scores), Math.max(...scores)];
	if (high - low < 0.1)
		return `every class has about the same F1 (${formatMetric(low)} to ${formatMetric(high)}), so how they are weighted changes little`;
	return 'here the large classes are served neither much better nor much worse than the small ones';
}

/** A per-class score as the tables write it: three decimals, or "— (0/0)" where it is undefined. */
export const scoreText = (value: number | null) => (value === null ? '— (0/0)' : formatMetric(value));

/**
 * The per-class scores that are 0/0, and what scikit-learn's averages do with them: a class never
 * predicted has no precision, a class with no samples no recall. With `zero_division='warn'`
 * (the default) scikit-learn warns and counts each as 0, in the macro average at full weight and
 * in the weighted one at its support's (0 for a class with no samples).
 */
export function undefinedScores(m: MulticlassMetrics, names: string[]): Insight[] {
	const quoted = (ks: number[]) => ks.map((k) => `“${names[k]}”`).join(', ');
	const classes = m.perClass.map((_, k) => k);
	const unpredicted = classes.filter((k) => m.perClass[k].precision === null && m.perClass[k].support > 0);
	const empty = classes.filter((k) => m.perClass[k].support === 0);
	const insights: Insight[] = [];
	if (unpredicted.length > 0)
		insights.push({
			kind: 'info',
			text: `${quoted(unpredicted)} ${unpredicted.length === 1 ? 'is' : 'are'} never predicted, so precision is 0/0: undefined. scikit-learn (zero_division='warn') warns and counts it as 0 in the macro and weighted precision, as the averages here do.`
		});
	if (empty.length > 0)
		insights.push({
			kind: 'info',
			text: `${quoted(empty)} ${empty.length === 1 ? 'has' : 'have'} no samples, so recall is 0/0: undefined${empty.some((k) => m.perClass[k].precision === null) ? ' (never predicted either, so precision and F1 too)' : ''}. scikit-learn warns and counts each as 0 in the macro average (its weight in the weighted average is its support, 0), as here.`
		});
	return insights;
}
