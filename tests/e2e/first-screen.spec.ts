/**
 * Every widget's lesson on the first screen (the widget kit's page contract): at 1280 × 800 at
 * least 240 px of its largest chart shows without scrolling and Share is on screen; at 375 ×
 * 812 a chart starts within a screen and a half; in presenter mode at 1024 × 768 and 1920 ×
 * 1080 the largest chart is wholly on screen and covers at least a fifth of it. Charts are the page's <svg> and
 * <canvas> of at least 20,000 px² (icons and sparklines left out). Run one widget with
 * `-g <slug>`.
 */
import { expect, test, type Page } from '@playwright/test';
import { widgets } from '$lib/catalog';
import { openWidget, waitForSettled } from './helpers';

/** The page's charts as boxes in the viewport, largest first. */
function chartBoxes(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('main svg, main canvas')]
			.map((element) => element.getBoundingClientRect().toJSON() as DOMRect)
			.filter((box) => box.width * box.height >= 20_000)
			.sort((a, b) => b.width * b.height - a.width * a.height)
	);
}

/** The projectors a teacher meets: an old 4:3 one and full HD. */
const projectors = [
	[1024, 768],
	[1920, 1080]
] as const;

async function open(page: Page, path: string) {
	await openWidget(page, path);
	await waitForSettled(page);
}

/**
 * Resizes the page and waits until its layout has followed: the window reports the new width,
 * two frames have run (size observers, then their redraw) and <main> is quiet again.
 */
async function resize(page: Page, width: number, height: number) {
	await page.setViewportSize({ width, height });
	await page.waitForFunction((w) => window.innerWidth === w, width);
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	await waitForSettled(page);
}

/** At 1280 × 800 at least 240 px of the largest chart shows and Share is on screen. */
async function expectDesktopFirstScreen(page: Page) {
	const [largest] = await chartBoxes(page);
	expect(largest, 'a chart').toBeDefined();
	const shown = Math.min(800, largest.bottom) - Math.max(0, largest.top);
	expect(shown, `px of the largest chart on screen (top ${Math.round(largest.top)})`).toBeGreaterThanOrEqual(
		240
	);
	const share = await page.getByRole('button', { name: 'Share' }).boundingBox();
	expect(share!.y + share!.height).toBeLessThanOrEqual(800);
}

/** In presenter mode the largest chart is wholly on screen and covers a fifth of it. */
async function expectPresenterStage(page: Page, width: number, height: number) {
	const [largest] = await chartBoxes(page);
	expect(largest, 'a chart').toBeDefined();
	expect(largest.top, 'top').toBeGreaterThanOrEqual(0);
	expect(largest.bottom, 'bottom').toBeLessThanOrEqual(height);
	expect(largest.left).toBeGreaterThanOrEqual(0);
	expect(largest.right).toBeLessThanOrEqual(width);
	expect(largest.width * largest.height, 'area').toBeGreaterThanOrEqual(0.2 * width * height);
}

// One page per widget, resized between sizes and switched to presenter mode by its button (the
// layout must follow both anyway, and a page load per size would double this file's share of
// CI's time).
for (const { slug } of widgets) {
	test(`${slug}: the stage on the first screen at 1280 × 800 and 375 × 812, and in presenter mode at ${projectors.map(([w, h]) => `${w} × ${h}`).join(' and ')}`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await open(page, `/${slug}`);
		await expectDesktopFirstScreen(page);

		await resize(page, 375, 812);
		const top = Math.min(...(await chartBoxes(page)).map((box) => box.top));
		expect(top, 'top of the first chart').toBeLessThanOrEqual(1.5 * 812);

		for (const [index, [width, height]] of projectors.entries()) {
			await resize(page, width, height);
			if (index === 0) {
				await page.getByRole('button', { name: /^Present/ }).click();
				await expect(page).toHaveURL(/[?&]present/);
				await page.evaluate(() => window.scrollTo(0, 0));
				await resize(page, width, height);
			}
			await expectPresenterStage(page, width, height);
		}
	});
}
