/**
 * The learner's practice record, kept on this device only (localStorage): per exam task, how
 * many questions were answered and how many of them right. The key carries a version; data
 * under it that does not read as this version's shape (hand-edited, truncated, another
 * version) counts as no record, never as a crash. Domains are summed from their tasks.
 */
import { domains, type Domain } from '$lib/catalog';

/** The storage key; a new shape gets a new version (and the old key is then left unread). */
export const PROGRESS_KEY = 'ml-playground.practice.v1';
const VERSION = 1;

export interface Tally {
	answered: number;
	right: number;
}

/** Tallies by task number ("3.5"). */
export type Progress = Record<string, Tally>;

/** The storage practice uses: localStorage in the browser, a Map-backed stand-in in tests. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isTask = (key: string) => /^[1-4]\.[1-9]$/.test(key);

/** The record in `raw` (JSON as stored); an empty record for anything that is not this version's shape. */
export function parseProgress(raw: string | null): Progress {
	if (raw === null) return {};
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return {};
	}
	if (typeof data !== 'object' || data === null) return {};
	const { version, tasks } = data as { version?: unknown; tasks?: unknown };
	if (version !== VERSION || typeof tasks !== 'object' || tasks === null || Array.isArray(tasks)) return {};
	const progress: Progress = {};
	for (const [task, tally] of Object.entries(tasks)) {
		if (!isTask(task) || typeof tally !== 'object' || tally === null) continue;
		const { answered, right } = tally as { answered?: unknown; right?: unknown };
		// a tally that cannot be true (more right than answered) is dropped, not trusted
		if (isCount(answered) && isCount(right) && right <= answered) progress[task] = { answered, right };
	}
	return progress;
}

/** The record as it is stored. */
export const serializeProgress = (progress: Progress) =>
	JSON.stringify({ version: VERSION, tasks: progress });

/** The record on this device; empty where storage is blocked or holds something unreadable. */
export function readProgress(storage: ProgressStorage | null): Progress {
	try {
		return parseProgress(storage?.getItem(PROGRESS_KEY) ?? null);
	} catch {
		return {};
	}
}

/** The record with one more answer for `task`. */
export function withAnswer(progress: Progress, task: string, right: boolean): Progress {
	const tally = progress[task] ?? { answered: 0, right: 0 };
	return { ...progress, [task]: { answered: tally.answered + 1, right: tally.right + (right ? 1 : 0) } };
}

/** Stores the record; false where storage is blocked or full (the record then lasts for this page only). */
export function writeProgress(storage: ProgressStorage | null, progress: Progress): boolean {
	try {
		if (!storage) return false;
		storage.setItem(PROGRESS_KEY, serializeProgress(progress));
		return true;
	} catch {
		return false;
	}
}

/** Forgets the record on this device. */
export function forgetProgress(storage: ProgressStorage | null): void {
	try {
		storage?.removeItem(PROGRESS_KEY);
	} catch {
		// storage blocked: there was nothing stored to forget
	}
}

/** Each domain's tally, summed over its tasks, in the exam's order. */
export function domainTallies(progress: Progress): { domain: Domain; tally: Tally }[] {
	return domains.map((domain) => {
		const tally = { answered: 0, right: 0 };
		for (const [task, t] of Object.entries(progress)) {
			if (task.startsWith(`${domain.id}.`)) {
				tally.answered += t.answered;
				tally.right += t.right;
			}
		}
		return { domain, tally };
	});
}

/**
 * The domain to practise next: the lowest share right among the domains answered and
 * practisable; a tie goes to the one with the larger exam weight. Null before any answer.
 */
export function weakestDomain(progress: Progress, practisable: readonly Domain['id'][]): Domain['id'] | null {
	let weakest: { id: Domain['id']; share: number; weight: number } | null = null;
	for (const { domain, tally } of domainTallies(progress)) {
		if (tally.answered === 0 || !practisable.includes(domain.id)) continue;
		const share = tally.right / tally.answered;
		if (!weakest || share < weakest.share || (share === weakest.share && domain.weight > weakest.weight))
			weakest = { id: domain.id, share, weight: domain.weight };
	}
	return weakest?.id ?? null;
}
