/**
 * A lesson plan's shape and limits: what every page's "Add to session" needs, kept apart from
 * the link codec (planCodec.ts), which only /session loads.
 */

/** One step of a plan: a widget in the exact state of its share link, and what to ask the room. */
export interface PlanStep {
	/** The widget's slug (its page is `/<slug>`). */
	slug: string;
	/** The widget's share-link query string, without `?` (empty: the widget's defaults). */
	query: string;
	/** What the room is asked while the step is on screen. */
	prompt: string;
	/** Revealed by → before moving on; empty for none. */
	answer: string;
}

export interface Plan {
	title: string;
	steps: PlanStep[];
}

/** A plan read from a link, with one sentence per part that could not be read. */
export interface ReadPlan {
	plan: Plan;
	problems: string[];
}

/** The query parameter that holds a plan. */
export const PLAN_PARAM = 'plan';
/** Longest title, prompt and answer kept, characters. */
export const MAX_TITLE = 200;
export const MAX_TEXT = 2_000;
/** Most steps in one plan: a 90-minute session rarely needs 20. */
export const MAX_STEPS = 40;
