/**
 * The Task every slow computation runs on, with a fake runner whose answers the test hands
 * out: the rest before a run, cancelling a stale run, progress, errors as messages, the
 * result kept until the next one completes, and the stop button. No sleeps: the rest timer
 * is a fake one, and runs are awaited or waited for.
 */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sameValue, Task, type RunContext } from '$lib/kit/task/Task.svelte';

/** A run the test answers by hand. */
interface Call {
	input: number;
	context: RunContext;
	resolve(value: string): void;
	reject(error: unknown): void;
}

function fakeRunner() {
	const calls: Call[] = [];
	const runner = (input: number, context: RunContext) =>
		new Promise<string>((resolve, reject) => calls.push({ input, context, resolve, reject }));
	return { calls, runner };
}

class Controls {
	value = $state<number | null>(1);
}

describe('Task run by hand', () => {
	it('takes the runner’s result for the input it ran, and reports progress while it runs', async () => {
		const controls = new Controls();
		const { calls, runner } = fakeRunner();
		const task = new Task(() => controls.value, runner);
		expect(task.pending).toBe(true);
		const done = task.run();
		expect(calls.map((c) => c.input)).toEqual([1]);
		calls[0].context.progress(0.25, 'runs');
		expect([task.progress, task.stage]).toEqual([0.25, 'runs']);
		calls[0].resolve('one');
		await done;
		expect(task.result).toBe('one');
		expect(task.resultInput).toBe(1);
		expect(task.current).toBe('one');
		expect([task.pending, task.progress, task.stage]).toEqual([false, null, null]);
	});

	it('turns a thrown error into a message, keeping the last result', async () => {
		const controls = new Controls();
		const { calls, runner } = fakeRunner();
		const task = new Task(() => controls.value, runner);
		const first = task.run();
		calls[0].resolve('one');
		await first;
		controls.value = 2;
		const second = task.run();
		calls[1].reject(new Error('the data has no rows'));
		await expect(second).resolves.toBeUndefined();
		expect(task.error).toBe('the data has no rows');
		expect(task.pending).toBe(false);
		expect(task.result).toBe('one');
		// the result was for input 1, not the 2 on screen
		expect(task.current).toBeNull();
	});

	it('a run started over another one cancels it: the stale answer and progress are dropped', async () => {
		const controls = new Controls();
		const { calls, runner } = fakeRunner();
		const task = new Task(() => controls.value, runner);
		const first = task.run();
		controls.value = 2;
		const second = task.run();
		expect(calls[0].context.signal.aborted).toBe(true);
		expect(calls[1].context.signal.aborted).toBe(false);
		calls[0].context.progress(0.9);
		expect(task.progress).toBeNull();
		calls[0].resolve('stale');
		await first;
		expect(task.result).toBeNull();
		expect(task.pending).toBe(true);
		calls[1].resolve('two');
		await second;
		expect([task.result, task.resultInput]).toEqual(['two', 2]);
	});

	it('cancel() stops the run, says it was stopped, and keeps the result before', async () => {
		const controls = new Controls();
		const { calls, runner } = fakeRunner();
		const task = new Task(() => controls.value, runner);
		const first = task.run();
		calls[0].resolve('one');
		await first;
		const second = task.run();
		calls[1].context.progress(0.5);
		task.cancel();
		expect(calls[1].context.signal.aborted).toBe(true);
		expect([task.pending, task.progress, task.stopped]).toEqual([false, null, true]);
		calls[1].reject(calls[1].context.signal.reason);
		await second;
		expect(task.error).toBeNull();
		expect(task.result).toBe('one');
	});

	it('a runner that answers without a promise is taken before run() returns; its throw becomes a message', () => {
		const controls = new Controls();
		const task = new Task(
			() => controls.value,
			(input: number) => {
				if (input < 0) throw new Error(`no square root of ${input}`);
				return Math.sqrt(input);
			}
		);
		controls.value = 9;
		void task.run();
		expect([task.result, task.pending]).toEqual([3, false]);
		controls.value = -4;
		void task.run();
		expect(task.error).toBe('no square root of -4');
		expect(task.result).toBe(3);
	});

	it('a null input runs nothing and is not pending', async () => {
		const controls = new Controls();
		controls.value = null;
		const { calls, runner } = fakeRunner();
		const task = new Task(() => controls.value, runner);
		await task.run();
		expect(calls).toEqual([]);
		expect(task.pending).toBe(false);
		expect(task.current).toBeNull();
	});
});

