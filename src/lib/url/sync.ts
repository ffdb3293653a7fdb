/**
 * Reading and writing a widget's state in the address bar (browser only).
 * Writing replaces the current history entry, so the back button is not flooded with edits,
 * keeps the site-wide `present` flag whatever the widget writes, and waits until edits pause:
 * changing the address costs a few milliseconds a time, too much for every keystroke.
 */
import { replaceState } from '$app/navigation';
import { RUN_PARAM } from '$lib/session/run';
import { addressNotice, linkProblem } from './linkLimits.svelte';

/** How the page is shown (presenter mode, a running session's step), kept whatever the widget writes. */
const siteParams = ['present', RUN_PARAM];
/** How long edits must pause before the address is rewritten, ms (a reload within it drops the last edit). */
const writeDelay = 200;

let pending: { params: URLSearchParams; path: string } | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The current query parameters. */
export function readParams(): URLSearchParams {
	return new URLSearchParams(window.location.search);
}

/**
 * Puts a widget's parameters in the address once edits pause, keeping the site's own. A
 * state too long for a link is not written: the address keeps the last one that fitted, and
 * addressNotice says why.
 */
export function writeParams(params: URLSearchParams): void {
	const problem = linkProblem(params);
	addressNotice.reason = problem;
	// the last state that fitted goes in first, so the address holds it and not an older one
	if (problem) return flushParams();
	pending = { params, path: window.location.pathname };
	clearTimeout(timer);
	timer = setTimeout(flushParams, writeDelay);
}

/** Writes any pending parameters now (before the address is copied or shared). */
export function flushParams(): void {
	clearTimeout(timer);
	if (!pending) return;
	const url = new URL(window.location.href);
	const { params, path } = pending;
	pending = null;
	// the person has moved to another page since: these parameters are not its own
	if (url.pathname !== path) return;
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
