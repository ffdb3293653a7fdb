import { expect, test, type Page } from '@playwright/test';
import {
	expectAxeCleanLightAndDark,
	expectFitsPhone,
	openWidget,
	waitForSettled,
	watchPage
} from './helpers';

const remedy = (page: Page) => page.getByLabel('Remedy', { exact: true });
const when = (page: Page) => page.getByLabel('Resample', { exact: true });
const positives = (page: Page) => page.getByRole('slider', { name: 'Positives' });
const number = (page: Page, id: string) => page.getByTestId(id);

test.describe('Class imbalance', () => {
	test('no remedy scores the accuracy of flagging nothing; oversampling after the split lifts recall; before the split copies rows into the test set', async ({
		page
	}) => {
		const problems = watchPage(page);
		// the defaults (2% positives of 1,000 rows, seed 1), no remedy: the unit tests count these scores by hand
		await openWidget(page, '/class-imbalance?rem=none');
		await expect(number(page, 'accuracy')).toHaveText('0.980');
		await expect(number(page, 'recall')).toHaveText('0.167');
		await expect(number(page, 'scale-pos-weight')).toHaveText('686 ÷ 14 = 49');
		await expect(page.getByTestId('accuracy-text')).toContainText(
			'flagging nothing at all would score 0.980'
		);

		await remedy(page).selectOption({ label: 'Random oversampling' });
		await expect(number(page, 'recall')).toHaveText('1.000');
		await expect(number(page, 'leaked')).toHaveText('0 of 300');
		await expect(page.getByTestId('training-legend')).toContainText('copied positive (672)');

		await when(page).selectOption('before');
		await expect(number(page, 'leaked')).toHaveText(/^[1-9]\d* of 588$/);
		await expect(page.getByTestId('leak-text')).toContainText('exact copies of training rows');
		await expect(page.getByTestId('inflation-text')).toContainText(
			'Random oversampling before the split reads F1'
		);
		await expect(page.getByTestId('remedy-table')).toContainText('Random oversampling (shown)');

		// half positives: nothing to rebalance, scale_pos_weight is 1
		await positives(page).focus();
		await page.keyboard.press('End');
		await expect(number(page, 'scale-pos-weight')).toHaveText('350 ÷ 350 = 1');
		await expect(page).toHaveURL(/pos=50/);
		expect(problems).toEqual([]);
	});

	test('keyboard only: the share of positives, the remedy and its own setting', async ({ page }) => {
		await openWidget(page, '/class-imbalance');
		await positives(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect(positives(page)).toHaveValue('2.5');
		await page.keyboard.press('Tab');
		await expect(remedy(page)).toBeFocused();
		// SMOTE, then down one: balanced class weights
		await page.keyboard.press('ArrowDown');
		await expect(remedy(page)).toHaveValue('balanced');
		await expect(page).toHaveURL(/rem=balanced/);
		await expect(page).toHaveURL(/pos=2\.5/);
		await expect(number(page, 'scale-pos-weight')).toHaveText(/ = \d/);
		await expect(page.getByTestId('training-legend')).not.toContainText('SMOTE');
	});

	test('story: step 2 is a link; it becomes the current step, says its sentence, and opens the same in a fresh page', async ({
		page,
		context
	}) => {
		await openWidget(page, '/class-imbalance');
		const step = page.getByRole('link', { name: 'Step 2: Oversample after the split' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		const story = page.getByTestId('story');
		await expect(story).toContainText('Only the training rows are oversampled: 672 copies');
		await expect(story).toContainText('recall rises from 0.167 to 1.000');
		const text = await story.innerText();
		const href = await step.getAttribute('href');

		const other = await context.newPage();
		await openWidget(other, `/class-imbalance${href}`);
		await expect(other.getByRole('link', { name: 'Step 2: Oversample after the split' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(text);
		await expect(other.getByTestId('recall')).toHaveText('1.000');
	});

	test('bad input is refused at the box; a tampered link says what it ignored; axe clean in light and dark; fits a phone', async ({
		page
	}) => {
		// axe runs twice (light and dark) over a page with a long table: about 20 s on a quiet machine
		test.setTimeout(60_000);
		await openWidget(page, '/class-imbalance?pos=7.3&rem=custom&w=abc&seed=3');
		await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText('pos');
		await expect(remedy(page)).toHaveValue('custom');
		const weight = page.getByLabel('Weight of a positive row', { exact: true });
		await expect(weight).toHaveValue('10');
		await expect(number(page, 'recall')).not.toHaveText('');
		const table = await page.getByTestId('remedy-table').innerText();

		const seed = page.getByLabel('Seed', { exact: true });
		await seed.fill('abc');
		await seed.press('Enter');
		await expect(seed).toHaveAttribute('aria-invalid', 'true');
		await weight.fill('-4');
		await weight.press('Enter');
		await expect(weight).toHaveAttribute('aria-invalid', 'true');
		await expect(page).toHaveURL(/seed=3/);
		// the last good fits stay on screen
		expect(await page.getByTestId('remedy-table').innerText()).toBe(table);

		await waitForSettled(page);
		await expectAxeCleanLightAndDark(page);
		await expectFitsPhone(page);
	});
});
