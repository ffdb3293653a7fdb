/**
 * Whether a chart is on the page's stage (the main chart the lesson is about) or among the
 * panels under it, and the heights presenter mode gives each: the stage's charts fill the room
 * left on the first screen under the bar, title and story, the panels' stay smaller, so the
 * largest chart a room sees is the one the story talks about, seen whole.
 */
import { getContext, setContext } from 'svelte';
import type { Attachment } from 'svelte/attachments';

const key = Symbol('on-stage');

/** Marks every chart rendered inside the calling component as on the stage. */
export function markStage(): void {
	setContext(key, true);
}

/** Whether the calling component renders on the stage. */
export function onStage(): boolean {
	return getContext<boolean | undefined>(key) ?? false;
}

/** Space kept between a stage chart and the screen's bottom edge, px. */
const bottomGap = 16;

/**
 * The heights a chart may take in presenter mode, px, on a screen `screenHeight` px tall. A
 * stage chart whose top is `top` px down the page takes the room from there to the screen's
 * bottom, kept within 40–65% of the screen (50% until its top is measured) and grown to 45% at
 * least if it can; a panel under the stage takes at most 40%.
 */
export function presenterHeights(
	stage: boolean,
	screenHeight: number,
	top?: number
): { min?: number; max: number } {
	if (!stage) return { max: screenHeight * 0.4 };
	const room = top === undefined ? screenHeight * 0.5 : screenHeight - top - bottomGap;
	const max = Math.min(Math.max(room, screenHeight * 0.4), screenHeight * 0.65);
	return { min: Math.min(screenHeight * 0.45, max), max };
}

/**
 * An attachment that reports the element's top, px down the page, now and whenever the page
 * reflows (the story's text under a new step can push the stage down). The chart's own height
 * does not move its top, so reporting converges.
 */
export function pageTop(report: (top: number) => void): Attachment<HTMLElement> {
	return (element) => {
		const measure = () => report(element.getBoundingClientRect().top + window.scrollY);
		measure();
		if (typeof ResizeObserver === 'undefined') return;
		const observer = new ResizeObserver(measure);
		observer.observe(document.body);
		return () => observer.disconnect();
	};
}
