/**
 * Every catalog widget has a practice source whose State, opened without its page, asks
 * well-formed questions, each carrying the link state it was asked in.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { widgets } from '$lib/catalog';
import { registered } from '$lib/kit/registry';
import { gatherFrom } from '$lib/practice/gather';
import { practiceSources } from '$lib/practice/sources';
import { expectWellFormedQuestions } from './quizRules';

const staticDir = fileURLToPath(new URL('../../static', import.meta.url));
beforeAll(() => {
	// the real tables, fetched as the browser would, from static/
	vi.stubGlobal(
		'fetch',
		async (input: RequestInfo | URL) => new Response(await readFile(`${staticDir}${String(input)}`, 'utf8'))
	);
});

describe('every widget contributes', () => {
	it('every catalog widget has a practice source', () => {
		expect(widgets.filter((w) => !(w.slug in practiceSources)).map((w) => w.slug)).toEqual([]);
	});

	it.each(widgets.map((w) => w.slug))(
		'%s asks two well-formed questions, each with the state it was asked in',
		async (slug) => {
			const state = await practiceSources[slug]();
			const { taken } = await gatherFrom(slug, state, 2, 11);
			expect(taken).toHaveLength(2);
			const { codec } = registered(slug);
			expectWellFormedQuestions(
				taken.map((t) => t.question),
				codec.decode,
				2
			);
			for (const { from } of taken) expect(codec.decode(new URLSearchParams(from)).problems).toEqual([]);
		}
	);
});
