import { expect, test } from '@playwright/test';
import { widgets } from '$lib/catalog';
import { expectNoSeriousAxeViolations, openWidget, watchPage } from './helpers';

test('the home page lists the built widgets by exam domain and links to them', async ({ page }) => {
	const problems = watchPage(page);
	await openWidget(page, '/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Machine learning you can touch');
	const modeling = page.getByRole('region', { name: /Domain 3\s+Modeling/ });
	await expect(modeling).toContainText('Exam task 3.5 Evaluate ML models');
	// a domain without a built widget is not shown
	await expect(page.getByRole('heading', { name: /Data engineering/ })).toHaveCount(0);
	await modeling.getByRole('link', { name: 'Confusion matrix' }).click();
	await expect(page).toHaveURL(/\/confusion-matrix$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confusion matrix');
	await page.getByRole('link', { name: 'ML Playground' }).click();
	await expect(page).toHaveURL(/\/$/);
	expect(problems).toEqual([]);
});

test('the theme toggle switches to dark and the choice persists', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await openWidget(page, '/');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(background).toBe('rgb(15, 19, 24)');
	await page.goto('/confusion-matrix');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: 'Dark theme' }).first()).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('the theme follows the system until the person chooses', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await openWidget(page, '/');
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
	const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(background).toBe('rgb(15, 19, 24)');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('presenter mode hides the site chrome, enlarges type and survives in the link', async ({ page }) => {
	await openWidget(page, '/confusion-matrix');
	const normalSize = await page.evaluate(() =>
		parseFloat(getComputedStyle(document.documentElement).fontSize)
	);
	await page.getByRole('button', { name: 'Presenter mode' }).click();
	await expect(page.getByRole('button', { name: 'Widgets' })).toBeHidden();
	await expect(page).toHaveURL(/[?&]present/);
	const presentSize = await page.evaluate(() =>
		parseFloat(getComputedStyle(document.documentElement).fontSize)
	);
	expect(presentSize).toBeGreaterThan(normalSize);
	// editing keeps presenter mode in the address
	await page.getByLabel('True positives', { exact: true }).fill('41');
	await expect(page).toHaveURL(/present/);
	await expect(page).toHaveURL(/tp=41/);

	await openWidget(page, '/confusion-matrix?present');
	await expect(page.getByRole('button', { name: 'Widgets' })).toBeHidden();
	await page.getByRole('button', { name: 'Exit presenter mode' }).click();
	await expect(page.getByRole('button', { name: 'Widgets' })).toBeVisible();
	await expect(page).not.toHaveURL(/present/);
});

for (const scheme of ['light', 'dark'] as const) {
	test(`an unknown address shows a helpful 404 page, axe-clean in ${scheme}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await openWidget(page, '/');
		// client-side navigation to a page that does not exist
		await page.evaluate(() => {
			const link = document.createElement('a');
			link.href = '/no-such-widget';
			document.body.append(link);
			link.click();
		});
		await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
		await expect(page.getByRole('main').getByRole('link', { name: 'Confusion matrix' })).toBeVisible();
		await expectNoSeriousAxeViolations(page);
	});
}

test('the static 404 page works on its own', async ({ page }) => {
	const problems = watchPage(page);
	await page.goto('/404.html');
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
});

test('pages send a strict Content-Security-Policy and load nothing from elsewhere', async ({ page }) => {
	const problems = watchPage(page);
	const response = await page.goto('/confusion-matrix');
	const html = (await response?.text()) ?? '';
	const csp = /http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain("script-src 'self'");
	expect(csp).not.toContain('unsafe-eval');
	// in force before any script runs: the policy's meta tag comes before the first <script>
	expect(html.search(/http-equiv="content-security-policy"/i)).toBeLessThan(html.indexOf('<script'));
	// and as a header file for hosts that read one, with what only a header can say
	const headers = await (await page.request.get('/_headers')).text();
	expect(headers).toMatch(/Content-Security-Policy: default-src 'self';.*frame-ancestors 'none'/);
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	// mathjs' parser, fetched once its panel shows, runs under the policy too
	await page.getByTestId('custom-result').scrollIntoViewIfNeeded();
	await expect(page.getByTestId('custom-result')).toContainText('0.571');
	expect(problems).toEqual([]);
});

test('the layout fits a 375 px phone without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	for (const path of ['/', '/confusion-matrix', '/confusion-matrix?mode=multiclass']) {
		await openWidget(page, path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
	}
});

for (const scheme of ['light', 'dark'] as const) {
	test(`axe finds no serious violation on the home page, ${scheme}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await openWidget(page, '/');
		await expectNoSeriousAxeViolations(page);
	});
}

