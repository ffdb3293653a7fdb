/** Exam-style multiple-choice cases, written as their words and options only. */
import type { Question } from './quiz';

/** A case in the exam's words: what it asks, the options in the order shown, and why. */
export interface ChoiceCase {
	id: string;
	prompt: string;
	options: string[];
	/** The right option; the first one when omitted, as most cases list it. */
	answer?: string;
	explanation: string;
}

/** The scenario question of a case. */
export function choiceScenario({ id, prompt, options, answer, explanation }: ChoiceCase): Question {
	return { id, form: 'scenario', kind: 'choice', prompt, options, answer: answer ?? options[0], explanation };
}
