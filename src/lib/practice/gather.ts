/**
 * Questions from one widget without its page: its State opened at a link state (its defaults
 * or a story step's, with a question set), its real table fetched and its Tasks run as the
 * page would once the controls rest, then its `questions` read. Each question keeps the link
 * state it was generated from, so practice can open the widget where the question holds.
 */
import { RealTables } from '$lib/data/RealTables.svelte';
import { Task } from '$lib/kit/task/Task.svelte';
import { DATASETS } from '$lib/ml/datasets';
import { createRng } from '$lib/ml/random';
import { dealQuestions, type Question } from '$lib/quiz/quiz';
import type { PracticeState } from './sources';

/** A question with the widget it came from and the link state that asked it. */
export interface PracticeQuestion {
	slug: string;
	question: Question;
	/** The widget's query string for the state the question was asked in ('' for the defaults). */
	from: string;
}

/** Most states opened per widget for one set: each may run a widget's slow work. */
const MAX_OPENED = 3;
/** Rounds of running stale Tasks: one Task's result can be the next one's input (k-means' run, then its silhouettes). */
const TASK_ROUNDS = 4;

/** The link states practice opens for a widget: its defaults, then each story step's (query strings). */
export function stateLinks(state: PracticeState): string[] {
	return ['', ...state.steps.map((step) => state.stepLink(step as never).replace(/^\?/, ''))];
}

/** Fetches the real table the state names and runs every Task whose result is missing, until none is (or the rounds run out). */
export async function settle(state: PracticeState): Promise<void> {
	const tables = (state as { realTables?: unknown }).realTables;
	if (tables instanceof RealTables) {
		const name = DATASETS.find((d) => d.name === state.input.src)?.name;
		if (name) await tables.ensure(name);
	}
	const tried = new Set<Task<unknown, unknown>>();
	for (let round = 0; round < TASK_ROUNDS; round++) {
		const stale = Object.values(state).filter(
			(value): value is Task<unknown, unknown> =>
				value instanceof Task && value.input !== null && value.current === null && !tried.has(value)
		);
		if (stale.length === 0) return;
		for (const task of stale) {
			await task.run();
			// a failed run is not retried: its error stays, and the questions that need it are left out
			if (task.error !== null) tried.add(task);
		}
	}
}

/** The questions the widget asks at a link state with question set `q`, and the state's query string. */
export async function questionsAt(
	state: PracticeState,
	link: string,
	q: number
): Promise<{ from: string; questions: Question[] }> {
	state.load(new URLSearchParams(link));
	state.input.q = q;
	await settle(state);
	return { from: state.params().toString(), questions: state.questions };
}

/**
 * Up to `count` questions from a widget (fewer if its states ask fewer), chosen by `seed`,
 * at least half of them predict or scenario questions when there are enough, none repeated;
 * `spare` holds the others found on the way, for a set that falls short elsewhere.
 */
export async function gatherFrom(
	slug: string,
	state: PracticeState,
	count: number,
	seed: number
): Promise<{ taken: PracticeQuestion[]; spare: PracticeQuestion[] }> {
	const rng = createRng(seed);
	const links = rng.shuffle(stateLinks(state));
	const pool = new Map<Question, PracticeQuestion>();
	const prompts = new Set<string>();
	for (let opened = 0; opened < Math.min(MAX_OPENED, links.length) && pool.size < count + 2; opened++) {
		// a question set a link can carry (1 to 1,000,000): the widget's page opened at `from` asks the same ones
		const q = 1 + Math.floor(rng.next() * 999_999);
		const { from, questions } = await questionsAt(state, links[opened], q);
		for (const question of questions) {
			if (prompts.has(question.prompt)) continue;
			prompts.add(question.prompt);
			pool.set(question, { slug, question, from });
		}
	}
	const chosen = dealQuestions([...pool.keys()], seed, count);
	const taken = chosen.map((question) => pool.get(question)!);
	const spare = [...pool.values()].filter((p) => !chosen.includes(p.question));
	return { taken, spare };
}
