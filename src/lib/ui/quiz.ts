/**
 * "Check yourself" questions: a widget builds them from its live numbers; the Quiz
 * component asks them and checks the answers with these rules.
 */

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

/** Reads a typed number: "0.8", ".8", "80%", "1,000". Null when it is not a number. */
export function readAnswer(text: string): number | null {
	const cleaned = text.trim().replace(/,/g, '');
	const percent = cleaned.endsWith('%');
	const body = percent ? cleaned.slice(0, -1).trim() : cleaned;
	if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(body)) return null;
	const value = Number(body);
	return percent ? value / 100 : value;
}

/** Whether an answer is right; a number answer is read with `readAnswer`. */
export function isCorrect(question: Question, given: string): boolean {
	if (question.kind === 'choice') return given === question.answer;
	const value = readAnswer(given);
	if (value === null) return false;
	const tolerance = question.tolerance ?? Math.max(0.005, Math.abs(question.answer) * 0.005);
	if (Math.abs(value - question.answer) <= tolerance) return true;
	// "80" for a proportion of 0.8 is read as a percentage
	return question.proportion === true && Math.abs(value / 100 - question.answer) <= tolerance;
}