describe('Task following the controls', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	function follow<R>(task: Task<number, R>) {
		const stop = $effect.root(() => task.follow());
		flushSync();
		return stop;
	}

	it('starts once the input has rested, once however often it changed meanwhile', () => {
		const controls = new Controls();
		const { calls, runner } = fakeRunner();
		const task = new Task(() => controls.value, runner, { restMs: 100 });
		const stop = follow(task);
		vi.advanceTimersByTime(60);
		controls.value = 2;
		flushSync();
		vi.advanceTimersByTime(60);
		controls.value = 3;
		flushSync();
		vi.advanceTimersByTime(99);
		expect(calls).toEqual([]);
		expect(task.pending).toBe(true);
		vi.advanceTimersByTime(1);
		expect(calls.map((c) => c.input)).toEqual([3]);
		stop();
	});

	it('cancels the run whose input changed, keeps the old result until the new one completes', async () => {
		const controls = new Controls();
		const { calls, runner } = fakeRunner();
		const task = new Task(() => controls.value, runner, { restMs: 100 });
		const stop = follow(task);
		vi.advanceTimersByTime(100);
		calls[0].resolve('one');
		await vi.waitFor(() => expect(task.result).toBe('one'));

		controls.value = 2;
		flushSync();
		vi.advanceTimersByTime(100);
		expect(calls.map((c) => c.input)).toEqual([1, 2]);
		controls.value = 3;
		flushSync();
		expect(calls[1].context.signal.aborted).toBe(true);
		expect(task.pending).toBe(true);
		// the stale run answers late: not heard
		calls[1].resolve('two');
		await Promise.resolve();
		expect(task.result).toBe('one');
		expect(task.current).toBeNull();

		vi.advanceTimersByTime(100);
		expect(calls.map((c) => c.input)).toEqual([1, 2, 3]);
		expect(task.result).toBe('one');
		calls[2].resolve('three');
		await vi.waitFor(() => expect(task.result).toBe('three'));
		expect(task.current).toBe('three');
		expect(task.pending).toBe(false);
		stop();
	});

	it('stop during the rest: no run starts, it says stopped, and a change of input starts again', () => {
		const controls = new Controls();
		const { calls, runner } = fakeRunner();
		const task = new Task(() => controls.value, runner, { restMs: 100 });
		const stop = follow(task);
		vi.advanceTimersByTime(50);
		task.cancel();
		expect([task.pending, task.stopped]).toEqual([false, true]);
		vi.advanceTimersByTime(100);
		expect(calls).toEqual([]);
		controls.value = 2;
		flushSync();
		expect([task.pending, task.stopped]).toEqual([true, false]);
		vi.advanceTimersByTime(100);
		expect(calls.map((c) => c.input)).toEqual([2]);
		stop();
	});

	it('leaving the page (the effect ends) cancels the run going', () => {
		const controls = new Controls();
		const { calls, runner } = fakeRunner();
		const task = new Task(() => controls.value, runner, { restMs: 100 });
		const stop = follow(task);
		vi.advanceTimersByTime(100);
		stop();
		expect(calls[0].context.signal.aborted).toBe(true);
	});
});

describe('sameValue', () => {
	it('compares arrays and plain objects by their values, anything else with Object.is', () => {
		const X = [[1, 2]];
		expect(sameValue({ X, k: 3 }, { X, k: 3 })).toBe(true);
		expect(sameValue({ X, k: 3 }, { X: [[1, 2]], k: 3 })).toBe(true);
		expect(sameValue({ X, k: 3 }, { X: [[1, 2.5]], k: 3 })).toBe(false);
		expect(
			sameValue(
				{ X, k: 3 },
				{
					X: [
						[1, 2],
						[3, 4]
					],
					k: 3
				}
			)
		).toBe(false);
		expect(sameValue({ X, k: 3 }, { X, k: 4 })).toBe(false);
		expect(sameValue({ X, k: 3 }, { X })).toBe(false);
		expect(sameValue(NaN, NaN)).toBe(true);
		expect(sameValue(new Date(0), new Date(0))).toBe(false);
	});
});
