/**
 * Whether the page's state fits in a link, as reactive state every page can show. A state
 * that would write a field longer than its codec reads back (reordering 20,000 categories
 * wrote 109,079 characters where the codec reads 4,000), or a query longer than servers
 * take, is not written: the address keeps the last state that fitted, and this says why.
 */
import { formatCount } from '$lib/format/format';
import { LinkParams } from './codec';

/**
 * The longest query written. Common web servers refuse request lines past 8 KB (nginx's
 * default large_client_header_buffers, Apache's LimitRequestLine) and Node past 16 KB
 * (431 Request Header Fields Too Large); no widget's fields add up to half of this.
 */
export const MAX_QUERY_LENGTH = 8_000;

/** Why `params` cannot be a link, or null when they can. */
export function linkProblem(params: URLSearchParams): string | null {
	const tooLong = params instanceof LinkParams ? params.tooLong : [];
	if (tooLong.length > 0) return `${tooLong.join('; ')}.`;
	const length = params.toString().length;
	if (length > MAX_QUERY_LENGTH) {
		return `its address would take ${formatCount(length)} characters, over the ${formatCount(MAX_QUERY_LENGTH)} that web servers reliably accept.`;
	}
	return null;
}

/** Why the current state is not in the address (null when it is), for the page to say. */
export const addressNotice = $state<{ reason: string | null }>({ reason: null });
