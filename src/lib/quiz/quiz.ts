/**
 * "Check yourself" questions: a widget builds them from its live numbers; the Quiz
 * component asks them and checks the answers with these rules.
 *
 * Every question states the numbers it needs, so its answer cannot be read off the screen
 * beside it. Three forms:
 * - predict: the learner foresees what a change does (raise the threshold, add an outlier);
 *   the answer comes from running the engine on the changed state, and "Show me" opens that
 *   state so the learner sees it happen;
 * - scenario: an exam-style case in the words the exam uses ("A bank's fraud model…");
 * - compute: a number worked out from numbers the prompt gives.
 */
import type { Codec } from '$lib/url/codec';
import { createRng } from '$lib/ml/random';
import { parseNumberText } from '$lib/format/numberText';

export type QuestionForm = 'predict' | 'scenario' | 'compute';

/** The state a predict question asks about: the widget's whole link state after the change. */
export interface ShowMe {
	/** The button's words after "Show me: ", e.g. "threshold 0.70". */
	label: string;
	/** The widget's query string for the changed state (its codec's encoding). */
	params: string;
	/** The id of the element that shows the change best; the widget's stage when omitted. */
	target?: string;
}

type Answer =
	| {
			kind: 'number';
			/** The right value. A proportion also accepts a percentage ("80%"). */
			answer: number;
			/** Largest accepted distance from the answer (rounding to two decimals passes by default). */
			tolerance?: number;
			proportion?: boolean;
	  }
	| {
			kind: 'choice';
			/** Distinct options (they key the radio buttons). */
			options: string[];
			answer: string;
	  };

type Form = { form: 'predict'; see: ShowMe } | { form: 'scenario' | 'compute'; see?: undefined };

export type Question = {
	id: string;
	prompt: string;
	/** Shown after an answer: how to get there with these numbers. */
	explanation: string;
} & Answer &
	Form;

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

/** Predict and scenario questions test understanding; compute questions test arithmetic. */
export const testsUnderstanding = (question: Question) => question.form !== 'compute';

/**
 * Up to `count` of the available questions, chosen and ordered by `seed`, at least half of
 * them predict or scenario questions whenever enough exist. Questions for which `first` holds
 * lead (e.g. the comparison question while a comparison is on screen).
 */
export function dealQuestions(
	available: Question[],
	seed: number,
	count = 4,
	first: (question: Question) => boolean = () => false
): Question[] {
	const shuffled = createRng(seed).shuffle(available);
	const leading = shuffled.filter(first);
	const rest = shuffled.filter((q) => !first(q));
	const picked = leading.slice(0, count);
	const needUnderstanding = Math.ceil(count / 2) - picked.filter(testsUnderstanding).length;
	const understanding = rest.filter(testsUnderstanding).slice(0, Math.max(0, needUnderstanding));
	const chosen = new Set([...picked, ...understanding]);
	for (const question of rest) {
		if (chosen.size >= count) break;
		chosen.add(question);
	}
	// the shuffled order, so the understanding questions do not all come first
	return [...leading.filter((q) => chosen.has(q)), ...rest.filter((q) => chosen.has(q))];
}

/** The "Show me" of a predict question: the widget's link state `state` with `change` applied. */
export function showMe<S extends object>(
	label: string,
	codec: Codec<S>,
	state: S,
	change: Partial<S>,
	target?: string
): ShowMe {
	const see: ShowMe = { label, params: codec.encode({ ...state, ...change }).toString() };
	if (target) see.target = target;
	return see;
}
