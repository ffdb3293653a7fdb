/** What this widget's question generators read (apart from quiz.ts, which imports the generators). */
import type { KMeansStep, KneeSuggestion } from '$lib/ml/kmeans';
import type { Question, QuestionForm } from '$lib/quiz/quiz';
import type { KMeansUrlState } from './codec';
import type { Frame } from './frames';
import type { SweepPoint } from '$lib/jobs/kmeansSweep';
import type { OneMore, Rescaled } from './whatIf';

export interface KMeansQuizView {
	input: KMeansUrlState;
	X: number[][];
	/** k as run: at most the number of points. */
	k: number;
	history: KMeansStep[];
	trail: readonly (number | null)[];
	frame: Frame;
	/** The final inertia of the run on screen. */
	inertia: number;
	sweep: SweepPoint[] | null;
	suggestion: KneeSuggestion | null;
	/** Adjusted Rand index of the final clusters against the true groups; null without them. */
	agreement: number | null;
	/** Each raw feature's standard deviation, before any scaling. */
	spreads: { name: string; sd: number }[];
	/** The run with one more cluster and the best of ten starts either side (null until the worker has them: then the question is not dealt); read only when its question is dealt. */
	oneMore: () => OneMore | null;
	/** The run on the features scaled the other way; computed only when its question is dealt. */
	rescaled: () => Rescaled | null;
}

/** A question that can be asked here, built only once it is dealt (some need a k-means run of their own). */
export interface Candidate {
	id: string;
	form: QuestionForm;
	make: () => Question | null;
}
