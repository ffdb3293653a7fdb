import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, openWidget, watchPage } from './helpers';

test.describe('Cross-validation', () => {
	test('5-fold on 103 rows: folds of 21, 21, 21, 20, 20, each scored, mean and spread shown', async ({ page }) => {
		const problems = watchPage(page);
		await openWidget(page, '/cross-validation');
		await expect(page.getByTestId('fold-sizes')).toContainText('Test fold sizes: 21, 21, 21, 20, 20.');
		await expect(page.locator('figure.fold-grid')).toHaveAttribute('data-test-sizes', '21,21,21,20,20');
		await expect(page.getByRole('heading', { name: '5 folds, 5 fits' })).toBeVisible();
		await expect(page.getByTestId('cv-mean')).toHaveText(/^\d+\.\d%$/);
		const folds = page.getByRole('slider', { name: 'Folds k' });
		await folds.fill('10');
		// 103 = 10 × 10 + 3
		await expect(page.getByTestId('fold-sizes')).toContainText('11, 11, 11, 10, 10, 10, 10, 10, 10, 10.');
		await expect(page.getByRole('heading', { name: '10 folds, 10 fits' })).toBeVisible();
		expect(problems).toEqual([]);
	});

	test('leave-one-out fits once per row; stratified k-fold keeps the rare class in every fold or warns', async ({ page }) => {
		await openWidget(page, '/cross-validation?n=40&method=loo');
		await expect(page.getByRole('heading', { name: '40 folds, 40 fits' })).toBeVisible();
		await expect(page.getByText('Showing the first 25 of 40 folds.')).toBeVisible();
		// one row per test fold, in the singular
		await expect(page.locator('figure.bar-chart text.label').first()).toHaveText('Fold 1 (1 row)');

		// 100 rows, 10% positive, 5 stratified folds: 2 positives in each test fold
		await openWidget(page, '/cross-validation?n=100&pos=10&method=stratified&folds=5');
		await expect(page.getByTestId('fold-sizes')).toContainText('Positives per test fold: 2, 2, 2, 2, 2.');
		// 20 folds with 10 positives: some folds lack the class, as scikit-learn warns
		await page.getByRole('slider', { name: 'Folds k' }).fill('20');
		await expect(page.getByRole('status').filter({ hasText: 'least populated class' })).toBeVisible();
	});

	test('time series (expanding window): scikit-learn TimeSeriesSplit folds, scored, and no leave-one-out', async ({ page }) => {
		const problems = watchPage(page);
		await openWidget(page, '/cross-validation?time=on');
		await page.getByLabel('Method').selectOption({ label: 'Time series (expanding window)' });
		await expect(page).toHaveURL(/method=timeseries/);
		// test_size = 103 // (5 + 1) = 17; the test blocks are the last five, rows 18–102
		await expect(page.getByTestId('fold-sizes')).toContainText('Test fold sizes: 17, 17, 17, 17, 17.');
		await expect(page.locator('figure.fold-grid')).toHaveAttribute('data-test-sizes', '17,17,17,17,17');
		await expect(page.getByTestId('time-series-note')).toContainText('⌊103 / (5 + 1)⌋ = 17 rows, the first 18 rows are only ever trained on');
		await expect(page.getByTestId('cv-mean')).toHaveText(/^\d+\.\d%$/);
		await expect(page.getByRole('switch', { name: 'Shuffle first' })).toHaveCount(0);
		const table = page.getByTestId('fold-count-table');
		await expect(table.getByRole('row', { name: /Leave-one-out/ })).toContainText('would train on rows after the one it tests');
		expect(problems).toEqual([]);
	});

	test('the trade-off table: mean, spread and fits for 2, 5, 10, 20 folds and leave-one-out', async ({ page }) => {
		await openWidget(page, '/cross-validation');
		const table = page.getByTestId('fold-count-table');
		await expect(table.getByRole('row')).toHaveCount(6);
		for (const [name, fits, rows] of [
			['2-fold', '2', '51.5'],
			['5-fold', '5', '82.4'],
			['20-fold', '20', '97.85'],
			['Leave-one-out', '103', '102']
		]) {
			const cells = table.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
			await expect(cells.nth(2)).toHaveText(rows);
			await expect(cells.nth(3)).toHaveText(fits);
		}
	});

	test('a share link restores the folds; axe clean; fits a phone', async ({ page, context }) => {
		await openWidget(page, '/cross-validation');
		await page.getByLabel('Method').selectOption({ label: 'Stratified k-fold' });
		await page.getByLabel('Shuffle seed', { exact: true }).fill('9');
		await expect(page).toHaveURL(/method=stratified/);
		await expect(page).toHaveURL(/[?&]seed=9(&|$)/);
		const mean = await page.getByTestId('cv-mean').innerText();
		const other = await context.newPage();
		await openWidget(other, page.url().replace(/^https?:\/\/[^/]+/, ''));
		await expect(other.getByTestId('cv-mean')).toHaveText(mean);
		await expectNoSeriousAxeViolations(other);
		await other.setViewportSize({ width: 375, height: 800 });
		const overflow = await other.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
