/**
 * An attachment that calls `load` once, when its element first shows on screen: a panel below
 * the first screen fetches what only it needs (the formula parser) when the learner scrolls or
 * tabs to it, not with the page. Without IntersectionObserver (a
 * test's DOM) it calls at once.
 */
export function whenShown(load: () => void) {
	return (element: Element) => {
		if (typeof IntersectionObserver === 'undefined') {
			load();
			return;
		}
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				observer.disconnect();
				load();
			},
			{ rootMargin: '0px' }
		);
		observer.observe(element);
		return () => observer.disconnect();
	};
}