test('every widget leads to the next in the curriculum, and back', async ({ page }) => {
	const problems = watchPage(page);
	await openWidget(page, '/missing-data');
	const pager = page.getByRole('navigation', { name: 'Previous and next widget' });
	await expect(pager.getByRole('link', { name: /Previous\s+Feature scaling/ })).toBeVisible();
	await pager.getByRole('link', { name: /Next\s+Class imbalance/ }).click();
	await expect(page).toHaveURL(/\/class-imbalance$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('imbalance');
	// the last widget (the catalog's, which grows) has no next
	await openWidget(page, `/${widgets.at(-1)!.slug}`);
	await expect(pager.getByRole('link', { name: /Previous/ })).toBeVisible();
	await expect(pager.getByRole('link', { name: /Next/ })).toHaveCount(0);
	// the home page has no pager
	await openWidget(page, '/');
	await expect(pager).toHaveCount(0);
	expect(problems).toEqual([]);
});

test('in presenter mode → walks the story then changes widget, ← goes back, a focused control keeps its arrows, Esc leaves', async ({
	page
}) => {
	const problems = watchPage(page);
	await openWidget(page, '/confusion-matrix?present');
	await expect(page.getByText('← → story steps, then widgets · Esc leaves')).toBeVisible();
	const steps = page.locator('a[data-story-step]');
	const count = await steps.count();
	expect(count).toBeGreaterThanOrEqual(3);
	// → opens each step in turn (from the one on screen, if the page opened on one)
	const current = await steps.evaluateAll((links) =>
		links.findIndex((link) => link.getAttribute('aria-current') === 'step')
	);
	for (let i = current + 1; i < count; i++) {
		await page.keyboard.press('ArrowRight');
		await expect(steps.nth(i)).toHaveAttribute('aria-current', 'step');
	}
	// past the last step, → changes widget, keeping presenter mode
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/data-splits\?present$/);
	await expect(page.locator('html')).toHaveAttribute('data-present', '');
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/\/confusion-matrix\?present$/);
	// arrows in a number box stay there
	const box = page.getByLabel('True positives', { exact: true });
	await box.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/confusion-matrix/);
	await page.keyboard.press('Escape');
	await expect(page.locator('html')).not.toHaveAttribute('data-present');
	await expect(page).not.toHaveURL(/present/);
	await expect(page.getByRole('button', { name: 'Widgets' })).toBeVisible();
	expect(problems).toEqual([]);
});

test('the header is one line, and the widgets a menu behind a button, on a phone as on a desktop', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await openWidget(page, '/');
	const headerHeight = () => page.getByRole('banner').evaluate((e) => e.getBoundingClientRect().height);
	const buttonHeight = () =>
		page.getByRole('button', { name: 'Widgets' }).evaluate((e) => e.getBoundingClientRect().height);
	expect(await headerHeight()).toBeLessThan((await buttonHeight()) * 2);
	await page.setViewportSize({ width: 375, height: 800 });
	expect(await headerHeight()).toBeLessThan((await buttonHeight()) * 2);
	await openWidget(page, '/threshold');
	const menu = page.getByRole('button', { name: 'Widgets' });
	const list = page.getByRole('navigation', { name: 'Widgets' });
	await expect(list).toBeHidden();
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await menu.click();
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	await expect(list.getByRole('link', { name: 'Threshold, ROC and PR curves' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expectNoSeriousAxeViolations(page);
	await list.getByRole('link', { name: 'k-means clustering' }).click();
	await expect(page).toHaveURL(/\/k-means$/);
	await expect(list).toBeHidden();
	// Esc closes an open menu
	await menu.click();
	await expect(list).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(list).toBeHidden();
	// and a click outside it
	await menu.click();
	await page.mouse.click(180, 780);
	await expect(list).toBeHidden();
});
