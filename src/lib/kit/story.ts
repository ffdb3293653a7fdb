/**
 * A widget's story: 3–5 guided steps, each setting some of the link's fields and saying, from
 * the numbers those settings produce, what to look at. A step is on screen while its settings
 * hold, so a step's link (its settings over the defaults) opens with its text, and a learner
 * who moves a control the step set has left it.
 */
import type { Codec, LinkParams } from '$lib/url/codec';

/** What a step says, and whether the numbers show its lesson (the unit tests check they do, over seeds). */
export interface StepText {
	holds: boolean;
	text: string;
}

export interface StoryStep<T, V = unknown> {
	/** Names the step in tests and reports. */
	id: string;
	/** A few words for the step's link. */
	title: string;
	/** The fields the step sets; the rest take their defaults. */
	settings: Partial<T>;
	/** Fields of `settings` the learner may change while staying on the step (the threshold a step asks them to drag). */
	free?: readonly (keyof T)[];
	/** What to look at, said with the numbers on screen; null while they are not there yet (a table loading). */
	say(view: V): StepText | null;
}

/** The link state a step opens: its settings over the defaults, keeping the question set. */
export function stepState<T extends { q: number }>(codec: Codec<T>, step: StoryStep<T, never>, q: number): T {
	return { ...codec.defaults(), ...structuredClone(step.settings), q };
}

/** The query string of a step's link. */
export function stepParams<T extends { q: number }>(
	codec: Codec<T>,
	step: StoryStep<T, never>,
	q: number
): LinkParams {
	return codec.encode(stepState(codec, step, q));
}

/** The step whose settings the input holds (its free fields aside), or null; the first one when several do. */
export function activeStep<T, S extends StoryStep<T, never>>(
	codec: Codec<T>,
	steps: readonly S[],
	input: T
): S | null {
	return (
		steps.find((step) =>
			(Object.keys(step.settings) as (keyof T)[]).every((key) => {
				if (step.free?.includes(key)) return true;
				const field = codec.fields[key];
				const wanted = step.settings[key] as T[keyof T];
				return field.equals ? field.equals(input[key], wanted) : input[key] === wanted;
			})
		) ?? null
	);
}

/** What the story bar reads from a widget's state (UrlState provides it). */
export interface StoryHost<T> {
	readonly steps: readonly StoryStep<T, never>[];
	readonly storyStep: StoryStep<T, never> | null;
	readonly storyText: StepText | null;
	applyStep(step: StoryStep<T, never>): void;
	stepLink(step: StoryStep<T, never>): string;
}
