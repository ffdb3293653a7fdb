import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { makeLargeFixtures, GENERATED_DIR, ROWS_FILE } from '../fixtures/csv/make-large.js';
import { openWidget } from './helpers';

// How long the main thread is busy meanwhile is measured by `npm run bench` (bench/run.js),
// not here: a timing assertion in a test run that shares two cores fails by chance.

test.beforeAll(async () => {
	await makeLargeFixtures();
});

test.describe('Feature scaling, a large upload', () => {
	test('a 100,000-row file is parsed in a worker, with progress, and the widget uses it', async ({
		page
	}) => {
		await openWidget(page, '/feature-scaling');
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await page.getByLabel('Upload a CSV file').setInputFiles(join(GENERATED_DIR, ROWS_FILE));
		await expect(page.getByRole('progressbar')).toBeVisible();
		await expect(page.getByText('rows-100000x10.csv: 100,000 rows × 10 columns')).toBeVisible({
			timeout: 30_000
		});
		await page.locator('summary', { hasText: 'Show the maths' }).click();
		await expect(page.getByRole('table', { name: /Fitted parameters/ })).toBeVisible();
		expect(workers.some((url) => /csv\.worker/.test(url))).toBe(true);
	});
});
