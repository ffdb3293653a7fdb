import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, openWidget, watchPage } from './helpers';

const number = async (page: Page, id: string) => Number(await page.getByTestId(id).innerText());
const epoch = (page: Page) => page.getByTestId('epoch');
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
/** A story step's link (its name is "Step n: title"). */
const step = (page: Page, title: string) => page.getByRole('link', { name: title });

/** Answers a question (`give` fills or picks the answer) and checks it. */
async function answer(question: Locator, give: () => Promise<void>) {
	await give();
	await question.getByRole('button', { name: 'Check' }).click();
}

test.describe('Over- and underfitting', () => {
	test('the overfit step: after 100 epochs validation loss is well above its minimum while training loss fell', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/overfitting');
		await step(page, 'Overfit').click();
		await expect(page.getByTestId('story')).toContainText('609 weights and biases for 20 training points');
		await expect(epoch(page)).toHaveText('0');
		const untrained = await number(page, 'train-loss');
		await button(page, 'Train 100 epochs').click();
		await expect(epoch(page)).toHaveText('100', { timeout: 25_000 });
		const [train, val, best, bestEpoch] = await Promise.all(
			['train-loss', 'val-loss', 'best-val-loss', 'best-epoch'].map((id) => number(page, id))
		);
		// the network memorises its 20 training points; the held-out 20 get worse after the best epoch
		expect(train).toBeLessThan(0.05);
		expect(train).toBeLessThan(untrained);
		expect(bestEpoch).toBeGreaterThan(0);
		expect(bestEpoch).toBeLessThan(100);
		expect(val).toBeGreaterThan(1.5 * best);
		// the callout and the marker read one verdict; no cure is on, so all are offered
		const callout = page.getByTestId('overfitting');
		await expect(callout).toContainText(
			`its lowest (${await page.getByTestId('best-val-loss').innerText()}, epoch ${bestEpoch})`
		);
		await expect(callout).toContainText('Try an L2 penalty, dropout, early stopping or more training data');
		await expect(page.getByTestId('marker-best').first()).toHaveAttribute('data-x', String(bestEpoch));
		await expect(page.getByText('overfitting after it').first()).toBeVisible();
		// the story step says the same run's figures
		await expect(page.getByTestId('story')).toContainText(
			`Validation loss was lowest at epoch ${bestEpoch} (${await page.getByTestId('best-val-loss').innerText()})`
		);
		expect(problems).toEqual([]);
	});

	test('"L2 cures it" cures it: after 100 epochs the page does not call the run overfitting', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/overfitting');
		await step(page, 'L2 cures it').click();
		await expect(page.getByTestId('story')).toContainText('L2 penalty of 0.03');
		await button(page, 'Train 100 epochs').click();
		await expect(epoch(page)).toHaveText('100', { timeout: 25_000 });
		await expect(page.getByTestId('loss-now')).toContainText('+ L2 0.03 × Σw²');
		await expect(page.getByTestId('overfitting')).toHaveCount(0);
		expect(problems).toEqual([]);
	});

	test('Underfit: after 100 epochs the page says underfitting and offers what is missing', async ({
		page
	}) => {
		await openWidget(page, '/overfitting');
		await step(page, 'Underfit').click();
		await button(page, 'Train 100 epochs').click();
		await expect(epoch(page)).toHaveText('100', { timeout: 25_000 });
		await expect(page.getByTestId('underfitting')).toContainText(
			'try a hidden layer or a feature cross such as x₁² and x₂²'
		);
	});

	test('a predict question: answer it, press Show me, and the network it asked about is on the stage', async ({
		page
	}) => {
		const problems = watchPage(page);
		// question seed 1 on the default network deals "give the first hidden layer 8 units" (2 → 8 → 2 → 1: 45 weights and biases)
		await openWidget(page, '/overfitting?q=1');
		await expect(page.getByRole('heading', { name: 'On the exam' })).toBeVisible();
		const question = page.locator('form').filter({ hasText: 'Give the first hidden layer 8 units' });
		await answer(question, () => question.getByRole('textbox').fill('45'));
		await expect(question).toContainText('Correct.');
		await question.getByRole('button', { name: 'Show me: 2 → 8 → 2 → 1' }).click();
		await expect(page).toHaveURL(/layers=8-2/);
		await expect(page.getByLabel('Units in layer 1', { exact: true })).toHaveValue('8');
		await expect(page.locator('.counters')).toContainText('45 weights and biases');
		await expect(epoch(page)).toHaveText('0');
		expect(problems).toEqual([]);
	});

	test('a polynomial predict question: Show me opens degree 12, whose errors the explanation gave', async ({
		page
	}) => {
		const problems = watchPage(page);
		// question seed 1 on the default polynomial tab deals "degree 3 → 12"
		await openWidget(page, '/overfitting?tab=polynomial&q=1');
		const question = page.locator('form').filter({ hasText: 'what do the two errors do at degree 12?' });
		await answer(question, () =>
			question.getByRole('radio', { name: 'Training RMSE falls, validation RMSE rises' }).check()
		);
		await expect(question).toContainText('Correct.');
		const explained = (await question.locator('.feedback').innerText()).match(
			/training RMSE (\d+\.\d+), validation RMSE (\d+\.\d+)/
		)!;
		await question.getByRole('button', { name: 'Show me: degree 12' }).click();
		await expect(page).toHaveURL(/deg=12/);
		await expect(page.getByRole('slider', { name: 'Degree' })).toHaveValue('12');
		await expect(page.getByTestId('poly-train-rmse')).toHaveText(explained[1]);
		await expect(page.getByTestId('poly-val-rmse')).toHaveText(explained[2]);
		await expect(page.getByTestId('poly-verdict')).toContainText('Overfitting');
		expect(problems).toEqual([]);
	});

	test('early stopping stops patience epochs after the best one and restores its weights', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/overfitting');
		await step(page, 'Early stopping').click();
		await button(page, 'Play').click();
		const status = page.getByTestId('status');
		await expect(status).toContainText('Early stopping', { timeout: 25_000 });
		const bestEpoch = await number(page, 'best-epoch');
		await expect(epoch(page)).toHaveText(String(bestEpoch + 20));
		await expect(status).toContainText(`weights of epoch ${bestEpoch} are back`);
		await expect(status).toContainText(
			`validation loss ${await page.getByTestId('best-val-loss').innerText()}`
		);
		await expect(button(page, 'Play')).toBeDisabled();
		// the headline figures and the text are the restored epoch's, not the last one's, and say so
		await expect(page.getByTestId('figures-epoch')).toContainText(`weights are those of epoch ${bestEpoch}`);
		await expect(page.getByTestId('val-loss')).toHaveText(
			await page.getByTestId('best-val-loss').innerText()
		);
		await expect(page.getByTestId('loss-now')).toContainText(`restored weights of epoch ${bestEpoch}`);
		await expect(page.getByTestId('restored')).toContainText('Weights restored');
		await expect(page.getByTestId('overfitting')).toHaveCount(0);
		expect(problems).toEqual([]);
	});

	test('a story step is a link: step 2 opens its state and sentence, and its address opens the same step in a fresh page', async ({
		page,
		context
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/overfitting');
		const second = step(page, 'L2 cures it');
		await second.click();
		await expect(second).toHaveAttribute('aria-current', 'step');
		const sentence =
			'The same 609 weights and biases with an L2 penalty of 0.03: large weights cost loss. Train 100 epochs and compare validation loss with step 1.';
		await expect(page.getByTestId('story')).toHaveText(sentence);
		await expect(page.getByLabel('L2 rate', { exact: true })).toHaveValue('0.03');
		const href = (await second.getAttribute('href'))!;

		const fresh = await context.newPage();
		await openWidget(fresh, `/overfitting${href}`);
		await expect(step(fresh, 'L2 cures it')).toHaveAttribute('aria-current', 'step');
		await expect(fresh.getByTestId('story')).toHaveText(sentence);
		await expect(fresh.getByRole('alert').filter({ hasText: 'could not be used' })).toHaveCount(0);
		// moving a setting the step set leaves it
		await fresh.getByLabel('L2 rate', { exact: true }).selectOption('0.001');
		await expect(step(fresh, 'L2 cures it')).not.toHaveAttribute('aria-current', 'step');
		expect(problems).toEqual([]);
	});

	test('the polynomial step opens its tab at degree 12, and another data seed keeps the step and its lesson', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/overfitting');
		const poly = step(page, 'Polynomial: degree 12');
		await poly.click();
		await expect(page.locator('#panel-polynomial')).toBeVisible();
		await expect(page.getByRole('slider', { name: 'Degree' })).toHaveValue('12');
		const story = page.getByTestId('story');
		await expect(story).toContainText(
			`training RMSE ${await page.getByTestId('poly-train-rmse').innerText()}, validation RMSE ${await page.getByTestId('poly-val-rmse').innerText()}`
		);
		await expect(page.getByTestId('poly-verdict')).toContainText('Overfitting');
		await page.getByRole('spinbutton', { name: 'Data seed' }).fill('3');
		await expect(page).toHaveURL(/pseed=3/);
		await expect(poly).toHaveAttribute('aria-current', 'step');
		await expect(story).toContainText(
			`training RMSE ${await page.getByTestId('poly-train-rmse').innerText()}, validation RMSE ${await page.getByTestId('poly-val-rmse').innerText()}`
		);
		expect(problems).toEqual([]);
	});

	test('switching story steps draws each network with its own weights: no console error', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/overfitting');
		await step(page, 'L2 cures it').click();
		await button(page, 'Step one epoch').click();
		await expect(epoch(page)).toHaveText('1');
		// 3 hidden layers of 16 to none: the old weights must not be drawn against the new columns
		await step(page, 'Underfit').click();
		await expect(epoch(page)).toHaveText('0');
		await button(page, 'Step one epoch').click();
		await expect(epoch(page)).toHaveText('1');
		await step(page, 'Overfit').click();
		await button(page, 'Step one epoch').click();
		await expect(epoch(page)).toHaveText('1');
		expect(problems).toEqual([]);
	});

	test('at epoch 0 the loss and accuracy charts show the untrained network as dots', async ({ page }) => {
		await openWidget(page, '/overfitting');
		await expect(epoch(page)).toHaveText('0');
		// two charts, a training and a validation dot each
		await expect(page.getByTestId('train-dot')).toHaveCount(2);
		await expect(page.getByTestId('val-dot')).toHaveCount(2);
	});

	test('a long run keeps its curves and their tables bounded, every epoch of the last 100 and the best one kept', async ({
		page
	}) => {
		// 700 epochs: on a machine shared with other work this takes longer than the default 30 s
		test.slow();
		const problems = watchPage(page);
		await openWidget(page, '/overfitting');
		await step(page, 'Overfit').click();
		// past 500 epochs the older ones are thinned; 20 training points train fast, so this takes seconds
		// ("Train 100 epochs" stops exactly there, where a paused run still takes in the slices under way)
		for (let hundreds = 1; hundreds <= 7; hundreds++) {
			await button(page, 'Train 100 epochs').click();
			await expect(epoch(page)).toHaveText(String(100 * hundreds), { timeout: 60_000 });
		}
		const last = 700;
		const bestEpoch = await number(page, 'best-epoch');
		await expect(page.getByTestId('thinned')).toContainText(
			new RegExp(
				`every epoch from epoch ${(last - 99).toLocaleString('en')} on, and one epoch in (2|4|8|16) before it`
			)
		);
		await page.getByRole('button', { name: 'Show the values as a table' }).first().click();
		const table = page.getByRole('table', { name: /Cross-entropy loss: the values/ });
		// a page of 100 rows at a time: read them all through "Next rows"
		const region = page.getByRole('region', { name: /Cross-entropy loss: the values/ });
		const next = region.locator('xpath=..').getByRole('button', { name: 'Next rows' });
		const epochs: number[] = [];
		for (;;) {
			epochs.push(
				...(await table.locator('tbody tr').locator('td:first-child, th:first-child').allInnerTexts()).map(
					Number
				)
			);
			if (await next.isDisabled()) break;
			const shown = await table.locator('tbody tr').first().innerText();
			await next.click();
			await expect(table.locator('tbody tr').first()).not.toHaveText(shown);
		}
		expect(epochs.length).toBeLessThanOrEqual(601);
		expect(epochs.length).toBeGreaterThan(100);
		expect(epochs[0]).toBe(0);
		expect(epochs.at(-1)).toBe(last);
		expect(epochs).toContain(bestEpoch);
		expect(epochs.slice(-100)).toEqual(Array.from({ length: 100 }, (_, i) => last - 99 + i));
		expect(problems).toEqual([]);
	});

	test('step trains one epoch at a time, and reset returns to epoch 0', async ({ page }) => {
		await openWidget(page, '/overfitting');
		await button(page, 'Step one epoch').click();
		await expect(epoch(page)).toHaveText('1');
		await button(page, 'Step one epoch').click();
		await expect(epoch(page)).toHaveText('2');
		await button(page, 'Play').click();
		await expect.poll(() => number(page, 'epoch')).toBeGreaterThan(5);
		await button(page, 'Pause').click();
		await button(page, 'Reset').click();
		await expect(epoch(page)).toHaveText('0');
		await expect(button(page, 'Play')).toBeEnabled();
	});

	test('a learning rate of 10 diverges: training stops with a message, and no NaN is shown', async ({
		page
	}) => {
		await openWidget(page, '/overfitting?lr=10&opt=sgd&layers=4-2&act=tanh');
		await button(page, 'Play').click();
		await expect(page.getByTestId('status')).toContainText('Diverged during epoch', { timeout: 20_000 });
		await expect(page.locator('main')).not.toContainText('NaN');
		await expect(button(page, 'Play')).toBeDisabled();
	});

	test('a share link restores the settings, and a tampered one says what it ignored', async ({
		page,
		context
	}) => {
		await openWidget(page, '/overfitting');
		await page.getByLabel('Data set', { exact: true }).selectOption('xor');
		await page.getByLabel('Hidden layers', { exact: true }).selectOption('3');
		await page.getByLabel('L2 rate', { exact: true }).selectOption('0.001');
		await page.getByRole('switch', { name: 'x₁·x₂' }).click();
		await expect(page).toHaveURL(/data=xor/);
		await expect(page).toHaveURL(/l2=0.001/);
		await expect(page).toHaveURL(/cross=xy/);
		await expect(page).toHaveURL(/layers=4-2-4/);
		const url = page.url().replace(/^https?:\/\/[^/]+/, '');

		const other = await context.newPage();
		await openWidget(other, url);
		await expect(other.getByLabel('Data set', { exact: true })).toHaveValue('xor');
		await expect(other.getByLabel('Units in layer 3', { exact: true })).toHaveValue('4');
		await expect(other.getByLabel('L2 rate', { exact: true })).toHaveValue('0.001');
		await expect(other.getByRole('switch', { name: 'x₁·x₂' })).toHaveAttribute('aria-checked', 'true');
		await expect(epoch(other)).toHaveText('0');

		await openWidget(other, '/overfitting?lr=7&layers=4-99&data=xor');
		await expect(other.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText('lr');
		await expect(other.getByLabel('Data set', { exact: true })).toHaveValue('xor');
		await expect(other.getByLabel('Learning rate', { exact: true })).toHaveValue('0.03');
	});

	test('the polynomial tab: a high degree fits training points better and validation points worse', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/overfitting?tab=polynomial&pn=20&pnoise=0.25&pseed=1&pval=50&deg=3&lam=-9');
		const rmse = async () => [await number(page, 'poly-train-rmse'), await number(page, 'poly-val-rmse')];
		const [train3, val3] = await rmse();
		await page.getByRole('slider', { name: 'Degree' }).fill('9');
		await expect(page).toHaveURL(/deg=9/);
		const [train9, val9] = await rmse();
		expect(train9).toBeLessThan(train3);
		expect(val9).toBeGreaterThan(val3);
		await expect(page.getByTestId('best-degree')).toContainText('lowest at degree');
		await expect(page.getByTestId('poly-verdict')).toContainText('Overfitting');
		// ridge shrinks the degree-9 fit's coefficients and brings validation error back down
		await page.getByRole('slider', { name: 'Ridge penalty λ' }).fill('-3');
		expect((await rmse())[1]).toBeLessThan(val9);
		expect(problems).toEqual([]);
	});

	test('the polynomial tab never leaves fewer than 2 training points: the controls refuse, the page keeps working', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/overfitting?tab=polynomial');
		const share = page.getByRole('slider', { name: 'Training share' });
		const points = page.getByRole('spinbutton', { name: 'Points' });
		// a 10% share of 30 points: 27 held out, 3 to fit
		await share.fill('10');
		await expect(page).toHaveURL(/pval=90/);
		await expect(page.getByText('At a 10% training share, at least 20 points leave 2 to fit.')).toBeVisible();
		// 5 points at 10% would leave none: the box says so and the last good count stays
		await points.fill('5');
		await expect(page.getByText('The smallest allowed is 20.')).toBeVisible();
		await expect(page).toHaveURL(/[?&]pn=30(&|$)/);
		// at a 70% share 5 points are fine; then the slider stops at 40% (3 held out, 2 to fit)
		await share.fill('70');
		await points.fill('5');
		await expect(page).toHaveURL(/[?&]pn=5(&|$)/);
		await share.fill('10');
		await expect(share).toHaveValue('40');
		await expect(page).toHaveURL(/pval=60/);
		await expect(page.getByText('With 5 points, at least 40% trains')).toBeVisible();
		// still alive: the degree moves the URL and the numbers
		await page.getByRole('slider', { name: 'Degree' }).fill('1');
		await expect(page).toHaveURL(/deg=1/);
		await expect(page.getByTestId('poly-train-rmse')).toBeVisible();
		await expect(page.locator('main')).not.toContainText('undefined');
		expect(problems).toEqual([]);
	});

	test('a polynomial link that leaves no training points falls back visibly, on its own tab', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/overfitting?tab=polynomial&pn=5&pval=90&deg=4');
		await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText(
			'leaving 0 for training'
		);
		await expect(page.getByRole('slider', { name: 'Training share' })).toHaveValue('70');
		await expect(page.getByRole('slider', { name: 'Degree' })).toHaveValue('4');
		await expect(page.locator('#panel-polynomial')).toBeVisible();
		await expect(page.locator('#panel-network')).toBeHidden();
		expect(problems).toEqual([]);
	});

	test('degrees without a fit say why, with no "undefined"; errors far off the scale stay on the log axis', async ({
		page
	}) => {
		const problems = watchPage(page);
		// 10 training points: without a penalty degrees 10–15 need 11–16 distinct x
		await openWidget(page, '/overfitting?tab=polynomial&pn=20&pnoise=0.25&pseed=1&pval=50&deg=3&lam=-9');
		await expect(page.getByTestId('missing-degrees')).toContainText('No fit at degree 10–15');
		await expect(page.getByTestId('missing-degrees')).toContainText(
			'at least d + 1 distinct training x, and there are 10'
		);
		// degree 9 threads all 10 points: its training RMSE is drawn on the floor, and the page says so
		await expect(page.getByTestId('below-floor')).toContainText('training RMSE at degree 9');
		await expect(page.locator('main')).not.toContainText('undefined');
		// the fitted equation writes negative numbers with a minus sign, not a hyphen
		await expect(page.getByTestId('poly-numbers')).not.toContainText(/\d-\d|[ =]-\d/);
		expect(problems).toEqual([]);
	});

	test('tfjs stays off the home page and comes with the training worker', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await openWidget(page, '/');
		await page.waitForLoadState('networkidle');
		expect(requests.filter((u) => u.includes('train.worker'))).toEqual([]);
		await openWidget(page, '/overfitting');
		await button(page, 'Step one epoch').click();
		await expect(epoch(page)).toHaveText('1');
		expect(requests.filter((u) => u.includes('train.worker')).length).toBe(1);
	});

	test('axe clean on both tabs; both fit a phone', async ({ page }) => {
		await openWidget(page, '/overfitting');
		await button(page, 'Step one epoch').click();
		await expect(epoch(page)).toHaveText('1');
		await expectNoSeriousAxeViolations(page);
		await page.getByRole('tab', { name: 'Polynomial regression' }).click();
		await expect(page.getByTestId('poly-train-rmse')).toBeVisible();
		await expectNoSeriousAxeViolations(page);
		await page.setViewportSize({ width: 375, height: 800 });
		for (const tab of ['Polynomial regression', 'Neural network']) {
			await page.getByRole('tab', { name: tab }).click();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, tab).toBeLessThanOrEqual(0);
		}
	});
});
