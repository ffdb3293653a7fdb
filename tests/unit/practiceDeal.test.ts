/**
 * Dealing practice sets: the plan follows the exam's domain weights and the filters, and a set
 * has its size, keeps to its filter and is the same for the same seed (so its link is too).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { widgets } from '$lib/catalog';
import { apportion, dealSet, eligibleWidgets, planSet } from '$lib/practice/deal';
import { taskNumber } from '$lib/practice/practisable';
import { practiceSources } from '$lib/practice/sources';

const staticDir = fileURLToPath(new URL('../../static', import.meta.url));
beforeAll(() => {
	// the real tables, fetched as the browser would, from static/
	vi.stubGlobal(
		'fetch',
		async (input: RequestInfo | URL) => new Response(await readFile(`${staticDir}${String(input)}`, 'utf8'))
	);
});

const sum = (plan: { count: number }[]) => plan.reduce((a, p) => a + p.count, 0);
const domainOf = (slug: string) => widgets.find((w) => w.slug === slug)!.domain;

describe('the plan', () => {
	it.each([
		{
			name: 'exam weights over four domains',
			weights: [20, 24, 36, 20],
			total: 50,
			expected: [10, 12, 18, 10]
		},
		{ name: 'two domains renormalised', weights: [24, 36], total: 10, expected: [4, 6] },
		{ name: 'remainders to the larger weight', weights: [20, 24, 36, 20], total: 10, expected: [2, 2, 4, 2] },
		{ name: 'nothing to share', weights: [24, 36], total: 0, expected: [0, 0] }
	])('apportions $name', ({ weights, total, expected }) => {
		expect(apportion(weights, total)).toEqual(expected);
	});

	it('deals sets of 10, 20 and 50 by the domain weights, two questions a turn', () => {
		const all = eligibleWidgets({ domain: null, task: null }, practiceSources);
		for (const size of [10, 20, 50]) {
			for (const seed of [1, 2, 3]) {
				const plan = planSet(all, size, seed);
				expect(sum(plan), `size ${size}`).toBe(size);
				const byDomain = (d: number) => sum(plan.filter((p) => domainOf(p.slug) === d));
				// the catalog has widgets in domains 2 and 3: their weights 24 : 36 share the set
				expect([byDomain(2), byDomain(3)]).toEqual(apportion([24, 36], size));
			}
		}
		// a set of 10 opens five widgets, not all of them
		expect(planSet(all, 10, 7)).toHaveLength(5);
		expect(planSet(all, 10, 7)).not.toEqual(planSet(all, 10, 8));
	});

	it('keeps to the domain or task filtered on', () => {
		const domain3 = eligibleWidgets({ domain: 3, task: null }, practiceSources);
		expect(domain3.length).toBeGreaterThan(0);
		expect(planSet(domain3, 10, 1).every((p) => domainOf(p.slug) === 3)).toBe(true);
		const task = eligibleWidgets({ domain: null, task: '3.5' }, practiceSources);
		expect(task.map((w) => w.slug).sort()).toEqual(
			widgets
				.filter((w) => taskNumber(w.task) === '3.5')
				.map((w) => w.slug)
				.sort()
		);
		expect(sum(planSet(task, 10, 1))).toBe(10);
		expect(eligibleWidgets({ domain: 1, task: null }, practiceSources)).toEqual(
			widgets.filter((w) => w.domain === 1)
		);
		expect(planSet([], 10, 1)).toEqual([]);
	});
});

describe('a dealt set', () => {
	it('has the size asked for, from the filtered domain, the same for the same seed', async () => {
		const first = await dealSet({ domain: 2, task: null }, 10, 5, practiceSources);
		expect(first.shortfalls).toEqual([]);
		expect(first.questions).toHaveLength(10);
		expect(first.questions.every((q) => domainOf(q.slug) === 2)).toBe(true);
		expect(new Set(first.questions.map((q) => q.question.prompt)).size).toBe(10);
		const again = await dealSet({ domain: 2, task: null }, 10, 5, practiceSources);
		expect(again.questions.map((q) => q.question.prompt)).toEqual(
			first.questions.map((q) => q.question.prompt)
		);
	});
});
