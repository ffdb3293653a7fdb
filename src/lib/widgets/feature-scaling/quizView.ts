/** What this widget's question generators read (apart from quiz.ts, which imports the generators). */
import type { QuestionGenerator } from '$lib/quiz/generators';
import type { ScalingData, Version } from './analysis';
import type { ScalingUrlState } from './codec';

export interface ScalingQuizView {
	/** The link state on screen (a predict question's "Show me" is this with its change). */
	input: ScalingUrlState;
	data: ScalingData;
	split: { train: number[]; test: number[] };
	/** Every scaler fitted on the training rows. */
	trainFit: Version[];
	picked: number;
}

export type Generator = QuestionGenerator<ScalingQuizView>;
