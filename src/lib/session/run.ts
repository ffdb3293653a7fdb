/**
 * A session running in presenter mode: which step is on screen and whether its answer is shown.
 * The keys' rules are here as pure functions (unit-tested); run.svelte.ts keeps the state.
 */
import type { PresenterMove } from '$lib/site/neighbours';
import type { Plan } from './plan';

/** The site parameter a running session's widget pages carry: the step's number, from 1. */
export const RUN_PARAM = 'run';

export interface Run {
	plan: Plan;
	/** Where Esc (or the end) returns: the plan's page. */
	back: string;
	/** The step on screen, from 0. */
	index: number;
	/** Whether its answer is on screen. */
	revealed: boolean;
}

/** What a presenter's key does in a running session. */
export type RunAction =
	| { kind: 'reveal' }
	| { kind: 'go'; index: number }
	/** Past the last step, or Esc: back to the plan. */
	| { kind: 'leave' };

/**
 * → shows the step's answer (if it has one), then opens the next step; after the last, back to
 * the plan. ← opens the step before (nothing on the first). Esc leaves to the plan.
 */
export function runAction(
	move: PresenterMove,
	run: Pick<Run, 'plan' | 'index' | 'revealed'>
): RunAction | null {
	if (move === 'exit') return { kind: 'leave' };
	const step = run.plan.steps[run.index];
	if (move === 'next') {
		if (step?.answer.trim() && !run.revealed) return { kind: 'reveal' };
		return run.index + 1 < run.plan.steps.length ? { kind: 'go', index: run.index + 1 } : { kind: 'leave' };
	}
	return run.index > 0 ? { kind: 'go', index: run.index - 1 } : null;
}

/** The address of step `index`: its widget in the step's exact state, in presenter mode, marked as a running step. */
export function stepHref(home: string, plan: Plan, index: number): string {
	const step = plan.steps[index];
	const params = new URLSearchParams(step.query);
	params.set('present', '');
	params.set(RUN_PARAM, String(index + 1));
	return `${home}${step.slug}?${params}`;
}
