/**
 * The widgets exam practice draws questions from: one line per widget, slug → a fresh State
 * of that widget, imported on demand so /practice downloads only the widgets a set deals
 * from. A widget joins practice by adding its line here (tests/unit/practiceDeal.test.ts
 * fails for a catalog widget without one). The State is the page's own, built without the
 * page: practice opens it at a link state, fetches its real table, runs its Tasks and reads
 * its `questions` (see gather.ts).
 */
import type { Question } from '$lib/quiz/quiz';

/** What practice reads from a widget's State: every UrlState has it, and each widget's a `questions` field. */
export interface PracticeState {
	input: { q: number; src?: string };
	/** The story's steps: each opens a state of its own, so a set draws on more than the defaults. */
	readonly steps: readonly unknown[];
	/** A step's query string (UrlState's), starting with "?". */
	stepLink(step: never): string;
	questions: Question[];
	load(params: URLSearchParams): void;
	params(): URLSearchParams;
}

type Make = () => Promise<PracticeState>;

export const practiceSources: Record<string, Make> = {
	'text-features': async () =>
		new (await import('$lib/widgets/text-features/State.svelte')).TextFeaturesState(),
	'regression-metrics': async () =>
		new (await import('$lib/widgets/regression-metrics/State.svelte')).RegressionState(),
	'class-imbalance': async () =>
		new (await import('$lib/widgets/class-imbalance/State.svelte')).ImbalanceState(),
	pca: async () => new (await import('$lib/widgets/pca/State.svelte')).PcaState(),
	'model-zoo': async () => new (await import('$lib/widgets/model-zoo/State.svelte')).ZooState(),
	'feature-scaling': async () =>
		new (await import('$lib/widgets/feature-scaling/State.svelte')).ScalingState(),
	'missing-data': async () => new (await import('$lib/widgets/missing-data/State.svelte')).MissingState(),
	encoding: async () => new (await import('$lib/widgets/encoding/State.svelte')).EncodingState(),
	outliers: async () => new (await import('$lib/widgets/outliers/State.svelte')).OutliersState(),
	'k-means': async () => new (await import('$lib/widgets/k-means/State.svelte')).KMeansState(),
	'confusion-matrix': async () =>
		new (await import('$lib/widgets/confusion-matrix/State.svelte')).ConfusionState(),
	'data-splits': async () => new (await import('$lib/widgets/data-splits/State.svelte')).SplitsState(),
	'cross-validation': async () => new (await import('$lib/widgets/cross-validation/State.svelte')).CvState(),
	'gradient-descent': async () =>
		new (await import('$lib/widgets/gradient-descent/State.svelte')).GradientState(),
	threshold: async () => new (await import('$lib/widgets/threshold/State.svelte')).ThresholdState(),
	overfitting: async () => new (await import('$lib/widgets/overfitting/State.svelte')).OverfittingState(),
	regularization: async () =>
		new (await import('$lib/widgets/regularization/State.svelte')).RegularizationState(),
	'hyperparameter-search': async () =>
		new (await import('$lib/widgets/hyperparameter-search/State.svelte')).SearchState()
};
