import { expect, test, type Page } from '@playwright/test';
import { expectAxeCleanLightAndDark, expectFitsPhone, openWidget, watchPage } from './helpers';

/** A model's shown accuracy, as a fraction; waits for its fit to be in (no "…"). */
async function accuracy(page: Page, id: string): Promise<number> {
	const cell = page.getByTestId(id);
	await expect(cell).toHaveText(/^\d+\.\d%$/);
	return Number((await cell.innerText()).replace('%', '')) / 100;
}
/** Both models fitted for the settings on screen: each says its verdict. */
async function fitted(page: Page) {
	await expect(page.getByTestId('verdict-a')).toBeVisible();
	await expect(page.getByTestId('verdict-b')).toBeVisible();
}

test.describe('Decision boundaries', () => {
	test('journey: a line on XOR sits near 50%, k-NN memorises at k = 1, and a share link restores it', async ({
		page,
		context
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/model-zoo?data=xor&ma=logistic&adeg=1&mb=logistic&bdeg=2&seed=3');
		await fitted(page);
		expect(Math.abs((await accuracy(page, 'test-a')) - 0.5)).toBeLessThanOrEqual(0.1);
		expect(await accuracy(page, 'test-b')).toBeGreaterThan(0.7);
		await expect(page.getByTestId('size-a')).toHaveText('3 parameters');
		await expect(page.getByTestId('size-b')).toHaveText('6 parameters');

		await page.getByLabel('Model A', { exact: true }).selectOption('knn');
		const k = page.getByRole('slider', { name: 'Neighbours k (A)' });
		await k.focus();
		await page.keyboard.press('Home');
		await expect(k).toHaveValue('1');
		await expect(page.getByText('A: k-nearest neighbours, k = 1')).toBeVisible();
		await fitted(page);
		expect(await accuracy(page, 'train-a')).toBe(1);
		await expect(page.getByTestId('verdict-a')).toContainText('Memorises');
		await expect(page.getByTestId('size-a')).toHaveText('210 stored points (k = 1)');
		await expect(page).toHaveURL(/ak=1/);
		const testA = await page.getByTestId('test-a').innerText();

		const other = await context.newPage();
		await openWidget(other, page.url().replace(/^https?:\/\/[^/]+/, ''));
		await expect(other.getByTestId('test-a')).toHaveText(testA);
		await expect(other.getByRole('slider', { name: 'Neighbours k (A)' })).toHaveValue('1');
		expect(problems).toEqual([]);
	});

	test('story: step 2 is a link; it becomes the current step, says its sentence, and opens the same in a fresh page', async ({
		page,
		context
	}) => {
		await openWidget(page, '/model-zoo');
		const step = page.getByRole('link', { name: 'Step 2: 1-NN and a full tree memorise' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		const story = page.getByTestId('story');
		await expect(story).toContainText('1-NN (A) scores 100.0%');
		const text = await story.innerText();
		const href = await step.getAttribute('href');

		const other = await context.newPage();
		await openWidget(other, `/model-zoo${href}`);
		await expect(other.getByRole('link', { name: 'Step 2: 1-NN and a full tree memorise' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(text);
	});

	test('bad input is refused at the box and the last good fit stays; a tampered link says what it ignored', async ({
		page
	}) => {
		await openWidget(page, '/model-zoo?n=120');
		await fitted(page);
		const before = await page.getByTestId('test-b').innerText();
		const samples = page.getByLabel('Samples', { exact: true });
		await samples.fill('abc');
		await expect(samples).toHaveAccessibleDescription(/not a number/);
		await samples.fill('5');
		await expect(samples).toHaveAccessibleDescription(/smallest allowed is 40/);
		await expect(page.getByTestId('test-b')).toHaveText(before);
		await expect(page).toHaveURL(/n=120/);
		await expect(page.locator('main')).not.toContainText('NaN');

		await openWidget(page, '/model-zoo?ma=svm&lr=banana&bdepth=99');
		const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
		for (const field of ['ma', 'lr', 'bdepth']) await expect(notice).toContainText(field);
		await fitted(page);
	});

	test('keyboard only: change the data and model B, and read the new fit', async ({ page }) => {
		await openWidget(page, '/model-zoo?n=150');
		await fitted(page);
		const data = page.getByLabel('Data', { exact: true });
		await data.focus();
		await page.keyboard.press('ArrowDown'); // moons → spiral
		await expect(data).toHaveValue('spiral');
		const modelB = page.getByLabel('Model B', { exact: true });
		await modelB.focus();
		await page.keyboard.press('ArrowDown'); // tree → forest
		await expect(modelB).toHaveValue('forest');
		await page.keyboard.press('Tab');
		const trees = page.getByRole('slider', { name: 'Trees (B)' });
		await expect(trees).toBeFocused();
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowRight');
		await expect(trees).toHaveValue('2');
		await fitted(page);
		await expect(page.getByTestId('size-b')).toHaveText(/^2 trees, \d+ nodes$/);
		await expect(page).toHaveURL(/data=spiral/);
		await expect(page).toHaveURL(/btrees=2/);
	});

	test('the neural network: chosen for B on circles, it trains in its own worker and bends round them', async ({
		page
	}) => {
		const problems = watchPage(page);
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await openWidget(page, '/model-zoo?data=circles&noise=0.1&seed=2');
		await fitted(page);
		// tfjs comes with the network's worker, which no other model starts
		expect(workers.some((url) => url.includes('modelZooNet'))).toBe(false);
		await page.getByLabel('Model B', { exact: true }).selectOption('nn');
		await expect(page.getByText('B: Neural network, 8 hidden units')).toBeVisible();
		await fitted(page);
		expect(await accuracy(page, 'test-b')).toBeGreaterThan(0.9);
		// 2 → 8 → 1: 2·8 + 8 weights and biases in, 8 + 1 out
		await expect(page.getByTestId('size-b')).toHaveText('33 parameters');
		expect(workers.some((url) => url.includes('modelZooNet'))).toBe(true);
		await expect(page).toHaveURL(/mb=nn/);
		expect(problems).toEqual([]);
	});

	test('a real table, boosting round by round: axe clean in light and dark, and fits a phone', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/model-zoo?data=penguins&ma=boosting&arounds=40');
		await fitted(page);
		await expect(page.getByRole('figure', { name: /A: Gradient-boosted trees, 40 rounds/ })).toBeVisible();
		await expect(page.getByText('bill length (mm)').first()).toBeVisible();
		await expect(
			page.getByRole('figure', { name: 'Model A: accuracy after each boosting round' })
		).toBeVisible();
		await expectAxeCleanLightAndDark(page);
		await expectFitsPhone(page);
		expect(problems).toEqual([]);
	});
});
