import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, metricValue, openWidget, watchPage } from './helpers';

const slider = (page: Page) => page.getByRole('slider', { name: 'Threshold' });
const count = (page: Page, key: string) => page.getByTestId(`count-${key}`);
const readNumber = async (page: Page, id: string) => Number((await metricValue(page, id).innerText()).split(/\s/)[0]);

test.describe('Threshold explorer', () => {
	test('moving the threshold with the keyboard changes the matrix and moves the ROC point to the displayed rates', async ({ page }) => {
		const problems = watchPage(page);
		await openWidget(page, '/threshold?n=400&pos=25&sep=2&sd=1&seed=3&t=0.5&src=simulated');
		const tpBefore = await count(page, 'tp').innerText();
		await slider(page).focus();
		await expect(slider(page)).toHaveAttribute('aria-valuenow', '0.5');
		for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
		await expect(slider(page)).toHaveAttribute('aria-valuenow', '0.65');
		await expect(page.getByRole('heading', { name: 'At threshold 0.650' })).toBeVisible();
		// raising the threshold can only lose true positives; here it loses some
		expect(Number(await count(page, 'tp').innerText())).toBeLessThan(Number(tpBefore));

		for (const key of ['PageDown', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);
		await expect(slider(page)).toHaveAttribute('aria-valuenow', '0.53');
		const point = page.getByTestId('point-roc');
		const fpr = await readNumber(page, 'fpr');
		const tpr = await readNumber(page, 'recall');
		expect(Number(await point.getAttribute('data-x')).toFixed(3)).toBe(fpr.toFixed(3));
		expect(Number(await point.getAttribute('data-y')).toFixed(3)).toBe(tpr.toFixed(3));
		// and the rates are the matrix's: FPR = FP / (FP + TN), TPR = TP / (TP + FN)
		const [tp, fp, fn, tn] = await Promise.all(['tp', 'fp', 'fn', 'tn'].map(async (k) => Number(await count(page, k).innerText())));
		expect(tp + fn).toBe(100);
		expect((fp / (fp + tn)).toFixed(3)).toBe(fpr.toFixed(3));
		expect((tp / (tp + fn)).toFixed(3)).toBe(tpr.toFixed(3));
		expect(problems).toEqual([]);
	});

	test('"Best F1" lands on the threshold with the highest F1 of all', async ({ page }) => {
		await openWidget(page, '/threshold?n=200&pos=30&sep=1.5&sd=1&seed=5&src=simulated');
		await page.getByRole('button', { name: 'Best F1' }).click();
		await expect(page.getByTestId('pick-reason')).toContainText('F1 is highest at');
		const best = await readNumber(page, 'f1');
		const box = page.getByLabel('Threshold', { exact: true }).and(page.locator('input'));
		// sweep the threshold by hand across the score range: no threshold beats the rule's
		for (let t = 0; t <= 100; t += 2) {
			await box.fill(String(t / 100));
			await expect(page.getByRole('heading', { name: `At threshold ${(t / 100).toFixed(3)}` })).toBeVisible();
			expect(await readNumber(page, 'f1')).toBeLessThanOrEqual(best);
		}
		await expect(page.getByTestId('pick-reason')).toContainText('You placed the threshold by hand');
	});

	test('the cost rule says why, and follows the costs', async ({ page }) => {
		await openWidget(page, '/threshold?n=500&pos=20&sep=2&sd=1&seed=2&src=simulated');
		await page.getByRole('button', { name: 'Least cost' }).click();
		const reason = page.getByTestId('pick-reason');
		await expect(reason).toContainText('Mistakes cost least at');
		await expect(reason).toContainText('c_FP / (c_FP + c_FN) = 0.167'); // 1 / (1 + 5)
		const lowCostOfMisses = Number(await slider(page).getAttribute('aria-valuenow'));
		await page.getByLabel('Cost of a false negative').fill('1');
		await page.getByLabel('Cost of a false positive').fill('20');
		await expect(reason).toContainText('0.952'); // 20 / 21
		expect(Number(await slider(page).getAttribute('aria-valuenow'))).toBeGreaterThan(lowCostOfMisses);
	});

	test('a share link restores the scores, threshold, comparison and rule', async ({ page, context }) => {
		await openWidget(page, '/threshold');
		await page.getByLabel('Seed', { exact: true }).fill('42');
		await page.getByRole('switch', { name: 'Compare with score set B' }).click();
		await page.getByLabel('Threshold', { exact: true }).and(page.locator('input')).fill('0.37');
		await expect(page).toHaveURL(/t=0\.37/);
		await expect(page).toHaveURL(/seed=42/);
		const url = page.url();
		const aucA = await page.getByTestId('auc-a').innerText();
		const aucB = await page.getByTestId('auc-b').innerText();
		const tp = await count(page, 'tp').innerText();

		const other = await context.newPage();
		await openWidget(other, url.replace(/^https?:\/\/[^/]+/, ''));
		await expect(other.getByTestId('auc-a')).toHaveText(aucA);
		await expect(other.getByTestId('auc-b')).toHaveText(aucB);
		await expect(count(other, 'tp')).toHaveText(tp);
		await expect(slider(other)).toHaveAttribute('aria-valuenow', '0.37');
	});

	test('bad input is refused at the box and the last good state stays; a tampered link says what it ignored', async ({ page }) => {
		await openWidget(page, '/threshold?t=0.4&n=300&seed=9');
		const tp = await count(page, 'tp').innerText();
		const box = page.getByLabel('Threshold', { exact: true }).and(page.locator('input'));
		await box.fill('abc');
		await expect(box).toHaveAccessibleDescription(/is not a number/);
		await box.fill('1.5');
		await expect(box).toHaveAccessibleDescription(/Too large/);
		await page.getByLabel('Sample size', { exact: true }).fill('-5');
		await expect(page.getByLabel('Sample size', { exact: true })).toHaveAccessibleDescription(/smallest allowed is 20/);
		await expect(count(page, 'tp')).toHaveText(tp);
		await expect(page.locator('main')).not.toContainText('NaN');

		await openWidget(page, '/threshold?t=banana&pos=0&sep=1.5');
		const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
		await expect(notice).toContainText('t');
		await expect(notice).toContainText('pos');
		await expect(page.getByLabel('Separation (A)')).toHaveValue('1.5');
	});

	test('real scores: a logistic regression on penguins, compared with a second model', async ({ page }) => {
		const problems = watchPage(page);
		await openWidget(page, '/threshold');
		await page.getByRole('button', { name: 'Real data: penguin sex' }).click();
		await expect(page.getByTestId('auc-a')).toBeVisible();
		await expect(page.getByTestId('auc-b')).toBeVisible();
		// 333 penguins with a recorded sex, 168 of them male: the matrix holds them all
		const [tp, fp, fn, tn] = await Promise.all(['tp', 'fp', 'fn', 'tn'].map(async (k) => Number(await count(page, k).innerText())));
		expect(tp + fn).toBe(168);
		expect(tp + fp + fn + tn).toBe(333);
		await expectNoSeriousAxeViolations(page);
		expect(problems).toEqual([]);
	});

	test('is axe clean, with the comparison on and the point tables open, and fits a phone', async ({ page }) => {
		await openWidget(page, '/threshold?cmp=on');
		await page.getByRole('button', { name: 'Show the points as a table' }).first().click();
		await expect(page.getByRole('table', { name: /ROC curve.*points/ })).toBeVisible();
		await expectNoSeriousAxeViolations(page);
		await page.setViewportSize({ width: 375, height: 800 });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
