/**
 * One way to run slow work: a Task owned by a widget's state, made from a `$derived` input
 * and a runner. Once the controls rest (the input unchanged for `restMs`) it runs the
 * input; a change meanwhile cancels the stale run, whose answer is never heard. The runner
 * works in a worker (`runInWorker`) or in frame-sized slices on the main thread
 * (`slicePacer`), and is told to stop through its AbortSignal.
 */
import { untrack } from 'svelte';

export interface RunContext {
	/** Aborted when the run is stale (the input changed) or stopped: stop at the next chance. */
	signal: AbortSignal;
	/** How far the run is, 0 to 1 (null: unknown), and optionally what it is doing. */
	progress(fraction: number | null, stage?: string): void;
}

/** Computes the result for an input; a throw (or a rejection) becomes the task's error message. */
export type Runner<I, R> = (input: I, context: RunContext) => R | Promise<R>;

export interface TaskOptions<I> {
	/** How long the input must stay unchanged before a run starts, ms (a dragged slider starts no run per step). */
	restMs?: number;
	/** Whether a result computed for one input answers another; by default, they hold the same values (see sameValue). */
	same?: (a: I, b: I) => boolean;
}

/** The rest before a run starts, ms: a slider dragged by keyboard or pointer moves more often than this. */
export const REST_MS = 150;

/**
 * Whether two inputs hold the same values: arrays and plain objects compared element by
 * element (a shared reference at once), anything else with Object.is. By value, because the
 * same points can be rebuilt as a new array (in a server-side render every read rebuilds them).
 */
export function sameValue(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((value, i) => sameValue(value, b[i]));
	if (!isPlainObject(a) || !isPlainObject(b)) return false;
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((key) => sameValue(a[key], b[key]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** A message for whatever a runner threw. */
function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export class Task<I, R> {
	/** True from a change of input until its run answers, fails or is stopped; true before the first run too. */
	pending = $state(true);
	/** How far the running run is (0 to 1), null when it does not say or none runs. */
	progress = $state<number | null>(null);
	/** What the running run said it is doing, with its progress. */
	stage = $state<string | null>(null);
	/** The last result, kept until the next run completes (see `current` for the input on screen). */
	result = $state.raw<R | null>(null);
	/** The input `result` was computed for. */
	resultInput = $state.raw<I | null>(null);
	/** Why the last run failed, as a sentence; null when it did not. */
	error = $state<string | null>(null);
	/** True once the learner stopped a run, until one starts again. */
	stopped = $state(false);

	/** What to compute now; null when there is nothing to compute. */
	input = $derived.by(() => this.read());
	/** The result when it was computed for the input as it is now, else null. */
	current = $derived.by((): R | null => {
		const input = this.input;
		const done = this.resultInput;
		return input !== null && done !== null && this.same(done, input) ? this.result : null;
	});

	#controller: AbortController | null = null;
	/** The rest before the next run, while the controls may still move. */
	#timer: ReturnType<typeof setTimeout> | undefined;
	private readonly restMs: number;
	private readonly same: (a: I, b: I) => boolean;

	constructor(
		private readonly read: () => I | null,
		private readonly runner: Runner<I, R>,
		options: TaskOptions<I> = {}
	) {
		this.restMs = options.restMs ?? REST_MS;
		this.same = options.same ?? sameValue;
	}

	/**
	 * Call while the owning widget's component initialises: runs the input once the controls
	 * rest, and cancels a run whose input changed (or whose page closed).
	 */
	follow(): void {
		$effect(() => {
			const input = this.input;
			untrack(() => {
				this.#abort();
				this.pending = input !== null;
				this.stopped = false;
			});
			if (input === null) return;
			this.#timer = setTimeout(() => void this.run(input), this.restMs);
			return () => this.#abort();
		});
	}

	/**
	 * Runs `input` (the input as it is now by default) at once, cancelling any run going. A
	 * runner that answers without a promise (work short enough for one task) is taken at once,
	 * before this returns.
	 */
	run(input: I | null = this.input): Promise<void> {
		this.#abort();
		if (input === null) {
			this.pending = false;
			return Promise.resolve();
		}
		const controller = new AbortController();
		this.#controller = controller;
		this.pending = true;
		this.stopped = false;
		this.error = null;
		this.progress = null;
		this.stage = null;
		const progress = (fraction: number | null, stage?: string) => {
			if (this.#controller !== controller) return;
			this.progress = fraction;
			this.stage = stage ?? null;
		};
		try {
			const answer = this.runner(input, { signal: controller.signal, progress });
			if (!(answer instanceof Promise)) {
				this.#finish(controller, () => this.#take(input, answer));
				return Promise.resolve();
			}
			return answer.then(
				(value) => this.#finish(controller, () => this.#take(input, value)),
				(error: unknown) => this.#finish(controller, () => (this.error = messageOf(error)))
			);
		} catch (error) {
			this.#finish(controller, () => (this.error = messageOf(error)));
			return Promise.resolve();
		}
	}

	/** The stop button's action: ends the run going, or the one about to start; the last result stays. */
	cancel(): void {
		if (!this.pending) return;
		this.#abort();
		this.#settle();
		this.stopped = true;
	}

	/** Ends a run with its answer, unless it is stale or stopped (then its answer, an AbortError included, is not news). */
	#finish(controller: AbortController, answer: () => void): void {
		if (this.#controller !== controller) return;
		this.#controller = null;
		answer();
		this.#settle();
	}

	#take(input: I, value: R): void {
		this.result = value;
		this.resultInput = input;
	}

	#settle(): void {
		this.pending = false;
		this.progress = null;
		this.stage = null;
	}

	/** Cancels the run waiting for the controls to rest, and the run going. */
	#abort(): void {
		clearTimeout(this.#timer);
		this.#controller?.abort();
		this.#controller = null;
	}
}
