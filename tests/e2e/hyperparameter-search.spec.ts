import { expect, test, type Page } from '@playwright/test';
import { openWidget, watchPage, expectAxeCleanLightAndDark, expectFitsPhone } from './helpers';

const trials = (page: Page) => page.getByTestId('trial');
const summary = (page: Page) => page.getByTestId('run-summary');
const strategyRow = (page: Page, name: string) =>
	page.getByTestId('strategy-table').getByRole('row', { name: new RegExp(`^${name}`) });

test.describe('Hyperparameter search', () => {
	test('9 trials: the grid tries 3 values of dropout, random search 9; the budget and the averages respond', async ({
		page
	}) => {
		test.setTimeout(90_000);
		const problems = watchPage(page);
		await openWidget(page, '/hyperparameter-search');
		await expect(trials(page)).toHaveCount(9);
		await expect(summary(page)).toContainText('9 trials tried 3 distinct values of dropout');
		// the grid's best, by hand (numpy): 0.736 at dropout 0.15
		await expect(summary(page)).toContainText('Its best is 0.736, at dropout 0.15');
		await expect(page.getByTestId('true-best')).toHaveCount(1);

		await page.getByLabel('Strategy', { exact: true }).selectOption('random');
		await expect(summary(page)).toContainText('9 trials tried 9 distinct values of dropout');
		await expect(page).toHaveURL(/strat=random/);

		// every strategy averaged over seeds: the table counts the values each tried
		await expect(strategyRow(page, 'Grid search')).toContainText('3', { timeout: 30_000 });
		await expect(strategyRow(page, 'Random search')).toContainText('9');
		await expect(strategyRow(page, 'Hyperband')).toContainText('27');

		const budget = page.getByRole('slider', { name: 'Budget (full trainings)' });
		await budget.focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/n=12/);
		await expect(trials(page)).toHaveCount(12);
		await expect(summary(page)).toContainText('12 trials tried 12 distinct values');
		await expect(page.locator('main')).not.toContainText('NaN');
		expect(problems).toEqual([]);
	});

	test('a linear range on a learning rate puts most trials in its top decade; a log range spreads them', async ({
		page
	}) => {
		await openWidget(page, '/hyperparameter-search?obj=log-scale&strat=random&n=20&scale=linear&seed=3');
		const decades = page.getByTestId('decade-summary');
		await expect(decades).toContainText('where this scale puts 90% of its draws');
		const inTop = Number((await decades.innerText()).match(/^(\d+) of 20/)![1]);
		expect(inTop).toBeGreaterThan(10);
		await page.getByLabel('Range scale', { exact: true }).selectOption('log');
		await expect(decades).toContainText('where this scale puts 20% of its draws');
	});

	test('Bayesian search shows its model after the trials shown; stepping back refits it', async ({
		page
	}) => {
		await openWidget(page, '/hyperparameter-search?obj=log-scale&strat=bayes&n=12&scale=log&seed=2');
		const note = page.getByTestId('model-note');
		await expect(note).toContainText('After 12 trials');
		await expect(trials(page)).toHaveCount(12);
		const shown = page.getByRole('slider', { name: 'Trainings shown' });
		await shown.focus();
		for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft');
		await expect(note).toContainText('After 5 trials');
		await expect(trials(page)).toHaveCount(5);
		await expect(page).toHaveURL(/at=5/);
	});

	test('parallel jobs: Bayesian search chooses its trials in batches, and its average says so', async ({
		page
	}) => {
		await openWidget(page, '/hyperparameter-search?obj=log-scale&strat=bayes&n=12&scale=log&seed=2');
		const parallel = page.getByRole('slider', { name: 'Parallel jobs' });
		await expect(parallel).toHaveValue('1');
		await parallel.focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/par=4/);
		await expect(page.getByTestId('model-note')).toContainText('After 12 trials');
		await expect(page.getByTestId('best-so-far')).toContainText('Bayesian search, 4 jobs at once', {
			timeout: 60_000
		});
		await page.getByLabel('Strategy', { exact: true }).selectOption('random');
		await expect(parallel).toHaveCount(0);
	});

	test('the averages can be stopped and run again', async ({ page }) => {
		await openWidget(page, '/hyperparameter-search?n=40&strat=random');
		// The averages take about 2 s; on a busy machine they could end between Playwright's
		// check of the Stop button and its click. A CPU slowed 20 times gives the click ~40 s.
		const cpu = await page.context().newCDPSession(page);
		await cpu.send('Emulation.setCPUThrottlingRate', { rate: 20 });
		const stop = page.getByRole('button', { name: 'Stop' });
		await stop.click();
		await expect(page.getByRole('status').filter({ hasText: 'Stopped' })).toBeVisible();
		await cpu.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		const again = page.getByRole('button', { name: 'Average again' });
		await expect(again).toBeFocused();
		await again.click();
		await expect(strategyRow(page, 'Grid search')).toContainText('6', { timeout: 60_000 });
	});

	test('story: step 2 is a link; it becomes the current step, says its sentence, and opens the same in a fresh page', async ({
		page,
		context
	}) => {
		await openWidget(page, '/hyperparameter-search');
		const step = page.getByRole('link', { name: 'Step 2: Random: 9 trials, 9 values' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		const story = page.getByTestId('story');
		await expect(story).toContainText('The same 9 trials at random try 9 values of dropout');
		const text = await story.innerText();
		const href = await step.getAttribute('href');

		const other = await context.newPage();
		await openWidget(other, `/hyperparameter-search${href}`);
		await expect(other.getByRole('link', { name: 'Step 2: Random: 9 trials, 9 values' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(text);
	});

	test('keyboard only: choose a strategy, a surface and the trials shown', async ({ page }) => {
		await openWidget(page, '/hyperparameter-search');
		const strategy = page.getByLabel('Strategy', { exact: true });
		await strategy.focus();
		await page.keyboard.press('ArrowDown');
		await expect(page).toHaveURL(/strat=random/);
		await page.keyboard.press('Shift+Tab');
		await expect(page.getByLabel('Surface', { exact: true })).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page).toHaveURL(/obj=ridge/);
		await expect(summary(page)).toContainText('distinct values of learning rate');
		const shown = page.getByRole('slider', { name: 'Trainings shown' });
		await shown.focus();
		await page.keyboard.press('Home');
		await expect(trials(page)).toHaveCount(1);
	});

	test('bad input is refused at the box; a tampered link says what it ignored; axe clean in light and dark; fits a phone', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await openWidget(page, '/hyperparameter-search?strat=random&seed=4');
		const before = await summary(page).innerText();
		const seed = page.getByLabel('Seed', { exact: true });
		await seed.fill('abc');
		await seed.press('Enter');
		await expect(seed).toHaveAttribute('aria-invalid', 'true');
		await expect(seed).toHaveAccessibleDescription(/not a number/);
		await expect(summary(page)).toHaveText(before);
		await expect(page).toHaveURL(/seed=4/);

		await openWidget(page, '/hyperparameter-search?n=500&strat=annealing&obj=ridge');
		const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
		await expect(notice).toContainText('n');
		await expect(notice).toContainText('strat');
		await expect(page.getByLabel('Surface', { exact: true })).toHaveValue('ridge');
		await expect(trials(page)).toHaveCount(9);

		await page.getByRole('button', { name: 'Show the trials as a table' }).click();
		await expect(page.getByRole('table', { name: 'The trials in order' })).toBeVisible();
		await expectAxeCleanLightAndDark(page);
		await expectFitsPhone(page);
	});
});
