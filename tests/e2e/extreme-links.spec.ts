/**
 * Links with every field at an edge of what its codec accepts (a number's bounds, any word of
 * a set), mixed at random with a fixed seed: each page must open without an error, say nothing
 * is NaN or infinite, and keep working. Single fields are tested by each widget's own spec;
 * this finds the combinations nobody thought of (the most points with the fewest parts…).
 */
import { expect, test } from '@playwright/test';
import { registry } from '$lib/kit/registry';
import type { Codec } from '$lib/url/codec';
import { createRng } from '$lib/ml/random';
import { openWidget, waitForSettled, watchPage } from './helpers';

const widgets = registry.map((r) => [r.widget.slug, r.codec] as const);
// two per widget in CI (18 widgets); EXTREME_LINKS=20 for a deeper search
const linksPerWidget = Number(process.env.EXTREME_LINKS ?? 2);

/** `count` query strings: each field absent (its default) or at one of its edges. */
function extremeLinks(codec: Codec<object>, seed: number, count: number): string[] {
	const rng = createRng(seed);
	return Array.from({ length: count }, () => {
		const params = new URLSearchParams();
		for (const [name, field] of Object.entries(codec.fields) as [string, { edges?: readonly string[] }][]) {
			if (field.edges && rng.next() < 0.7) params.set(name, field.edges[rng.int(field.edges.length)]);
		}
		return params.toString();
	});
}

for (const [slug, codec] of widgets) {
	test(`${slug}: links at the edges of every field open cleanly`, async ({ page }) => {
		test.setTimeout(30_000 + linksPerWidget * 15_000);
		const problems = watchPage(page);
		for (const query of extremeLinks(codec, 1, linksPerWidget)) {
			await openWidget(page, `/${slug}?${query}`);
			// slow results (sweeps, seed runs, scores) follow once the controls rest: check them, not their placeholders
			await waitForSettled(page);
			// textContent, not innerText: innerText leaves out the sections content-visibility skips off
			// screen; the pages name NaN in prose where scikit-learn would hold one
			const text = ((await page.locator('main').textContent()) ?? '').replace(/(refuses|as) NaN/g, '');
			const bad = [...text.matchAll(/\bNaN\b|Infinity/g)].map((m) =>
				text.slice(Math.max(0, m.index - 80), m.index + 40)
			);
			expect(bad, `/${slug}?${query}`).toEqual([]);
			expect(problems, `/${slug}?${query}`).toEqual([]);
		}
	});
}
