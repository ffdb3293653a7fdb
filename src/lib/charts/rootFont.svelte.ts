/**
 * The root font size in px (1 rem), read reactively: presenter mode and the window width
 * change it (app.css), and every chart sizes its axis room from it. Outside a browser, 16.
 * Also, for the same listeners, whether presenter mode is on and the window's height (a chart
 * on a projector keeps within the screen).
 */
import { createSubscriber } from 'svelte/reactivity';

let current: number | null = null;
let windowHeight: number | null = null;

const read = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

const subscribe = createSubscriber((update) => {
	// while some chart listens, the size is kept and refreshed when it can change
	current = read();
	windowHeight = window.innerHeight;
	const refresh = () => {
		const next = read();
		if (next !== current || window.innerHeight !== windowHeight) {
			current = next;
			windowHeight = window.innerHeight;
			update();
		}
	};
	const observer = new MutationObserver(refresh);
	observer.observe(document.documentElement, {
		attributes: true,
		attributeFilter: ['data-present', 'style', 'class']
	});
	window.addEventListener('resize', refresh);
	return () => {
		observer.disconnect();
		window.removeEventListener('resize', refresh);
		current = null;
		windowHeight = null;
	};
});

/** 1 rem in px; inside an effect or template it updates when presenter mode or the window changes it. */
export function rootFontPx(): number {
	if (typeof document === 'undefined') return 16;
	subscribe();
	return current ?? read();
}

/** Whether presenter mode is on; inside an effect or template it updates when it is switched (its type size changes with it). */
export function presenting(): boolean {
	if (typeof document === 'undefined') return false;
	subscribe();
	return document.documentElement.dataset.present !== undefined;
}

/** The window's height in px; inside an effect or template it updates when the window is resized. */
export function viewportHeight(): number {
	if (typeof window === 'undefined') return 800;
	subscribe();
	return windowHeight ?? window.innerHeight;
}
