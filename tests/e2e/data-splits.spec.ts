import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, openWidget, watchPage } from './helpers';

const size = (page: Page, part: string) => page.getByTestId(`size-${part}`);
const positives = (page: Page, part: string) => page.getByTestId(`positives-${part}`);
const percent = async (page: Page, id: string) => Number((await page.getByTestId(id).innerText()).replace('%', ''));

test.describe('Train, validation, test', () => {
	test('moving a slider keeps the parts at 100% and the counts match the drawn squares', async ({ page }) => {
		const problems = watchPage(page);
		await openWidget(page, '/data-splits?n=200');
		const test = page.getByRole('slider', { name: 'Test' });
		await test.focus();
		for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
		await expect(test).toHaveValue('20');
		// each step shares what is left between train and val by their room above the minimums
		await expect(page.getByTestId('fraction-sum')).toHaveText('70% + 10% + 20% = 100%');
		// held-out parts round up: test ⌈0.2 × 200⌉ = 40, validation ⌈0.1 × 200⌉ = 20, training 140
		await expect(size(page, 'test')).toHaveText('40');
		await expect(size(page, 'val')).toHaveText('20');
		await expect(size(page, 'train')).toHaveText('140');
		await expect(page.locator('figure.sample-grid')).toHaveAttribute('data-drawn', '140,20,40');
		await page.getByRole('slider', { name: 'Training' }).fill('50');
		await expect(page.getByTestId('fraction-sum')).toContainText('= 100%');
		expect(problems).toEqual([]);
	});

	test('stratifying keeps the rare class in every part', async ({ page }) => {
		// 200 samples, 5% positive: 10 positives
		await openWidget(page, '/data-splits?n=200&pos=5&sep=2&seed=2&tr=80&va=10&te=10&shuffle=on&strat=on&time=off&dup=off&k=5&q=1');
		await expect(positives(page, 'train')).toHaveText('8');
		await expect(positives(page, 'val')).toHaveText('1');
		await expect(positives(page, 'test')).toHaveText('1');
	});

	test('duplicated rows inflate the test score', async ({ page }) => {
		await openWidget(page, '/data-splits?n=300&pos=40&sep=0.8&seed=3&tr=70&va=10&te=20&shuffle=on&strat=off&time=off&dup=off&k=1&q=1');
		const clean = await percent(page, 'test-score');
		await page.getByRole('switch', { name: /Duplicate 30% of the rows/ }).click();
		await expect(page.getByTestId('leak')).toContainText(`${clean.toFixed(1)}% without the copies`);
		expect(await percent(page, 'test-score')).toBeGreaterThan(clean);
	});

	test('a share link restores the split, and bad input is refused at the box', async ({ page, context }) => {
		await openWidget(page, '/data-splits');
		await page.getByRole('switch', { name: 'Stratify by class' }).click();
		await page.getByLabel('Seed', { exact: true }).fill('17');
		await page.getByRole('slider', { name: 'Validation' }).fill('20');
		await expect(page).toHaveURL(/va=20/);
		await expect(page).toHaveURL(/seed=17/);
		await expect(page).toHaveURL(/strat=on/);
		const url = page.url().replace(/^https?:\/\/[^/]+/, '');
		const testSize = await size(page, 'test').innerText();
		const testScore = await page.getByTestId('test-score').innerText();

		const other = await context.newPage();
		await openWidget(other, url);
		await expect(other.getByRole('switch', { name: 'Stratify by class' })).toHaveAttribute('aria-checked', 'true');
		await expect(size(other, 'test')).toHaveText(testSize);
		await expect(other.getByTestId('test-score')).toHaveText(testScore);

		await other.getByLabel('Samples', { exact: true }).fill('5');
		await expect(other.getByLabel('Samples', { exact: true })).toHaveAccessibleDescription(/smallest allowed is 20/);
		await expect(size(other, 'test')).toHaveText(testSize);
	});

	test('a tampered link says what it ignored; axe clean; fits a phone', async ({ page }) => {
		await openWidget(page, '/data-splits?tr=70&va=20&te=20&time=on');
		await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText('110%');
		await expect(page.getByTestId('time-order')).toBeVisible();
		await expectNoSeriousAxeViolations(page);
		await page.setViewportSize({ width: 375, height: 800 });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
