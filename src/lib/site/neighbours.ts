/**
 * The widgets before and after one in the curriculum's order (the catalog's), for the
 * Previous / Next links under every widget and the presenter's ← / → keys.
 */
import { widgets, type Widget } from '$lib/catalog';

export interface Neighbours {
	previous: Widget | null;
	next: Widget | null;
}

/** Null for a path that is not a widget (the home page, a 404). */
export function neighbours(slug: string, list: readonly Widget[] = widgets): Neighbours | null {
	const i = list.findIndex((w) => w.slug === slug);
	if (i < 0) return null;
	return { previous: list[i - 1] ?? null, next: list[i + 1] ?? null };
}

/** What a key pressed in presenter mode asks for: the previous or next widget, leaving presenter mode, or nothing. */
export type PresenterMove = 'previous' | 'next' | 'exit';

/** The parts of a key event the presenter's keys look at. */
export interface KeyPress {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	defaultPrevented: boolean;
	/** Whether the key went to something that uses arrow keys itself: a text box, a slider, a select, a focusable chart. */
	inControl: boolean;
}

/**
 * ← / → step to the previous / next widget and Esc leaves presenter mode, unless the key
 * belongs to a control (a slider's arrows move the slider, a chart's arrows its cursor) or
 * comes with a modifier (the browser's own shortcuts).
 */
export function presenterMove(press: KeyPress): PresenterMove | null {
	if (press.defaultPrevented || press.altKey || press.ctrlKey || press.metaKey || press.shiftKey) return null;
	if (press.key === 'Escape') return 'exit';
	if (press.inControl) return null;
	if (press.key === 'ArrowLeft') return 'previous';
	if (press.key === 'ArrowRight') return 'next';
	return null;
}

/** Elements whose own keyboard handling arrows belong to. */
const ARROW_OWNERS =
	'input, select, textarea, [contenteditable=""], [contenteditable="true"], [role="slider"], [role="spinbutton"], [role="radiogroup"], [role="radio"], [role="tablist"], [role="tab"], [role="listbox"], [role="menu"], [role="grid"], [role="application"]';

/** Whether a key's target uses arrows itself: a form control, an ARIA widget, or a focusable element that is not a link or button (a chart). */
export function ownsArrows(target: EventTarget | null): boolean {
	if (!(target instanceof Element)) return false;
	if (target.closest(ARROW_OWNERS)) return true;
	const tabindex = target.getAttribute('tabindex');
	return tabindex !== null && Number(tabindex) >= 0 && !target.matches('a, button, summary, main');
}

/** Where a presenter's ← / → go: the index of a story step to open, or the neighbouring widget. */
export type PresenterTarget = { step: number } | 'widget';

/**
 * ← / → walk the page's story first (from no step, → opens the first), then leave for the
 * previous / next widget, so a teacher can run a whole session from the keyboard.
 * `current` is the index of the step on screen, -1 for none.
 */
export function presenterTarget(move: 'previous' | 'next', steps: number, current: number): PresenterTarget {
	if (move === 'next') return current + 1 < steps ? { step: current + 1 } : 'widget';
	return current > 0 && current < steps ? { step: current - 1 } : 'widget';
}
