/** Questions made from what a widget shows: each generator makes one, when the numbers allow it. */
import type { Question } from './quiz';

/** A question from the numbers on screen, or null when they do not make one. */
export type QuestionGenerator<View> = (view: View) => Question | null;

/** Every question the generators make from `view`, in their order. */
export function questionsFrom<View>(generators: QuestionGenerator<View>[], view: View): Question[] {
	return generators.map((make) => make(view)).filter((q): q is Question => q !== null);
}
