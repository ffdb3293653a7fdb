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

		// 100 rows, 10% positive, 5 stratified folds: 2 positives in each test fold
		await openWidget(page, '/cross-validation?n=100&pos=10&method=stratified&folds=5');
		await expect(page.getByTestId('fold-sizes')).toContainText('Positives per test fold: 2, 2, 2, 2, 2.');
		// 20 folds with 10 positives: some folds lack the class, as scikit-learn warns
		await page.getByRole('slider', { name: 'Folds k' }).fill('20');
		await expect(page.getByRole('status').filter({ hasText: 'least populated class' })).toBeVisible();
	});

	test('a share link restores the folds; axe clean; fits a phone', async ({ page, context }) => {
		await openWidget(page, '/cross-validation');
		await page.getByLabel('Method').selectOption({ label: 'Stratified k-fold' });
		await page.getByLabel('Seed', { exact: true }).fill('9');
		await expect(page).toHaveURL(/method=stratified/);
		await expect(page).toHaveURL(/seed=9/);
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
