/**
 * The session being built, kept on this device (localStorage) until it is shared: "Add to
 * session" on any widget appends a step, /session edits it. Other tabs see changes through the
 * storage event, so the header's counter stays true with the editor open beside a widget.
 */
import { MAX_STEPS, MAX_TEXT, MAX_TITLE, type Plan, type PlanStep } from './plan';

const KEY = 'session-draft';

function isStep(value: unknown): value is PlanStep {
	if (typeof value !== 'object' || value === null) return false;
	const { slug, query, prompt, answer } = value as Record<string, unknown>;
	return [slug, query, prompt, answer].every((v) => typeof v === 'string');
}

/** A stored draft, or an empty one when there is none or it is not a plan (an older format, a hand edit). */
export function parseDraft(raw: string | null): Plan {
	try {
		const value: unknown = raw === null ? null : JSON.parse(raw);
		if (typeof value === 'object' && value !== null) {
			const { title, steps } = value as Record<string, unknown>;
			if (typeof title === 'string' && Array.isArray(steps)) {
				return { title: title.slice(0, MAX_TITLE), steps: steps.filter(isStep).slice(0, MAX_STEPS) };
			}
		}
	} catch {
		// not JSON: start afresh
	}
	return { title: '', steps: [] };
}

class Draft {
	title = $state('');
	steps = $state<PlanStep[]>([]);
	/** Why the draft could not be saved (storage blocked or full), or null. */
	saveError = $state<string | null>(null);
	#loaded = false;

	/** Reads the stored draft once, and follows other tabs' changes. Browser only. */
	init() {
		if (this.#loaded) return;
		this.#loaded = true;
		this.#read();
		window.addEventListener('storage', (event) => {
			if (event.key === KEY) this.#read();
		});
	}

	#read() {
		let raw: string | null = null;
		try {
			raw = localStorage.getItem(KEY);
		} catch {
			// storage blocked (private mode): the draft lives for this page only
		}
		const plan = parseDraft(raw);
		this.title = plan.title;
		this.steps = plan.steps;
	}

	/** The draft as a plan (a copy, safe to encode while editing goes on). */
	plan(): Plan {
		return { title: this.title, steps: this.steps.map((s) => ({ ...s })) };
	}

	/** Writes the draft to this device. */
	save() {
		try {
			localStorage.setItem(KEY, JSON.stringify(this.plan()));
			this.saveError = null;
		} catch {
			this.saveError =
				'This browser would not store the session (private mode or full storage): it lasts until this page closes. Share it to keep it.';
		}
	}

	/** Appends a widget's state as a step; false when the plan already holds the most steps a link carries. */
	add(slug: string, query: string): boolean {
		this.init();
		if (this.steps.length >= MAX_STEPS) return false;
		this.steps.push({ slug, query, prompt: '', answer: '' });
		this.save();
		return true;
	}

	/** Replaces the draft with a plan (a shared link opened to edit). */
	replace(plan: Plan) {
		this.title = plan.title.slice(0, MAX_TITLE);
		this.steps = plan.steps.slice(0, MAX_STEPS).map((s) => ({ ...s }));
		this.save();
	}

	/** Moves step `from` by `by` places (−1 up, +1 down). */
	move(from: number, by: number) {
		const to = from + by;
		if (to < 0 || to >= this.steps.length) return;
		const [step] = this.steps.splice(from, 1);
		this.steps.splice(to, 0, step);
		this.save();
	}

	remove(index: number) {
		this.steps.splice(index, 1);
		this.save();
	}

	/** Sets a step's prompt or answer, kept to the longest a link carries. */
	write(index: number, key: 'prompt' | 'answer', text: string) {
		this.steps[index][key] = text.slice(0, MAX_TEXT);
		this.save();
	}

	setTitle(text: string) {
		this.title = text.slice(0, MAX_TITLE);
		this.save();
	}

	clear() {
		this.replace({ title: '', steps: [] });
	}
}

export const draft = new Draft();
