import { expect, test, type Page } from '@playwright/test';
import {
	openWidget,
	waitForSettled,
	watchPage,
	expectAxeCleanLightAndDark,
	expectFitsPhone
} from './helpers';

const penalty = (page: Page) => page.getByLabel('Penalty', { exact: true });
const lambda = (page: Page) => page.getByRole('slider', { name: 'Strength λ' });
const zeros = (page: Page) => page.getByTestId('zero-count');

test.describe('L1 vs L2 regularization', () => {
	test('L1 zeroes weights as λ grows while L2 only shrinks them; the paths and the U follow λ', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/regularization');
		await waitForSettled(page);
		// the defaults: L1 at λ = 0.1, synthetic table, seed 1 (the unit tests check these fits against the engine)
		await expect(lambda(page)).toHaveValue('-1');
		await expect(page.getByTestId('marker-lambda')).toHaveAttribute('data-x', '-1');
		const l1Zeros = Number(await zeros(page).innerText());
		expect(l1Zeros).toBeGreaterThan(0);
		await expect(page.getByTestId('zero-text')).toContainText('Out of the model: x1 copy');

		await penalty(page).selectOption({ label: 'L2 (ridge)' });
		await expect(zeros(page)).toHaveText('0');
		await expect(page.getByTestId('zero-text')).toHaveText(
			'L2 shrinks every weight towards 0 but never sets one to 0.'
		);
		await expect(page.getByTestId('coefficient-table')).not.toContainText('(dropped)');

		// λ to the slider's top: L2 still keeps every weight; L1 drops every one
		await lambda(page).focus();
		await page.keyboard.press('End');
		await expect(lambda(page)).toHaveValue('2');
		await expect(page.getByTestId('marker-lambda')).toHaveAttribute('data-x', '2');
		await expect(zeros(page)).toHaveText('0');
		await penalty(page).selectOption({ label: 'L1 (lasso)' });
		await expect(zeros(page)).toHaveText('8');
		await expect(page.getByTestId('zero-text')).toContainText('Every feature is out');
		await expect(page.getByTestId('validation-text')).toContainText('At λ = 100 validation RMSE is');
		await expect(page.getByTestId('validation-text')).toContainText('too much penalty');
		await expect(page).toHaveURL(/lam=2/);
		expect(problems).toEqual([]);
	});

	test('keyboard only: pick the penalty and move λ; the address keeps both', async ({ page }) => {
		await openWidget(page, '/regularization');
		await penalty(page).focus();
		// the options run none, L2, L1, elastic net: one up from L1 is L2
		await page.keyboard.press('ArrowUp');
		await expect(penalty(page)).toHaveValue('l2');
		await page.keyboard.press('Tab');
		await expect(lambda(page)).toBeFocused();
		for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
		await expect(lambda(page)).toHaveValue('0');
		await expect(page).toHaveURL(/pen=l2/);
		await expect(page).toHaveURL(/lam=0(&|$)/);
		await expect(zeros(page)).toHaveText('0');
	});

	test('unscaled, the hundredths column is dropped first; scaled, it stays', async ({ page }) => {
		await openWidget(page, '/regularization');
		const table = page.getByTestId('coefficient-table');
		const hundredths = table.getByRole('row', { name: /x4 \(hundredths\)/ });
		await expect(hundredths).not.toContainText('(dropped)');
		await page.getByLabel('Standardise features').selectOption('off');
		await expect(hundredths).toContainText('0 (dropped)');
		await expect(table.getByRole('row', { name: /x3 \(thousands\)/ })).not.toContainText('(dropped)');
	});

	test('story: step 2 is a link; it becomes the current step, says its sentence, and opens the same in a fresh page', async ({
		page,
		context
	}) => {
		await openWidget(page, '/regularization');
		const step = page.getByRole('link', { name: 'Step 2: L1 sets weights to zero' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		const story = page.getByTestId('story');
		await expect(story).toContainText('L1 at the same λ = 0.3162');
		await expect(story).toContainText('L2 at this λ sets none to 0');
		const text = await story.innerText();
		const href = await step.getAttribute('href');

		const other = await context.newPage();
		await openWidget(other, `/regularization${href}`);
		await expect(other.getByRole('link', { name: 'Step 2: L1 sets weights to zero' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(text);
		await expect(other.getByTestId('zero-count')).toHaveText(
			await page.getByTestId('zero-count').innerText()
		);
	});

	test('bad input is refused at the box; a tampered link says what it ignored; the real table loads; axe clean in light and dark; fits a phone', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await openWidget(page, '/regularization?lam=0.15&pen=l2&seed=3');
		await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText('lam');
		await expect(penalty(page)).toHaveValue('l2');
		await expect(lambda(page)).toHaveValue('-1');
		const seed = page.getByLabel('Seed', { exact: true });
		const table = await page.getByTestId('coefficient-table').innerText();
		await seed.fill('abc');
		await seed.press('Enter');
		await expect(seed).toHaveAttribute('aria-invalid', 'true');
		await expect(page).toHaveURL(/seed=3/);
		// the last good fit stays on screen
		expect(await page.getByTestId('coefficient-table').innerText()).toBe(table);

		await page.getByLabel('Table', { exact: true }).selectOption('cars');
		await expect(page.getByTestId('coefficient-table')).toContainText('horsepower');
		await expect(page.getByTestId('coefficient-table')).toContainText('true weights are unknown');
		await waitForSettled(page);
		await expectAxeCleanLightAndDark(page);
		await expectFitsPhone(page);
	});
});
