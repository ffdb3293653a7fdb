/**
 * The "On the exam" box of a widget: how its idea appears in AWS Certified Machine Learning –
 * Specialty questions and which SageMaker settings carry it. Text may mark code (a parameter's
 * name) with backticks.
 */
export interface ExamNotes {
	/** How the exam asks about this idea: a sentence or two. */
	asked: string;
	/** The AWS settings that carry it: a name (code), then what it does. */
	settings: { name: string; what: string }[];
	/** What the wrong answers usually look like, or how to tell the right one. */
	tip?: string;
}

/** A piece of text split at backticks: the odd pieces are code. */
export function codeSpans(text: string): { text: string; code: boolean }[] {
	return text
		.split('`')
		.map((part, i) => ({ text: part, code: i % 2 === 1 }))
		.filter((part) => part.text !== '');
}
