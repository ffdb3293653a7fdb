/**
 * "Check yourself" questions: a widget builds them from its live numbers; the Quiz
 * component asks them and checks the answers with these rules.
 */
import { parseNumberText } from './numberText';

export type Question =
	| {
			id: string;
			prompt: string;
			kind: 'number';
			/** The right value. A proportion also accepts a percentage ("80%"). */
			answer: number;
			/** Largest accepted distance from the answer (rounding to two decimals passes by default). */
			tolerance?: number;
			proportion?: boolean;
			/** Shown after an answer: how to get there with these numbers. */
			explanation: string;
	  }
	| {
			id: string;
			prompt: string;
			kind: 'choice';
			options: string[];
			answer: string;
			explanation: string;
	  };

/** Reads a typed number as a number box does ("0.8", ".8", "1,000"), or a percentage ("80%"). Null when it is not a number. */
export function readAnswer(text: string): number | null {
	const trimmed = text.trim();
	const percent = trimmed.endsWith('%');
	const parsed = parseNumberText(percent ? trimmed.slice(0, -1) : trimmed);
	if (!parsed.ok) return null;
	return percent ? parsed.value / 100 : parsed.value;
}

/** Whether an answer is right; a number answer is read with `readAnswer`. */
export function isCorrect(question: Question, given: string): boolean {
	if (question.kind === 'choice') return given === question.answer;
	const value = readAnswer(given);
	if (value === null) return false;
	// 1e-9 of slack: 0.13 − 0.125 is 0.0050000000000000044 in floating point, and 0.13 is a fair rounding of 1/8
	const tolerance = (question.tolerance ?? Math.max(0.005, Math.abs(question.answer) * 0.005)) + 1e-9;
	if (Math.abs(value - question.answer) <= tolerance) return true;
	// "80" for a proportion of 0.8 is read as a percentage
	return question.proportion === true && Math.abs(value / 100 - question.answer) <= tolerance;
}
