/**
 * The session running in this tab (sessionStorage, so a reload or the back button keeps it and
 * another tab does not see it). A widget page is a session's step while its address carries
 * `run=<n>` and this tab holds a run with that many steps.
 */
import type { Plan } from './plan';
import { RUN_PARAM, type Run } from './run';

const KEY = 'session-run';

function stored(): Run | null {
	try {
		const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
		if (typeof value !== 'object' || value === null) return null;
		const run = value as Run;
		if (!Array.isArray(run.plan?.steps) || typeof run.back !== 'string') return null;
		return run;
	} catch {
		return null;
	}
}

class SessionRun {
	/** The running session's state while a step is on screen, else null. */
	current = $state<Run | null>(null);
	/** The last run saved, for when storage is blocked (private mode): it then lasts while the page does. */
	#last: Run | null = null;

	/** Reads the address: on a step of the stored run, that step; anywhere else, no run on screen. Browser only. */
	sync(url: URL) {
		const n = Number(url.searchParams.get(RUN_PARAM));
		const run = Number.isInteger(n) && n >= 1 ? (stored() ?? this.#last) : null;
		if (!run || n > run.plan.steps.length) {
			this.current = null;
			return;
		}
		// arriving by the back button or a reload: the step the address names, answer hidden unless it was shown there
		if (run.index !== n - 1) Object.assign(run, { index: n - 1, revealed: false });
		this.current = run;
		this.#save();
	}

	/** Begins a run at its first step; the caller opens stepHref(…, 0). */
	start(plan: Plan, back: string) {
		this.current = { plan, back, index: 0, revealed: false };
		this.#save();
	}

	reveal() {
		if (!this.current) return;
		this.current.revealed = true;
		this.#save();
	}

	/** Moves to step `index` (its answer hidden); the caller opens its address. */
	go(index: number) {
		if (!this.current) return;
		this.current.index = index;
		this.current.revealed = false;
		this.#save();
	}

	/** Ends the run; returns where to go back to. */
	stop(): string {
		const back = this.current?.back ?? stored()?.back ?? '';
		this.current = null;
		this.#last = null;
		try {
			sessionStorage.removeItem(KEY);
		} catch {
			// storage blocked: nothing was kept
		}
		return back;
	}

	#save() {
		this.#last = this.current ? $state.snapshot(this.current) : null;
		try {
			sessionStorage.setItem(KEY, JSON.stringify(this.current));
		} catch {
			// storage blocked: the run still works until the next full page load
		}
	}
}

export const sessionRun = new SessionRun();
