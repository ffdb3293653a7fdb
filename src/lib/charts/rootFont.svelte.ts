/**
 * The root font size in px (1 rem), read reactively: presenter mode and the window width
 * change it (app.css), and every chart sizes its axis room from it. Outside a browser, 16.
 */
import { createSubscriber } from 'svelte/reactivity';

let current: number | null = null;

const read = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

const subscribe = createSubscriber((update) => {
	// while some chart listens, the size is kept and refreshed when it can change
	current = read();
	const refresh = () => {
		const next = read();
		if (next !== current) {
			current = next;
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
	};
});

/** 1 rem in px; inside an effect or template it updates when presenter mode or the window changes it. */
export function rootFontPx(): number {
	if (typeof document === 'undefined') return 16;
	subscribe();
	return current ?? read();
}
