/**
 * Reading and writing a widget's state in the address bar (browser only).
 * Writing replaces the current history entry, so the back button is not flooded with edits,
 * and keeps the site-wide `present` flag whatever the widget writes.
 */
import { replaceState } from '$app/navigation';

const siteParams = ['present'];

/** The current query parameters. */
export function readParams(): URLSearchParams {
	return new URLSearchParams(window.location.search);
}

/** Puts a widget's parameters in the address, keeping the site's own. */
export function writeParams(params: URLSearchParams): void {
	const url = new URL(window.location.href);
	const next = new URLSearchParams(params);
	for (const key of siteParams) {
		const value = url.searchParams.get(key);
		if (value !== null) next.set(key, value);
	}
	const search = next.toString();
	if (search === url.searchParams.toString()) return;
	url.search = search;
	replaceState(url, {});
}
