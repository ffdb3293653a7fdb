/** What this widget's question generators read (apart from quiz.ts, which imports the generators). */
import type { ColumnSummary } from '$lib/ml/outliers';
import type { QuestionGenerator } from '$lib/quiz/generators';
import type { Flags } from './analysis';
import type { ColumnPair } from './columns';
import type { OutliersUrlState } from './codec';

export interface OutliersQuizView {
	/** The link state on screen (a predict question's "Show me" is this with its change). */
	input: OutliersUrlState;
	/** The two columns, the learner's point included. */
	data: ColumnPair;
	flags: Flags;
	before: ColumnSummary;
}

export type Generator = QuestionGenerator<OutliersQuizView>;
