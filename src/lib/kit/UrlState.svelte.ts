/**
 * The shell every widget's state shares: the link state (`input`, everything a share link
 * carries), the problems found in the link it was opened with, reading and writing the
 * address (`load` / `params`, for bindToAddress and "Show me"), and a fresh question set.
 * A widget extends it and adds its results as `$derived` fields.
 */
import type { Codec, Decoded } from '$lib/url/codec';
import type { AddressState } from '$lib/url/bind.svelte';

/** Question sets are numbered 1 to 1,000,000, then start again: a number a link can carry. */
const QUESTION_SETS = 1_000_000;

export class UrlState<T extends { q: number }> implements AddressState {
	/** Everything a share link carries. */
	input: T = $state() as T;
	/** Problems found in the link this page was opened with, shown as a notice until dismissed. */
	linkProblems = $state<string[]>([]);

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

	/** The next question set (the quiz's "New questions"). */
	newQuestions() {
		this.input.q = (this.input.q % QUESTION_SETS) + 1;
	}
}
