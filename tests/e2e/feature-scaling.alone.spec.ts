import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { makeLargeFixtures, GENERATED_DIR, ROWS_FILE } from '../fixtures/csv/make-large.js';
import { openWidget } from './helpers';

// Runs alone, after the other journeys (see playwright.config.ts): it times the main thread.

test.beforeAll(async () => {
	await makeLargeFixtures();
});

test.describe('Feature scaling, a large upload', () => {
	test('a 100,000-row file loads with progress and no long task on the main thread', async ({ page }) => {
		await openWidget(page, '/feature-scaling');
		await page.evaluate(() => {
			const w = window as unknown as { longTasks: number[] };
			w.longTasks = [];
			new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
		});
		await page.getByLabel('Upload a CSV file').setInputFiles(join(GENERATED_DIR, ROWS_FILE));
		await expect(page.getByRole('progressbar')).toBeVisible();
		await expect(page.getByText('rows-100000x10.csv: 100,000 rows × 10 columns')).toBeVisible({ timeout: 30_000 });
		await expect(page.getByRole('table', { name: /Fitted parameters/ })).toBeVisible();
		await page.waitForTimeout(500);
		const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
		expect(longest).toBeLessThan(200);
	});
});
