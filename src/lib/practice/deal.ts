/**
 * Dealing a practice set: which widgets ask how many questions (the plan, pure), then the
 * questions themselves, gathered widget by widget. Across domains a set follows the exam's
 * domain weights, among the domains that have a widget to ask; inside a domain its widgets
 * take turns, two questions each, in an order the seed picks, so a set of 10 opens about
 * five widgets rather than all of them.
 */
import { domains, widgets as catalog, type Domain, type Widget } from '$lib/catalog';
import { appendAll } from '$lib/ml/extremes';
import { createRng } from '$lib/ml/random';
import { gatherFrom, type PracticeQuestion } from './gather';
import { taskNumber } from './practisable';
import type { PracticeState } from './sources';

/** What a learner narrows practice to: a domain, a task ("3.5"), or neither. */
export interface PracticeFilter {
	domain: Domain['id'] | null;
	task: string | null;
}

/** Questions a widget asks in a row of the plan before the next widget of its domain takes a turn. */
export const TURN = 2;

/** The widgets a filter keeps, among those that have a practice source. */
export function eligibleWidgets(
	filter: PracticeFilter,
	sources: Record<string, unknown>,
	widgets: readonly Widget[] = catalog
): Widget[] {
	return widgets.filter(
		(w) =>
			w.slug in sources &&
			(filter.domain === null || w.domain === filter.domain) &&
			(filter.task === null || taskNumber(w.task) === filter.task)
	);
}

/**
 * Whole numbers in proportion to `weights` that add up to `total` (largest remainder; ties
 * go to the larger weight, then the earlier entry).
 */
export function apportion(weights: readonly number[], total: number): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	if (sum <= 0 || total <= 0) return weights.map(() => 0);
	const exact = weights.map((w) => (w / sum) * total);
	const counts = exact.map(Math.floor);
	let left = total - counts.reduce((a, b) => a + b, 0);
	const order = exact
		.map((x, i) => ({ i, rest: x - Math.floor(x), weight: weights[i] }))
		.sort((a, b) => b.rest - a.rest || b.weight - a.weight || a.i - b.i);
	for (const { i } of order) {
		if (left-- <= 0) break;
		counts[i]++;
	}
	return counts;
}

/** How many questions each widget asks in a set of `size`: by the exam's domain weights, then in turns of two inside a domain. */
export function planSet(
	eligible: readonly Widget[],
	size: number,
	seed: number
): { slug: string; count: number }[] {
	const present = domains.filter((d) => eligible.some((w) => w.domain === d.id));
	const perDomain = apportion(
		present.map((d) => d.weight),
		size
	);
	const rng = createRng(seed);
	const plan = new Map<string, number>();
	present.forEach((domain, i) => {
		const turns = rng.shuffle(eligible.filter((w) => w.domain === domain.id));
		for (let left = perDomain[i], turn = 0; left > 0; turn++) {
			const slug = turns[turn % turns.length].slug;
			const take = Math.min(TURN, left);
			plan.set(slug, (plan.get(slug) ?? 0) + take);
			left -= take;
		}
	});
	return [...plan].map(([slug, count]) => ({ slug, count }));
}

export interface DealtSet {
	questions: PracticeQuestion[];
	/** Widgets that could not ask their share, with why (their others' questions filled in). */
	shortfalls: string[];
}

/**
 * The practice set for a filter, `size` and `seed`: the same three give the same questions,
 * so a set's link deals the same set on every device. `onprogress` hears each widget done.
 */
export async function dealSet(
	filter: PracticeFilter,
	size: number,
	seed: number,
	sources: Record<string, () => Promise<PracticeState>>,
	onprogress: (done: number, total: number) => void = () => {}
): Promise<DealtSet> {
	const plan = planSet(eligibleWidgets(filter, sources), size, seed);
	const taken: PracticeQuestion[] = [];
	const spare: PracticeQuestion[] = [];
	const shortfalls: string[] = [];
	for (const [i, { slug, count }] of plan.entries()) {
		try {
			const state = await sources[slug]();
			const found = await gatherFrom(slug, state, count, seed + i);
			appendAll(taken, found.taken);
			appendAll(spare, found.spare);
			if (found.taken.length < count) shortfalls.push(`${slug}: ${found.taken.length} of ${count} questions`);
		} catch (error) {
			shortfalls.push(`${slug}: ${error instanceof Error ? error.message : String(error)}`);
		}
		onprogress(i + 1, plan.length);
	}
	const rng = createRng(seed);
	const fill = rng.shuffle(spare).slice(0, Math.max(0, size - taken.length));
	return { questions: rng.shuffle([...taken, ...fill]), shortfalls };
}
