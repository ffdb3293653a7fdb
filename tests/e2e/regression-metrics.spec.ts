import { expect, test, type Page } from '@playwright/test';
import { expectAxeCleanLightAndDark, expectFitsPhone, openWidget, watchPage } from './helpers';

const value = (page: Page, id: string) => page.getByTestId(`value-${id}`);
const readValue = async (page: Page, id: string) =>
	Number((await value(page, id).innerText()).replace('−', '-'));
const point = (page: Page, n: number) => page.getByTestId(`point-${n}`);

test.describe('Regression metrics', () => {
	test('one big error lifts RMSE far more than MAE; a fixed model with a bias falls below the mean; a dragged point moves the numbers', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/regression-metrics');
		// the default points' least-squares line (NumPy's values, as in the unit tests)
		await expect(value(page, 'mae')).toHaveText('0.9292');
		await expect(value(page, 'rmse')).toHaveText('0.9476');
		await expect(value(page, 'r2')).toHaveText('0.8202');

		await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Keep the model fixed' });
		const big = page.getByRole('slider', { name: 'One big error (P8)' });
		await big.focus();
		await page.keyboard.press('End');
		// fixed model, P8 10 higher: MAE 0.9292 → 1.9, RMSE 0.9476 → 3.257 (NumPy)
		await expect(value(page, 'mae')).toHaveText('1.9');
		await expect(value(page, 'rmse')).toHaveText('3.257');
		await expect(page.getByTestId('big-text')).toContainText('MAE from 0.9292 to 1.9 (×2.04)');
		await expect(page.getByTestId('big-text')).toContainText('RMSE from 0.9476 to 3.257 (×3.44)');
		await page.keyboard.press('Home');
		await expect(page.getByTestId('big-text')).toHaveCount(0);

		await page.getByRole('slider', { name: 'Bias on every prediction' }).fill('3');
		await expect(value(page, 'r2')).toHaveText('-0.9818');
		await expect(page.getByTestId('r2-text')).toContainText('below 0');
		await expect(page).toHaveURL(/bias=3/);
		await expect(page).toHaveURL(/fit=fixed/);

		// drag P3 up with the mouse: its actual rises, the fixed line stays, the error grows
		const modelLine = await page.getByTestId('model-line').getAttribute('y1');
		const before = Number(await point(page, 3).getAttribute('data-y'));
		const maeBefore = await readValue(page, 'mae');
		const box = (await point(page, 3).boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 80, { steps: 4 });
		await page.mouse.up();
		await expect
			.poll(async () => Number(await point(page, 3).getAttribute('data-y')))
			.toBeGreaterThan(before + 1);
		await expect(page.getByTestId('model-line')).toHaveAttribute('y1', modelLine!);
		expect(await readValue(page, 'mae')).not.toBe(maeBefore);
		// x stays 3: the drag was straight up
		await expect(page).toHaveURL(/pts=[^&]*\*3_(?!2\.7\*)[\d.]+\*/);
		expect(problems).toEqual([]);
	});

	test('story: step 2 is a link; it becomes the current step, says its sentence, and opens the same in a fresh page', async ({
		page,
		context
	}) => {
		await openWidget(page, '/regression-metrics');
		const step = page.getByRole('link', { name: 'Step 2: One big error' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		const story = page.getByTestId('story');
		await expect(story).toContainText('MAE from 0.9292 to 1.9 (×2.04)');
		await expect(story).toContainText('RMSE from 0.9476 to 3.257 (×3.44)');
		const text = await story.innerText();
		const href = await step.getAttribute('href');

		const other = await context.newPage();
		await openWidget(other, `/regression-metrics${href}`);
		await expect(other.getByRole('link', { name: 'Step 2: One big error' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(text);
		await expect(value(other, 'rmse')).toHaveText('3.257');
	});

	test('keyboard only: a focused point moves with the arrow keys; at an actual of 0 MAPE is undefined', async ({
		page
	}) => {
		await openWidget(page, '/regression-metrics');
		await page.getByLabel('Residuals drawn as').focus();
		await page.keyboard.press('Tab');
		// the points follow the controls; Tab reaches P1 after the plot's own controls, if any
		for (let i = 0; i < 6 && !(await point(page, 1).evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(point(page, 1)).toBeFocused();
		await expect(point(page, 1)).toHaveAttribute('data-y', '1.2');
		await page.keyboard.press('Shift+ArrowDown');
		await expect(point(page, 1)).toHaveAttribute('data-y', '-0.2');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(point(page, 1)).toHaveAttribute('data-y', '0');
		await expect(value(page, 'mape')).toHaveText('undefined');
		await expect(page.getByTestId('mape-text')).toContainText('MAPE is undefined: P1 has an actual of 0');
		await expect(page.getByTestId('mape-text')).toContainText('ε = 2.22e-16');
		await page.keyboard.press('ArrowRight');
		await expect(point(page, 1)).toHaveAttribute('data-x', '1.1');
		await expect(page).toHaveURL(/pts=1\.1_0\*/);
	});

	test('bad input is refused at the box and the last good state stays; a tampered link says what it ignored; axe clean in light and dark; fits a phone', async ({
		page
	}) => {
		await openWidget(page, '/regression-metrics');
		const x = page.getByLabel('x of P1', { exact: true });
		const rmse = await value(page, 'rmse').innerText();
		await x.fill('abc');
		await expect(x).toHaveAttribute('aria-invalid', 'true');
		await x.fill('25');
		await expect(x).toHaveAccessibleDescription(/Too large/);
		await expect(value(page, 'rmse')).toHaveText(rmse);
		await expect(page.locator('main')).not.toContainText('NaN');
		await x.fill('2.5');
		await expect(point(page, 1)).toHaveAttribute('data-x', '2.5');

		await openWidget(page, '/regression-metrics?pts=1_2*banana&bias=9&big=2.5');
		const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
		await expect(notice).toContainText('pts');
		await expect(notice).toContainText('bias');
		await expect(page.getByRole('slider', { name: 'One big error (P8)' })).toHaveValue('2.5');
		await expectAxeCleanLightAndDark(page);
		await expectFitsPhone(page);
	});
});
