/**
 * The /practice page's state: the filter, the set's size and its seed live in the address (a
 * teacher's link deals the whole room the same set); the dealt set, the answers given and
 * the dealing's progress live here. A change of filter, size or seed deals a new set; a
 * deal overtaken by a newer one is dropped.
 */
import { widgets, type Domain } from '$lib/catalog';
import { defineCodec, enumField, intField } from '$lib/url/codec';
import { dealSet, eligibleWidgets, type PracticeFilter } from './deal';
import { taskNumber } from './practisable';
import type { PracticeQuestion } from './gather';
import { practiceProgress } from './progressStore.svelte';
import { practiceSources } from './sources';

/** The exam's task numbers (CURRICULUM.md), so a link may name any of them. */
const EXAM_TASKS = [
	'1.1',
	'1.2',
	'1.3',
	'2.1',
	'2.2',
	'2.3',
	'3.1',
	'3.2',
	'3.3',
	'3.4',
	'3.5',
	'4.1',
	'4.2',
	'4.3',
	'4.4'
] as const;
/** Set sizes: a quick set, a longer one, and the exam's 50 scored questions. */
export const SET_SIZES = ['10', '20', '50'] as const;
/** Seeds a link can carry. */
const SEEDS = 1_000_000;

export const practiceCodec = defineCodec({
	domain: enumField<'all' | '1' | '2' | '3' | '4'>('all', ['all', '1', '2', '3', '4']),
	task: enumField<'all' | (typeof EXAM_TASKS)[number]>('all', ['all', ...EXAM_TASKS]),
	size: enumField<(typeof SET_SIZES)[number]>('10', SET_SIZES),
	seed: intField(1, 1, SEEDS)
});
export type PracticeUrlState = ReturnType<typeof practiceCodec.defaults>;

export interface Answer {
	right: boolean;
}

export class PracticePage {
	readonly codec = practiceCodec;
	input = $state(practiceCodec.defaults());
	linkProblems = $state<string[]>([]);
	/** Whether the address has been read: no set is dealt before, so a link's set is the first dealt. */
	ready = $state(false);

	/** The set on screen; null while the first one is dealt. */
	questions = $state.raw<PracticeQuestion[] | null>(null);
	/** Widgets that could not ask their share of the set. */
	shortfalls = $state.raw<string[]>([]);
	/** Widgets dealt from so far, while a set is being dealt; null when none is. */
	dealing = $state<{ done: number; total: number } | null>(null);
	/** The first answer to each question of the set, by index: only that one counts. */
	answers = $state<Record<number, Answer>>({});

	filter = $derived<PracticeFilter>({
		domain: this.input.domain === 'all' ? null : (Number(this.input.domain) as Domain['id']),
		task: this.input.task === 'all' ? null : this.input.task
	});
	/** The widgets the filter keeps; none means there is nothing to practise. */
	eligible = $derived(eligibleWidgets(this.filter, practiceSources));
	answered = $derived(Object.keys(this.answers).length);
	right = $derived(Object.values(this.answers).filter((a) => a.right).length);

	/** Reads a link; without a seed it picks one, so the address then deals this same set again. */
	load(params: URLSearchParams) {
		const { value, problems } = practiceCodec.decode(params);
		if (!params.has('seed')) value.seed = randomSeed();
		Object.assign(this.input, value);
		this.linkProblems = problems;
		this.ready = true;
	}

	params(): URLSearchParams {
		return practiceCodec.encode(this.input);
	}

	/** Another set for the same filter. */
	newSet() {
		const old = this.input.seed;
		do this.input.seed = randomSeed();
		while (this.input.seed === old);
	}

	/** Narrows to a domain; a task outside it is let go. */
	setDomain(domain: PracticeUrlState['domain']) {
		this.input.domain = domain;
		if (domain !== 'all' && !this.input.task.startsWith(`${domain}.`)) this.input.task = 'all';
	}

	#generation = 0;

	/** Deals the set for the filter, size and seed on screen; a newer call overtakes it. */
	async deal() {
		const generation = ++this.#generation;
		const { filter } = this;
		const size = Number(this.input.size);
		const seed = this.input.seed;
		this.questions = null;
		this.answers = {};
		this.shortfalls = [];
		this.dealing = { done: 0, total: 0 };
		const set = await dealSet(filter, size, seed, practiceSources, (done, total) => {
			if (generation === this.#generation) this.dealing = { done, total };
		});
		if (generation !== this.#generation) return;
		this.questions = set.questions;
		this.shortfalls = set.shortfalls;
		this.dealing = null;
	}

	/** Counts the first answer to question `index` in the device's record. */
	answer(index: number, right: boolean) {
		const dealt = this.questions?.[index];
		if (!dealt || this.answers[index]) return;
		this.answers[index] = { right };
		const widget = widgets.find((w) => w.slug === dealt.slug);
		if (widget) practiceProgress.record(taskNumber(widget.task), right);
	}
}

function randomSeed(): number {
	return 1 + Math.floor(Math.random() * SEEDS);
}
