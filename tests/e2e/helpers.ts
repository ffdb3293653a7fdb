import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Fails on any serious or critical axe violation, listing them. */
export async function expectNoSeriousAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(' | ')}`
		);
	expect(serious, serious.join('\n')).toEqual([]);
}

/** No serious axe violation in the light theme, then in the dark one (the page is left dark). */
export async function expectAxeCleanLightAndDark(page: Page) {
	await expectNoSeriousAxeViolations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoSeriousAxeViolations(page);
}

/** At a phone's width (375 px) the page does not scroll sideways (the viewport is left at it). */
export async function expectFitsPhone(page: Page) {
	await page.setViewportSize({ width: 375, height: 800 });
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

/** Collects page errors, console errors (CSP violations show here) and requests to other hosts. */
export function watchPage(page: Page) {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:')
			problems.push(`external request: ${request.url()}`);
	});
	return problems;
}

/** The shown value of a binary metric card. */
export function metricValue(page: Page, id: string) {
	return page.getByTestId(`value-${id}`);
}

/** A count box of the binary matrix, by its exact label. */
export function countInput(page: Page, label: string) {
	return page.getByLabel(label, { exact: true });
}

/** Waits until the widget has read its URL and hydrated. */
export async function openWidget(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
}

/**
 * Waits until the page's slow results are in: nothing in <main> marked busy (aria-busy, a
 * progress bar, a status line ending in "…", such as "Running ten starts…"), and <main>
 * unchanged for `quietMs` (results that start once the controls rest arrive after a pause).
 * A condition, not a sleep: on a busy machine it waits longer, on an idle one it returns
 * sooner, and a page that never settles fails with the timeout.
 */
export async function waitForSettled(page: Page, { quietMs = 400, timeout = 30_000 } = {}) {
	await page.waitForFunction(
		(quiet) => {
			const state = window as unknown as { settleWatch?: { last: number } };
			const main = document.querySelector('main');
			if (!main) return false;
			if (!state.settleWatch) {
				const watch = { last: performance.now() };
				new MutationObserver(() => (watch.last = performance.now())).observe(main, {
					subtree: true,
					childList: true,
					characterData: true,
					attributes: true
				});
				state.settleWatch = watch;
				return false;
			}
			const busy =
				main.querySelector('[aria-busy="true"], progress') !== null ||
				[...main.querySelectorAll('[role="status"]')].some((el) =>
					(el.textContent ?? '').trim().endsWith('…')
				);
			return !busy && performance.now() - state.settleWatch.last >= quiet;
		},
		quietMs,
		{ timeout, polling: 100 }
	);
}
