/**
 * The shell every widget's state shares: the link state (`input`, everything a share link
 * carries), the problems found in the link it was opened with, reading and writing the
 * address (`load` / `params`, for bindToAddress and "Show me"), a fresh question set, and the
 * widget's story (its steps, the one on screen and what it says). A widget extends it, sets
 * `steps` and adds its results as `$derived` fields.
 */
import type { Codec, Decoded } from '$lib/url/codec';
import type { AddressState } from '$lib/url/bind.svelte';
import { activeStep, stepParams, stepState, type StoryStep } from './story';

/** Question sets are numbered 1 to 1,000,000, then start again: a number a link can carry. */
const QUESTION_SETS = 1_000_000;

export class UrlState<T extends { q: number }> implements AddressState {
	/** Everything a share link carries. */
	input: T = $state() as T;
	/** Problems found in the link this page was opened with, shown as a notice until dismissed. */
	linkProblems = $state<string[]>([]);

	/** The widget's story, 3–5 steps; a widget sets them as a field. */
	readonly steps: readonly StoryStep<T, this>[] = [];
	/** The step whose settings hold now, or null. */
	storyStep = $derived.by(() => activeStep(this.codec, this.steps, this.input));
	/** What the step on screen says, from the numbers on screen. */
	storyText = $derived(this.storyStep ? this.storyStep.say(this) : null);

	/** The widget's codec: its fields' bounds drive the controls (FieldInput). */
	constructor(readonly codec: Codec<T>) {
		this.input = codec.defaults();
	}

	/** Reads a link: the codec's decoder, unless the widget checks more (a stored upload, a cross-field rule). */
	protected decode(params: URLSearchParams): Decoded<T> {
		return this.codec.decode(params);
	}

	load(params: URLSearchParams) {
		const { value, problems } = this.decode(params);
		// field by field: a field that keeps its value then signals no change, so the address read on
		// arrival does not rebuild numbers (or a question set the learner has started) for nothing
		Object.assign(this.input, value);
		this.linkProblems = problems;
	}

	params(): URLSearchParams {
		return this.codec.encode(this.input);
	}

	/** Opens a story step: its settings over the defaults, as its link does. */
	applyStep(step: StoryStep<T, this>) {
		Object.assign(this.input, stepState(this.codec, step, this.input.q));
	}

	/** The query string of a step's link. */
	stepLink(step: StoryStep<T, this>): string {
		return `?${stepParams(this.codec, step, this.input.q)}`;
	}

	/** The next question set (the quiz's "New questions"). */
	newQuestions() {
		this.input.q = (this.input.q % QUESTION_SETS) + 1;
	}
}
