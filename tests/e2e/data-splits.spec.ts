import { expect, test, type Page } from '@playwright/test';
import { openWidget, watchPage, expectAxeCleanLightAndDark, expectFitsPhone } from './helpers';

const size = (page: Page, part: string) => page.getByTestId(`size-${part}`);
const positives = (page: Page, part: string) => page.getByTestId(`positives-${part}`);
const auc = async (page: Page, id: string) => Number(await page.getByTestId(id).innerText());
/** Waits for a score (an AUC, three decimals) the 50-seed run fills in, then reads it. */
const settled = async (page: Page, id: string) => {
	await expect(page.getByTestId(id)).toHaveText(/^\d\.\d{3}$/, { timeout: 20_000 });
	return auc(page, id);
};

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
		// and the formula says so with its numbers
		await expect(page.getByTestId('size-arithmetic')).toContainText(
			'Validation ⌈0.1 × 200⌉ = 20; test ⌈0.2 × 200⌉ = 40; training 200 − 20 − 40 = 140.'
		);
		await page.getByRole('slider', { name: 'Training' }).fill('50');
		await expect(page.getByTestId('fraction-sum')).toContainText('= 100%');
		expect(problems).toEqual([]);
	});

	test('stratifying keeps the rare class in every part', async ({ page }) => {
		// 200 samples, 5% positive: 10 positives
		await openWidget(
			page,
			'/data-splits?n=200&pos=5&sep=2&seed=2&tr=80&va=10&te=10&shuffle=on&strat=on&time=off&dup=off&k=5&q=1'
		);
		await expect(positives(page, 'train')).toHaveText('8');
		await expect(positives(page, 'val')).toHaveText('1');
		await expect(positives(page, 'test')).toHaveText('1');
	});

	// the mean over split seeds 1–50 on a pure-noise table: honest AUC ≈ 0.5, leaky far above, for any data seed and k
	for (const [name, query] of [
		['the defaults', ''],
		['another data seed, k = 15, 70 / 10 / 20', '?dseed=5&k=15&tr=70&va=10&te=20']
	]) {
		test(`the leakage toggle raises the shown score (${name})`, async ({ page }) => {
			await openWidget(page, `/data-splits${query}`);
			const honest = await settled(page, 'selection-mean');
			expect(Math.abs(honest - 0.5)).toBeLessThan(0.1);
			await page.getByRole('switch', { name: /Choose the 50 features on all rows/ }).click();
			await expect(page).toHaveURL(/fsel=on/);
			await expect(page.getByText('Test AUC, features chosen on all rows')).toBeVisible();
			expect(await auc(page, 'selection-mean')).toBeGreaterThan(honest + 0.15);
		});
	}

	test('duplicated rows lift the 1-NN score on the same parts, over 50 seeds', async ({ page }) => {
		await openWidget(page, '/data-splits?k=1');
		await page.getByRole('switch', { name: /Duplicate 30% of the rows/ }).click();
		const withCopies = await settled(page, 'leak-mean-with');
		const without = await settled(page, 'leak-mean-without');
		expect(withCopies).toBeGreaterThan(without);
		await expect(page.getByTestId('leak')).toContainText('With k = 1 every copied test row');
		await expect(page.getByTestId('leak')).not.toContainText('set k to 1');
	});

	test('a predict question: answer it, then "Show me" stratifies the split it asked about', async ({
		page
	}) => {
		// the default set (q = 1) asks what stratifying does to the 20-row test part's 20 / 200 positives
		await openWidget(page, '/data-splits?q=1');
		const question = page
			.getByRole('listitem')
			.filter({ hasText: 'Turn stratifying on: how many will it hold?' });
		await expect(question).toBeVisible({ timeout: 20_000 });
		await question.getByRole('radio', { name: 'Always 2: each part keeps the class share' }).check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect(question.getByRole('status')).toContainText('Correct.');
		await question.getByRole('button', { name: 'Show me: stratify on' }).click();
		await expect(page).toHaveURL(/strat=on/);
		await expect(page.getByRole('switch', { name: 'Stratify by class' })).toHaveAttribute(
			'aria-checked',
			'true'
		);
		await expect(positives(page, 'test')).toHaveText('2');
		await expect(page.getByTestId('stratified-arithmetic')).toContainText(
			'20 × 20 ÷ 200 = 2.0, and it holds 2'
		);
	});

	test('a refused stratified split says why at the control and scores nothing', async ({ page }) => {
		const problems = watchPage(page);
		await openWidget(page, '/data-splits?n=20&pos=1&strat=on');
		await expect(page.getByTestId('split-error')).toContainText(
			'Stratifying needs at least 2 samples of each class'
		);
		await expect(page.getByTestId('test-score')).toHaveText('— (no split)');
		await expect(page.locator('figure.sample-grid')).toHaveAttribute('data-drawn', '20');
		await expect(page.getByText('No split, so nothing to score')).toBeVisible();
		await expect(page.getByText('Scoring the same recipe with 50 seeds…')).toHaveCount(0);
		await expect(page.getByText('Give the validation part a share')).toHaveCount(0);
		// the controls keep working: turning stratifying off deals the rows again
		await page.getByRole('switch', { name: 'Stratify by class' }).click();
		await expect(page.getByTestId('split-error')).toHaveCount(0);
		await expect(page.locator('figure.sample-grid')).toHaveAttribute('data-drawn', '16,2,2');
		expect(problems).toEqual([]);
	});

	test('no validation part, a tiny training part and time order: dashes, a capped k, and the split seed alone', async ({
		page
	}) => {
		await openWidget(page, '/data-splits?tr=90&va=0&te=10');
		await expect(page.getByTestId('val-score')).toHaveText('— (no validation part)');
		await expect(page.locator('main')).not.toContainText('undefined');
		await openWidget(page, '/data-splits?n=20&tr=10&va=0&te=90&k=5');
		// 10% of 20 leaves 2 training rows
		await expect(page.getByTestId('k-capped')).toContainText('uses k = 2, not 5');
		await expect(page.getByTestId('k-capped')).toContainText('only 2 rows');
		// without shuffling the split seed changes nothing at all
		await openWidget(page, '/data-splits?shuffle=off');
		const score = await page.getByTestId('test-score').innerText();
		await page.getByLabel('Split seed', { exact: true }).fill('2');
		await expect(page).toHaveURL(/[?&]seed=2(&|$)/);
		await expect(page.getByTestId('test-score')).toHaveText(score);
	});

	test('a share link restores the split, and bad input is refused at the box', async ({ page, context }) => {
		await openWidget(page, '/data-splits');
		await page.getByRole('switch', { name: 'Stratify by class' }).click();
		await page.getByLabel('Split seed', { exact: true }).fill('17');
		await page.getByLabel('Data seed', { exact: true }).fill('3');
		await expect(page).toHaveURL(/[?&]dseed=3(&|$)/);
		await page.getByRole('slider', { name: 'Validation' }).fill('20');
		await expect(page).toHaveURL(/va=20/);
		await expect(page).toHaveURL(/[?&]seed=17(&|$)/);
		await expect(page).toHaveURL(/strat=on/);
		const url = page.url().replace(/^https?:\/\/[^/]+/, '');
		// the counts table is under the closed "Show the maths": read its text, not what is rendered
		const testSize = (await size(page, 'test').textContent())!;
		const testScore = await page.getByTestId('test-score').innerText();

		const other = await context.newPage();
		await openWidget(other, url);
		await expect(other.getByRole('switch', { name: 'Stratify by class' })).toHaveAttribute(
			'aria-checked',
			'true'
		);
		await expect(size(other, 'test')).toHaveText(testSize);
		await expect(other.getByTestId('test-score')).toHaveText(testScore);

		await other.getByLabel('Samples', { exact: true }).fill('5');
		await expect(other.getByLabel('Samples', { exact: true })).toHaveAccessibleDescription(
			/smallest allowed is 20/
		);
		await expect(size(other, 'test')).toHaveText(testSize);
	});

	test('story step 2: its link is current, the story says what the numbers show, and its address opens the same step', async ({
		page,
		context
	}) => {
		await openWidget(page, '/data-splits');
		const step = page.getByRole('link', { name: 'Stratify to keep it' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		await expect(page).toHaveURL(/strat=on/);
		const story = page.getByTestId('story');
		// 5% of 200 rows: 10 positives; stratified, the 20-row test part holds 10 × 20 ÷ 200 = 1 on every seed
		const said =
			'Stratified, the 20 test rows hold 1 of the 10 positives: 1 on every split seed from 1 to 50, within one of 10 × 20 ÷ 200 = 1.0.';
		await expect(story).toHaveText(said);
		await expect(positives(page, 'test')).toHaveText('1');

		const other = await context.newPage();
		await openWidget(other, (await step.getAttribute('href'))!.replace(/^\?/, '/data-splits?'));
		await expect(other.getByRole('link', { name: 'Stratify to keep it' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(said);
	});

	test('a tampered link says what it ignored; axe clean in light and dark; fits a phone', async ({
		page
	}) => {
		// two axe runs over every sample's cell: slow on a busy two-core machine
		test.setTimeout(90_000);
		await openWidget(page, '/data-splits?tr=70&va=20&te=20&time=on');
		await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText('110%');
		await expect(page.getByTestId('time-order')).toBeVisible({ timeout: 20_000 });
		await expectAxeCleanLightAndDark(page);
		await expectFitsPhone(page);
	});
});
