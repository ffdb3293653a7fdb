/** What the PCA questions read from the widget's state, and the shape of a question generator. */
import type { QuestionGenerator } from '$lib/quiz/generators';
import type { PcaSummary } from './analysis';
import type { PcaUrlState, Scaling } from './codec';
import type { PcaData } from './data';

export interface PcaQuizView {
	input: PcaUrlState;
	data: PcaData;
	/** The data's PCA both ways: standardised and not. */
	summaries: Record<Scaling, PcaSummary>;
}

/** A question from the numbers on screen, or null when they do not make one. */
export type Generator = QuestionGenerator<PcaQuizView>;
