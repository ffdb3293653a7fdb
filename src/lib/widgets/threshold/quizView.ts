/** What this widget's question generators read (apart from quiz.ts, which imports the generators). */
import type { Counts } from '$lib/ml/metrics';
import type { Rng } from '$lib/ml/random';
import type { Question } from '$lib/quiz/quiz';
import type { ScoreAnalysis } from './analysis';
import type { ThresholdUrlState } from './codec';

/** What the questions read: A's scores, the threshold in force and its matrix, the inputs. */
export interface QuizView {
	a: ScoreAnalysis;
	b: ScoreAnalysis | null;
	threshold: number;
	counts: Counts;
	input: ThresholdUrlState;
}

/** Builds one question for these numbers, or null when it has no clear answer for them. */
export type Generator = (view: QuizView, rng: Rng) => Question | null;
