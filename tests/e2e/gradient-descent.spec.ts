import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, openWidget, watchPage } from './helpers';

const rateBox = (page: Page) => page.getByLabel('Exact rate', { exact: true });
const verdictA = (page: Page) => page.getByTestId('verdict-a-kind');
const start = (page: Page) => page.getByTestId('start');

test.describe('Gradient descent', () => {
	test('the learning rate decides: converged, zig-zagging, diverged, crawling, and the numbers say why', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/gradient-descent');
		await expect(verdictA(page)).toHaveText('Converged');
		// plain descent on w₁² + w₂² from (2.5, 1.5): the loss 2.5² + 1.5² = 8.5 times 0.64^50 at η = 0.1
		await expect(page.getByTestId('verdict-a')).toContainText('from 8.5 to 1.731e-9');

		await rateBox(page).fill('0.9');
		await expect(verdictA(page)).toHaveText('Zig-zagging');
		// 1 − 2 × 0.9 = −0.8: every step flips the sign
		await expect(page.getByTestId('verdict-a')).toContainText('49 of 49 steps turn back');
		await expect(page).toHaveURL(/lr=0\.9/);

		await rateBox(page).fill('1.1');
		await expect(verdictA(page)).toHaveText('Diverged');
		// |1 − 2.2| = 1.2: from 2.5 the path is at −3 after one step, 3.6 after two, out of the [−3, 3] frame
		await expect(page.getByTestId('verdict-a')).toContainText('the path left the frame at step 2');
		await expect(page.getByTestId('path-a')).toHaveAttribute('data-steps', '50');

		await rateBox(page).fill('0.005');
		await expect(verdictA(page)).toHaveText('Crawling');
		await expect(page.locator('main')).not.toContainText('NaN');
		expect(problems).toEqual([]);
	});

	test('the story: step 2 is a link, and its link opens the same step in a fresh page', async ({
		page,
		context
	}) => {
		await openWidget(page, '/gradient-descent');
		const step = page.getByRole('link', { name: 'Step 2: Higher still diverges' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		const story = page.getByTestId('story');
		// by hand: 1 − 2 × 1.1 = −1.2, the loss grows 1.2² = 1.44 times a step
		await expect(story).toContainText('Now 1 − 2 × 1.1 = -1.2');
		await expect(story).toContainText('the loss grows ×1.44 a step and the path leaves the frame at step 2');
		const said = await story.innerText();

		const href = (await step.getAttribute('href'))!;
		const other = await context.newPage();
		await openWidget(other, `/gradient-descent${href}`);
		await expect(other.getByRole('link', { name: 'Step 2: Higher still diverges' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(said);
		await expect(other.getByTestId('verdict-a-kind')).toHaveText('Diverged');
	});

	test('bad input is refused at the box and the last good state stays; a tampered link says what it ignored', async ({
		page
	}) => {
		await openWidget(page, '/gradient-descent?lr=0.9');
		const verdict = await page.getByTestId('verdict-a').innerText();
		await rateBox(page).fill('abc');
		await expect(rateBox(page)).toHaveAccessibleDescription(/is not a number/);
		await rateBox(page).fill('5');
		await expect(rateBox(page)).toHaveAccessibleDescription(/Too large/);
		await rateBox(page).fill('0');
		await expect(rateBox(page)).toHaveAccessibleDescription(/smallest allowed is 0.001/);
		await expect(page.getByTestId('verdict-a')).toHaveText(verdict);
		await expect(page).toHaveURL(/lr=0\.9/);

		await openWidget(page, '/gradient-descent?lr=banana&start=9_9&surf=long&steps=80');
		const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
		await expect(notice).toContainText('lr');
		await expect(notice).toContainText('outside the long surface');
		await expect(page.getByLabel('Loss surface', { exact: true })).toHaveValue('long');
		await expect(start(page)).toHaveAttribute('data-x', '-3.5');
		await expect(page.locator('main')).not.toContainText('NaN');
	});

	test('keyboard only: the start moves with arrow keys, the controls answer to keys, the path follows', async ({
		page
	}) => {
		await openWidget(page, '/gradient-descent');
		const plot = page.getByTestId('contour-plot');
		await plot.focus();
		// a fortieth of the 6-wide frame a press: 2.5 − 4 × 0.15 = 1.9
		for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('Shift+ArrowDown');
		// a tenth with Shift: 1.5 − 0.6 = 0.9
		await expect(start(page)).toHaveAttribute('data-x', '1.9');
		await expect(start(page)).toHaveAttribute('data-y', '0.9');
		await expect(page.getByTestId('start-announcement')).toHaveText('Start at (1.9, 0.9).');
		await expect(page).toHaveURL(/start=1\.9_0\.9/);
		// the loss starts at 1.9² + 0.9² = 4.42
		await expect(page.getByTestId('verdict-a')).toContainText('from 4.42 to');

		const slider = page.getByRole('slider', { name: 'Steps' });
		await slider.focus();
		for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('path-a')).toHaveAttribute('data-steps', '60');
		const optimiser = page.getByLabel('Optimiser (A)');
		await optimiser.focus();
		await page.keyboard.press('ArrowDown');
		await expect(optimiser).toHaveValue('momentum');
		await expect(page.getByRole('slider', { name: 'Momentum β' })).toBeVisible();
	});

	test('the steps replay one by one, and one step at a time, from buttons', async ({ page }) => {
		await openWidget(page, '/gradient-descent?lr=0.9');
		const path = page.getByTestId('path-a');
		await expect(path).toHaveAttribute('data-drawn', '50');
		await page.getByRole('button', { name: 'One step' }).click();
		await expect(path).toHaveAttribute('data-drawn', '1');
		await expect(page.getByTestId('replay-shown')).toHaveText('Step 1 of 50');
		await page.getByRole('button', { name: 'One step' }).click();
		await expect(path).toHaveAttribute('data-drawn', '2');
		await page.getByRole('button', { name: 'Replay the steps' }).click();
		await page.getByRole('button', { name: 'Stop the replay' }).click();
		await expect(path).toHaveAttribute('data-drawn', '50');
		await expect(page.getByTestId('replay-shown')).toHaveText('All 50 steps');
		// left alone, a replay ends by itself with every step drawn
		await page.getByRole('button', { name: 'Replay the steps' }).click();
		await expect(page.getByRole('button', { name: 'Replay the steps' })).toBeVisible({ timeout: 10_000 });
		await expect(path).toHaveAttribute('data-drawn', '50');
	});

	test('a click places the start where the pointer is', async ({ page }) => {
		await openWidget(page, '/gradient-descent');
		const box = (await page.locator('.contour-plot rect.catch').boundingBox())!;
		// the middle of the bowl's [−3, 3]² frame, a quarter of the way in from the left: (−1.5, 0)
		await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.5);
		await expect(start(page)).toHaveAttribute('data-x', /^-1\.[45]\d*$/);
		await expect(page).toHaveURL(/start=-1\.[45]/);
	});

	test('two optimisers side by side, and the noisy path of one-row batches on the iris loss', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/gradient-descent?surf=long&lr=0.1&steps=100');
		await page.getByLabel('Compare with optimiser B').selectOption('adam');
		await expect(page.getByTestId('verdict-b-kind')).toHaveText('Converged');
		await expect(page.getByTestId('verdict-a-kind')).toHaveText('Crawling');
		await expect(page.getByTestId('path-b')).toBeVisible();

		await page.getByLabel('Loss surface', { exact: true }).selectOption('logistic');
		await expect(verdictA(page)).toBeVisible();
		await page.getByLabel('Batch size').selectOption('one');
		await expect(verdictA(page)).toHaveText('Noisy');
		await expect(page.getByTestId('verdict-a')).toContainText('Each step sees 1 row of 100');
		await expect(page.getByTestId('first-step')).toBeAttached();
		expect(problems).toEqual([]);
	});

	test('a predict question: answer it, then "Show me" opens the state it asked about', async ({ page }) => {
		// the default set (q=1) asks what doubling the rate to 0.2 does: 1 − 2 × 0.2 = 0.6, no sign flip, 0.36⁵⁰ of the loss left
		await openWidget(page, '/gradient-descent?q=1');
		const question = page.getByRole('listitem').filter({ hasText: 'The rate is doubled, to 0.2.' });
		await question.getByRole('radio', { name: 'Converged' }).check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect(question.getByRole('status')).toContainText('Correct.');
		await question.getByRole('button', { name: 'Show me: rate 0.2' }).click();
		await expect(page).toHaveURL(/lr=0\.2/);
		await expect(verdictA(page)).toHaveText('Converged');
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`axe finds no serious violation, ${scheme}, with two optimisers and the tables open`, async ({
			page
		}) => {
			test.slow();
			await page.emulateMedia({ colorScheme: scheme });
			await openWidget(page, '/gradient-descent?cmp=adam&opt=momentum');
			await page.getByRole('button', { name: 'Show every step as a table' }).click();
			await expectNoSeriousAxeViolations(page);
		});
	}

	test('fits a phone: no sideways scroll', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 812 });
		await openWidget(page, '/gradient-descent?cmp=adam');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
