import { expect, test } from '@playwright/test';
import { openWidget, watchPage, expectAxeCleanLightAndDark, expectFitsPhone } from './helpers';

/** An AUC as the page writes it: three decimals. */
const AUC = /^\d\.\d{3}$/;

test.describe('Cross-validation', () => {
	test('5-fold on 103 rows: folds of 21, 21, 21, 20, 20, each scored, mean and spread shown with their arithmetic', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/cross-validation');
		await expect(page.getByTestId('fold-sizes')).toContainText('Test fold sizes: 21, 21, 21, 20, 20.');
		await expect(page.locator('figure.fold-grid')).toHaveAttribute('data-test-sizes', '21,21,21,20,20');
		await expect(page.getByRole('heading', { name: '5 folds, 5 fits' })).toBeVisible();
		await expect(page.getByTestId('cv-mean')).toHaveText(AUC);
		await expect(page.getByTestId('cv-sd')).toHaveText(AUC);
		// the formula with its numbers: 103 = 20 × 5 + 3
		await expect(page.getByTestId('size-arithmetic')).toContainText(
			'103 = 20 × 5 + 3: 3 folds of 21 rows and 2 of 20.'
		);
		const sd = await page.getByTestId('cv-sd').innerText();
		await expect(page.getByTestId('sd-arithmetic')).toContainText(`/ 5) = ${sd}`);
		const folds = page.getByRole('slider', { name: 'Folds k' });
		await folds.fill('10');
		// 103 = 10 × 10 + 3
		await expect(page.getByTestId('fold-sizes')).toContainText('11, 11, 11, 10, 10, 10, 10, 10, 10, 10.');
		await expect(page.getByRole('heading', { name: '10 folds, 10 fits' })).toBeVisible();
		expect(problems).toEqual([]);
	});

	test('leave-one-out fits once per row and pools its scores; stratified k-fold keeps the rare class in every fold or warns', async ({
		page
	}) => {
		await openWidget(page, '/cross-validation?n=40&method=loo');
		await expect(page.getByRole('heading', { name: '40 folds, 40 fits' })).toBeVisible();
		await expect(page.getByText('Showing the first 25 of 40 folds.')).toBeVisible();
		await expect(page.getByText('Each test fold holds one row, so no fold has an AUC.')).toBeVisible();
		await expect(page.getByTestId('cv-mean')).toHaveText(AUC);

		// 100 rows, 10% positive, 5 stratified folds: 2 positives in each test fold
		await openWidget(page, '/cross-validation?n=100&pos=10&method=stratified&folds=5');
		await expect(page.getByTestId('fold-sizes')).toContainText('Positives per test fold: 2, 2, 2, 2, 2.');
		// 20 folds with 10 positives: some folds lack the class, as scikit-learn warns, and those folds have no AUC
		await page.getByRole('slider', { name: 'Folds k' }).fill('20');
		await expect(page.getByRole('status').filter({ hasText: 'least populated class' })).toBeVisible();
		await expect(page.getByTestId('unscored')).toContainText('hold no positive, so they have no AUC');
	});

	test('time series (expanding window): scikit-learn TimeSeriesSplit folds, scored, and no leave-one-out', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/cross-validation?time=on');
		await page.getByLabel('Method').selectOption({ label: 'Time series (expanding window)' });
		await expect(page).toHaveURL(/method=timeseries/);
		// test_size = 103 // (5 + 1) = 17; the test blocks are the last five, rows 18–102
		await expect(page.getByTestId('fold-sizes')).toContainText('Test fold sizes: 17, 17, 17, 17, 17.');
		await expect(page.locator('figure.fold-grid')).toHaveAttribute('data-test-sizes', '17,17,17,17,17');
		await expect(page.getByTestId('size-arithmetic')).toContainText('⌊103 / (5 + 1)⌋ = 17 rows');
		await expect(page.getByTestId('size-arithmetic')).toContainText('the first 18 rows are only trained on');
		await expect(page.getByTestId('cv-mean')).toHaveText(AUC);
		await expect(page.getByRole('switch', { name: 'Shuffle first' })).toHaveCount(0);
		const table = page.getByTestId('fold-count-table');
		await expect(table.getByRole('row', { name: /Leave-one-out/ })).toContainText(
			'would train on rows after the one it tests',
			{ timeout: 20_000 }
		);
		expect(problems).toEqual([]);
	});

	test('the fold-count table: pooled AUC over 50 reshuffles, its spread, rows per fit and fits', async ({
		page
	}) => {
		await openWidget(page, '/cross-validation');
		const table = page.getByTestId('fold-count-table');
		await expect(table.getByRole('row')).toHaveCount(6, { timeout: 20_000 });
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
		await expect(
			table
				.getByRole('row', { name: /^Leave-one-out/ })
				.getByRole('cell')
				.nth(1)
		).toHaveText('0 (one way to deal)');
		await expect(
			table
				.getByRole('row', { name: /^5-fold/ })
				.getByRole('cell')
				.nth(1)
		).toHaveText(AUC);
	});

	test('features chosen before the folds inflate the score on pure noise; the toggle shows it and is in the link', async ({
		page
	}) => {
		await openWidget(page, '/cross-validation');
		const shown = page.getByTestId('cv-leak-score');
		await expect(shown).toHaveText(AUC, { timeout: 20_000 });
		const honest = Number(await shown.innerText());
		await page.getByRole('switch', { name: /Choose the 50 features on all rows before the folds/ }).click();
		await expect(page).toHaveURL(/fsel=on/);
		await expect(page.getByText('Cross-validated AUC, features chosen on all rows first')).toBeVisible();
		expect(Number(await shown.innerText())).toBeGreaterThan(honest + 0.15);
	});

	test('a predict question: answer it, then "Show me" opens the state it asked about', async ({ page }) => {
		// with these settings the set holds "Switch to 10 folds: how many fits now?" (4 candidates × 10 folds)
		await openWidget(page, '/cross-validation?q=1');
		const question = page.getByRole('listitem').filter({ hasText: 'Switch to 10 folds: how many fits now?' });
		await question.getByRole('textbox').fill('40');
		await question.getByRole('button', { name: 'Check' }).click();
		await expect(question.getByRole('status')).toContainText('Correct.');
		await question.getByRole('button', { name: 'Show me: 10 folds' }).click();
		await expect(page).toHaveURL(/folds=10/);
		await expect(page.getByRole('heading', { name: '10 folds, 10 fits' })).toBeVisible();
		// the answered set holds still after the change
		await expect(question).toBeVisible();
	});

	test('story step 2: its link is current, the story quotes the fold scores on screen, and its address opens the same step', async ({
		page,
		context
	}) => {
		await openWidget(page, '/cross-validation');
		const step = page.getByRole('link', { name: 'Noisy fold scores' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		await expect(page).toHaveURL(/method=stratified/);
		const story = page.getByTestId('story');
		await expect(story).toContainText('The 10 fold AUCs run from');
		// the mean it quotes is the headline's
		const mean = await page.getByTestId('cv-mean').innerText();
		const sd = await page.getByTestId('cv-sd').innerText();
		await expect(story).toContainText(`Cross-validation reports their mean, ${mean} ± ${sd}.`);
		const said = await story.innerText();

		const other = await context.newPage();
		await openWidget(other, (await step.getAttribute('href'))!.replace(/^\?/, '/cross-validation?'));
		await expect(other.getByRole('link', { name: 'Noisy fold scores' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(said);
	});

	test('a share link restores the folds; axe clean in light and dark; fits a phone', async ({
		page,
		context
	}) => {
		// two pages and two axe runs over every fold cell: slow on a busy two-core machine
		test.setTimeout(90_000);
		await openWidget(page, '/cross-validation');
		await page.getByLabel('Method').selectOption({ label: 'Stratified k-fold' });
		await page.getByLabel('Shuffle seed', { exact: true }).fill('9');
		await expect(page).toHaveURL(/method=stratified/);
		await expect(page).toHaveURL(/[?&]seed=9(&|$)/);
		const mean = await page.getByTestId('cv-mean').innerText();
		const other = await context.newPage();
		await openWidget(other, page.url().replace(/^https?:\/\/[^/]+/, ''));
		await expect(other.getByTestId('cv-mean')).toHaveText(mean);
		await expect(other.getByTestId('fold-count-table')).toBeVisible({ timeout: 20_000 });
		await expectAxeCleanLightAndDark(other);
		await expectFitsPhone(other);
	});
});
