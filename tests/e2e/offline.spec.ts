import { expect, test } from '@playwright/test';
import { widgets } from '$lib/catalog';
import { openWidget, waitForSettled, watchPage } from './helpers';

// the one spec that lets the site's offline worker run (playwright.config.ts blocks it elsewhere);
// each test's browser context is new, so no cache from an earlier build or run is there
test.use({ serviceWorkers: 'allow' });

test('after one visit every widget opens from the navigation with the network off, and computes', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	const problems = watchPage(page);
	await openWidget(page, '/');
	// the worker has stored the site and serves this page
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
	const cached = await page.evaluate(async () => {
		const keys = await caches.keys();
		const cache = await caches.open(keys.find((key) => key.startsWith('ml-playground-'))!);
		return (await cache.keys()).map((request) => new URL(request.url).pathname);
	});
	for (const path of [
		'/',
		'/practice',
		'/data/penguins.csv',
		'/manifest.webmanifest',
		...widgets.map((w) => `/${w.slug}`)
	])
		expect(cached, path).toContain(path);
	expect(
		cached.some((path) => path.endsWith('.woff2')),
		'fonts'
	).toBe(true);

	await context.setOffline(true);
	for (const widget of widgets) {
		await page.getByRole('button', { name: 'Widgets' }).click();
		await page
			.getByRole('navigation', { name: 'Widgets' })
			.getByRole('link', { name: widget.title, exact: true })
			.click();
		await expect(page).toHaveURL(new RegExp(`/${widget.slug}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(widget.title);
		await waitForSettled(page, { quietMs: 300 });
		// its numbers are computed: a chart on the stage and questions built from them, no load error
		await expect(page.locator('#stage').locator('svg, canvas').first()).toBeVisible();
		await expect(page.locator('.quiz ol > li').first(), widget.slug).toBeAttached();
		await expect(page.getByText(/could not be loaded/)).toHaveCount(0);
	}
	// a page opened afresh (a reload with a state in its link) comes from the cache too
	await page.goto('/threshold?t=0.7');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Threshold/);
	expect(problems).toEqual([]);
});
