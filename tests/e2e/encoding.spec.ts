import { expect, test, type Locator } from '@playwright/test';
import { join } from 'node:path';
import { expectNoSeriousAxeViolations, openWidget, watchPage, expectFitsPhone } from './helpers';

const fixture = join(process.cwd(), 'tests/fixtures/csv/encoding-small.csv');

/** Picks an option of a choice question and checks it. */
async function answer(form: Locator, option: string) {
	await form.getByLabel(option, { exact: true }).check();
	await form.getByRole('button', { name: 'Check' }).click();
}

test.describe('Categorical encoding and binning', () => {
	test('penguin islands: one-hot columns with and without drop first, an ordinal order rearranged, and a share link that restores both', async ({
		page,
		context
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/encoding');
		// penguins' island holds Biscoe, Dream and Torgersen: 3 columns, 2 once the first is dropped
		await expect(page.getByTestId('onehot-columns')).toHaveText('3');
		await page.getByRole('switch', { name: "Drop the first category (drop='first')" }).click();
		await expect(page.getByTestId('onehot-columns')).toHaveText('2');
		await expect(page.getByText('less the dropped “Biscoe”')).toBeVisible();

		// an island the encoder never saw: an error by default, the dropped category's zeros under 'ignore'
		await expect(page.getByTestId('new-value')).toContainText('unknown category "Anvers"');
		await page.getByLabel("'ignore': all zeros").check();
		await expect(page.getByTestId('new-value')).toContainText('“Anvers” → [0, 0]');

		// sorted codes Biscoe 0, Dream 1, Torgersen 2; moving Dream up makes it 0
		await expect(page.getByTestId('implied')).toContainText(
			'Dream is between Biscoe and Torgersen, and that Torgersen (code 2) is twice as far'
		);
		await page.getByRole('button', { name: 'Move Dream up' }).click();
		await expect(page.getByTestId('code-0').locator('xpath=..')).toContainText('Dream');
		await expect(page.getByTestId('implied')).toContainText('Biscoe is between Dream and Torgersen');
		await expect(page).toHaveURL(/ord=1\.0\.2/);

		// one-hot's least-squares predictions are the islands' mean body mass (Biscoe 4,716 g in the published Palmer data)
		await page.getByRole('button', { name: 'Show the values as a table' }).click();
		await expect(page.getByRole('table', { name: /Predicted body_mass_g/ })).toContainText('4716');
		// a tree splits the codes into ranges: with Dream first, Biscoe alone (the best grouping on body mass) takes two splits
		await expect(page.getByTestId('tree-splits')).toContainText('never {Biscoe} | {Dream, Torgersen}');
		await expect(page.getByTestId('tree-splits')).toContainText(
			'the best grouping, {Biscoe} | {Dream, Torgersen}'
		);

		const url = page.url().replace(/^https?:\/\/[^/]+/, '');
		const other = await context.newPage();
		await openWidget(other, url);
		await expect(other.getByTestId('onehot-columns')).toHaveText('2');
		await expect(other.getByTestId('implied')).toContainText('Biscoe is between Dream and Torgersen');
		await expect(other.getByLabel("'ignore': all zeros")).toBeChecked();
		expect(problems).toEqual([]);
	});

	test('the story: step 2 is a link that opens the unseen value, and its link opens the same step in a fresh page', async ({
		page,
		context
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/encoding');
		const step = page.getByRole('link', { name: 'Step 2: A value never seen' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		const said =
			"“Anvers” is none of the 3 values of island the encoder learned. With handle_unknown='ignore' it becomes [0, 0], the very row of the dropped “Biscoe”: the model cannot tell them apart.";
		await expect(page.getByTestId('story')).toHaveText(said);
		// the step set the encoder as the sentence says: drop first, unknown values ignored
		await expect(page.getByTestId('onehot-columns')).toHaveText('2');
		await expect(page.getByTestId('new-value')).toContainText('“Anvers” → [0, 0]');

		const href = (await step.getAttribute('href'))!;
		const other = await context.newPage();
		await openWidget(other, `/encoding${href}`);
		await expect(other.getByRole('link', { name: 'Step 2: A value never seen' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(said);
		// another step's link leaves it
		await other.getByRole('link', { name: 'Step 3: Hundreds of ZIP codes' }).click();
		await expect(other.getByRole('radio', { name: /Shop customers/ })).toBeChecked();
		await expect(other.getByTestId('story')).toContainText('One-hot makes 244 columns for zip');
		expect(problems).toEqual([]);
	});

	test('the default page: no bin said to be empty, and a predict question on the tree opens the order it asked about', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/encoding');
		// body mass, 4 equal-width bins of 90, 134, 79 and 39 rows: none under a quarter of 85.5
		await expect(page.getByTestId('binning-verdict')).toContainText('No bin is nearly empty');
		await expect(page.getByTestId('tree-splits')).toContainText('as good as any grouping of the categories');
		const prompt = page.getByText('Ordinal codes Dream = 0, Biscoe = 1, Torgersen = 2.', { exact: false });
		const form = page.locator('form').filter({ has: prompt });
		await answer(form, '{Dream, Biscoe} | {Torgersen}');
		await expect(form.getByRole('status')).toContainText('Correct');
		await form.getByRole('button', { name: 'Show me: codes in the order Dream, Biscoe, Torgersen' }).click();
		await expect(page.getByTestId('code-0').locator('xpath=..')).toContainText('Dream');
		await expect(page.getByTestId('tree-splits')).toContainText(
			'the best grouping, {Biscoe} | {Dream, Torgersen}'
		);
		await expect(page.getByTestId('tree-splits')).toContainText('takes more than one split');
		await expect(page).toHaveURL(/ord=1\.0\.2/);
		expect(problems).toEqual([]);
	});

	test('a small file: quantile and equal-width edges worked by hand, and each bad input gets its message', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/encoding');
		await page.getByLabel('Upload a CSV file').setInputFiles(fixture);
		await expect(page.getByRole('radio', { name: /Your CSV/ })).toBeChecked();
		// colour: blue, green, red
		await expect(page.getByTestId('onehot-columns')).toHaveText('3');

		// price 1, 2, 3, 4, 100 in 4 bins: quantile positions (5 − 1)·i/4 = i pick the sorted values 1, 2, 3, 4, 100;
		// equal widths (100 − 1) / 4 = 24.75, so the first bin holds the four small prices
		const bins = page.getByLabel('Bins (k)', { exact: true });
		await bins.fill('4');
		await expect(page.getByTestId('quantile-edge-1')).toHaveText('2');
		await expect(page.getByTestId('edges-quantile')).toHaveText('Edges: 1, 2, 3, 4, 100');
		await expect(page.getByTestId('uniform-width')).toHaveText('24.75');
		await expect(page.getByTestId('counts-uniform')).toHaveText('Rows per bin: 4, 0, 0, 1');
		// 2 bins: the median 3 splits them
		await bins.fill('2');
		await expect(page.getByTestId('edges-quantile')).toHaveText('Edges: 1, 3, 100');

		// a letter in the bins box: a message at the box, the last good bins stay
		await bins.fill('4x');
		await expect(bins).toHaveAccessibleDescription(/“4x” is not a number/);
		await expect(page.getByTestId('edges-quantile')).toHaveText('Edges: 1, 3, 100');

		// a text column picked for binning, then a numeric column with one value
		const binColumn = page.getByLabel('Column to bin', { exact: true });
		await binColumn.selectOption({ label: 'size (text)' });
		await expect(page.getByTestId('binning-error')).toContainText(
			'“size” holds text (categories), not numbers'
		);
		await binColumn.selectOption({ label: 'vat' });
		await expect(page.getByText('The column is constant (every value is 20)')).toBeVisible();

		// a categorical column with one value: one column, none after drop first
		await page.getByLabel('Categorical column', { exact: true }).selectOption('shop');
		await expect(page.getByTestId('onehot-columns')).toHaveText('1');
		await expect(page.getByText('A column with a single value tells every row the same thing')).toBeVisible();
		await page.getByRole('switch', { name: "Drop the first category (drop='first')" }).click();
		await expect(page.getByTestId('onehot-columns')).toHaveText('0');

		// the page still works: back to a numeric column
		await binColumn.selectOption({ label: 'price' });
		await expect(page.getByTestId('edges-quantile')).toHaveText('Edges: 1, 3, 100');
		expect(problems).toEqual([]);
	});

	test('a one-word text (/encoding?text=Hello): typed into keystroke by keystroke, one term said in the singular, the questions still there, no page error', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/encoding?text=Hello');
		const size = page.getByTestId('vocabulary-size');
		await expect(size).toHaveText('1');
		await expect(size.locator('xpath=..')).toContainText('1 term, so every document becomes 1 count');
		const questions = page.locator('form').filter({ has: page.getByRole('button', { name: 'Check' }) });
		const dealt = await questions.count();
		expect(dealt).toBeGreaterThanOrEqual(4);
		const box = page.getByLabel('Text (each sentence or line is one document)');
		await box.click();
		await box.press('End');
		// "Hello hello" repeats the term, "Hello hello world" adds one
		await box.pressSequentially(' hello world');
		await expect(size).toHaveText('2');
		await expect(page).toHaveURL(/text=Hello\+hello\+world/);
		await expect(questions).toHaveCount(dealt);
		expect(problems).toEqual([]);
	});

	test('a high-cardinality column, a tampered link, axe clean, fits a phone', async ({ page }) => {
		await openWidget(page, '/encoding?src=shop&cat=zip&bins=999&ord=0.0');
		await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText('bins');
		const columns = Number(await page.getByTestId('cardinality-columns').innerText());
		expect(columns).toBeGreaterThan(100);
		await expect(page.getByText("The link's order does not fit")).toBeVisible();
		// the shop's income is right-skewed: equal-width bins leave the tail nearly empty, quantile bins stay even
		await expect(page.getByTestId('binning-verdict')).toContainText(
			'income has a long right tail (skewness 2.00), so the last 2 bins hold only 14, 2 rows'
		);
		const uniform = (await page.getByTestId('counts-uniform').innerText())
			.replace('Rows per bin: ', '')
			.split(', ')
			.map(Number);
		const quantile = (await page.getByTestId('counts-quantile').innerText())
			.replace('Rows per bin: ', '')
			.split(', ')
			.map(Number);
		expect(uniform.at(-1)!).toBeLessThan(uniform[0] / 10);
		expect(Math.max(...quantile) - Math.min(...quantile)).toBeLessThanOrEqual(10); // 500 / 4 = 125 each, give or take ties
		await expectNoSeriousAxeViolations(page);
		await expectFitsPhone(page);
	});
});
