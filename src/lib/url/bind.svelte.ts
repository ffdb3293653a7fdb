/**
 * Ties a widget's state to the address bar; call it while a widget component initialises.
 * The state is read from the address on arrival and after every navigation to the page (a
 * nav link to the bare page, back and forward); from then on every change is written back,
 * so the page's URL is always a share link. Writing waits for that first read: SvelteKit's
 * router accepts address changes only once its first navigation is done.
 */
import { afterNavigate } from '$app/navigation';
import { readParams, writeParams } from './sync';

export interface AddressState {
	load(params: URLSearchParams): void;
	params(): URLSearchParams;
}

export function bindToAddress(widget: AddressState): void {
	let ready = $state(false);
	afterNavigate(() => {
		widget.load(readParams());
		ready = true;
	});
	$effect(() => {
		const params = widget.params();
		if (ready) writeParams(params);
	});
}
