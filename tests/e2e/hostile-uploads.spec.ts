/**
 * The files an attacker (or an unlucky learner) uploads, on every page that takes one: values
 * near the largest double, values whose squares overflow, subnormal values, 1,000 numeric
 * columns and 200,000 rows (tests/fixtures/csv/hostile.js makes them at test time). Each must
 * end in a usable page within seconds: a message naming any column that cannot be used and
 * an offer to leave it out, no uncaught error, no NaN or Infinity on the page, the new file
 * on screen (not the last one's charts under its name), and the next good file loads.
 * One page per widget takes all the files in turn, which keeps the journey short.
 */
import { expect, test, type Page } from '@playwright/test';
import { hostileFiles, NEXT_FILE, nextValidCsv, payload } from '../fixtures/csv/hostile.js';
import { expectNoSeriousAxeViolations, openWidget, waitForSettled, watchPage } from './helpers';

const pages = ['feature-scaling', 'missing-data', 'outliers', 'encoding', 'k-means'];
const files = hostileFiles();
/** "A few seconds" on an idle machine; the suite must also pass beside two CPU-bound processes. */
const WITHIN = 20_000;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** NaN or Infinity written on the page, with some context; the pages name NaN in prose where scikit-learn would hold one. */
async function badNumbers(page: Page): Promise<string[]> {
	const text = ((await page.locator('main').textContent()) ?? '').replace(/(refuses|as) NaN/g, '');
	return [...text.matchAll(/\bNaN\b|Infinity/g)].map((m) =>
		text.slice(Math.max(0, m.index - 80), m.index + 40)
	);
}

/** Fails unless the main thread answers within `ms`: a frozen page cannot run this. */
async function expectResponsive(page: Page, ms = 5_000) {
	const started = Date.now();
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
	expect(Date.now() - started, 'the page answered a frame request').toBeLessThan(ms);
}

for (const slug of pages) {
	test(`${slug}: hostile files end in a usable page, and the next good file loads`, async ({ page }) => {
		test.setTimeout(files.length * 2 * WITHIN + 30_000);
		const problems = watchPage(page);
		await openWidget(page, `/${slug}`);
		const upload = page.getByLabel('Upload a CSV file');

		for (const { file, unusable } of files) {
			const started = Date.now();
			await upload.setInputFiles(file);
			if (unusable) {
				await expect(upload).toHaveAccessibleDescription(
					new RegExp(`of “${escape(file.name)}” cannot be used: “${unusable}” holds values`),
					{ timeout: WITHIN }
				);
				// the message and its button, once: the box is the same on every page
				if (slug === pages[0] && file === files[0].file) await expectNoSeriousAxeViolations(page);
				await page.getByRole('button', { name: `Leave out “${unusable}” and load the rest` }).click();
			}
			await expect(upload).toHaveAccessibleDescription(new RegExp(`Loaded “${escape(file.name)}”`), {
				timeout: WITHIN
			});
			// the widget took the new table: its source reads the new file's name
			await expect(page.getByRole('radio', { name: new RegExp(escape(file.name)) })).toBeChecked({
				timeout: WITHIN
			});
			await waitForSettled(page, { timeout: WITHIN });
			await expectResponsive(page);
			test.info().annotations.push({
				type: 'timing',
				description: `${slug} ${file.name}: usable after ${Date.now() - started} ms`
			});
			expect(await badNumbers(page), `${slug} ${file.name}`).toEqual([]);
			expect(problems, `${slug} ${file.name}`).toEqual([]);
		}

		await upload.setInputFiles(payload(NEXT_FILE, nextValidCsv()));
		await expect(upload).toHaveAccessibleDescription(/Loaded “next-valid.csv”: 8 rows × 3 columns\./, {
			timeout: WITHIN
		});
		await expect(page.getByRole('radio', { name: /next-valid\.csv/ })).toBeChecked();
		await waitForSettled(page, { timeout: WITHIN });
		expect(await badNumbers(page)).toEqual([]);
		expect(problems).toEqual([]);
	});
}
