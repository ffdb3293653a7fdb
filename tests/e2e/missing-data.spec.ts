import { expect, test, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { expectNoSeriousAxeViolations, openWidget, watchPage, expectFitsPhone } from './helpers';

const fixture = join(process.cwd(), 'tests/fixtures/csv/missing-small.csv');
const method = (page: Page) => page.getByLabel('Method', { exact: true });
/** A mechanism's radio button (the quiz may offer an answer with similar words). */
const mechanism = (page: Page, name: string) =>
	page.getByRole('group', { name: 'Which values go missing' }).getByLabel(name);

/** Picks an option of a choice question and checks it. */
async function answer(form: Locator, option: string) {
	await form.getByLabel(option, { exact: true }).check();
	await form.getByRole('button', { name: 'Check' }).click();
}

test.describe('Missing values', () => {
	test('on a small known file: the median, the mean, the shrunken σ and a k-NN fill are right', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/missing-data');
		await page.getByLabel('Upload a CSV file').setInputFiles(fixture);
		await expect(page.getByRole('radio', { name: /Your CSV/ })).toBeChecked();
		// x is missing in rows 2 and 5; punch nothing more, so only the file's own gaps remain
		await mechanism(page, 'By hand (click cells)').check();
		await expect(page.getByTestId('table-gaps')).toContainText('misses x in 2');
		// observed x: 1, 4, 10, 3, 7; sum 25, mean 5; squares of deviations 50, σ_obs = √10, after: √(50 / 7) = 2.673
		await expect(page.getByTestId('fill-value')).toHaveText('5');
		await expect(page.getByTestId('shrunk-std')).toHaveText('2.673');
		await method(page).selectOption({ label: 'Median' });
		await expect(page.getByTestId('fill-value')).toHaveText('4'); // sorted 1 3 4 7 10
		await expect(page.getByTestId('rows-drop-rows')).toHaveText('5');
		// k = 2: row 2 (y = 20) takes rows with y 10 and 30, x 1 and 4 → 2.5
		await method(page).selectOption({ label: 'k-NN' });
		await page.getByLabel('Neighbours k', { exact: true }).fill('2');
		await expect(page.getByTestId('knn-example')).toHaveText('2.5');
		// clicking a value punches it out: x = 10 in row 4 goes, the observed mean falls to (1 + 4 + 3 + 7) / 4 = 3.75
		await page.getByRole('button', { name: 'x in row 4: 10' }).click();
		// dropping the column says so once, not beside the histogram as well
		await method(page).selectOption({ label: 'Drop the column' });
		await expect(page.getByText(/The column is gone: every row stays/)).toHaveCount(1);
		await method(page).selectOption({ label: 'Mean' });
		// the bins read as the site writes numbers: 1–1.375, not 1.000–1.375
		await page.getByRole('button', { name: 'Show the bins as a table' }).click();
		const bins = page.getByRole('table', { name: /per bin/ });
		await expect(bins).toContainText('1–1.375');
		await expect(bins).not.toContainText('.000');
		await expect(page.getByTestId('fill-value')).toHaveText('3.75');
		expect(problems).toEqual([]);
	});

	test('bad input: an all-missing column, one distinct value, a letter in a number box, all values punched', async ({
		page
	}) => {
		await openWidget(page, '/missing-data');
		await page.getByLabel('Upload a CSV file').setInputFiles(fixture);
		await expect(page.getByTestId('empty-columns')).toContainText('empty: every value is missing');
		// a second column with a single value: r is 0/0
		await page.getByLabel('Second column', { exact: true }).selectOption('same');
		await expect(page.getByTestId('truth-r')).toHaveText('undefined (0/0: same has one value only)');
		await expect(page.getByTestId('r-mean')).toHaveText('undefined (0/0: same has one value only)');
		// a letter in the fill value: a message at the box, and the last good fill stays
		await method(page).selectOption({ label: 'Constant' });
		const fill = page.getByLabel('Fill value', { exact: true });
		await fill.fill('abc');
		await expect(fill).toHaveAccessibleDescription(/is not a number/);
		await expect(page.getByTestId('fill-value')).toHaveText('0');
		await fill.fill('-1');
		await expect(page.getByTestId('fill-value')).toHaveText('−1');
		// every value punched out: the imputers have nothing to learn from, and say so
		await mechanism(page, 'Completely at random (MCAR)').check();
		await page.getByLabel('Share of values removed').fill('1');
		await method(page).selectOption({ label: 'Median' });
		await expect(page.getByTestId('working')).toContainText('Every value of x is missing');
		await method(page).selectOption({ label: 'Drop rows' });
		await expect(page.getByTestId('rows-drop-rows')).toHaveText('0');
		// the page still works: back to a real table
		await page.getByRole('radio', { name: /Iris/ }).check();
		await expect(page.getByTestId('truth-mean')).toHaveText('3.758');
	});

	test('MNAR biases dropped rows, and a share link restores the state; axe clean; fits a phone', async ({
		page,
		context
	}) => {
		// axe walks every cell of the tables: slow on a busy two-core machine
		test.setTimeout(90_000);
		await openWidget(page, '/missing-data');
		await expect(page.getByTestId('truth-mean')).toBeVisible();
		await mechanism(page, 'More where the value itself is large (MNAR)').check();
		await method(page).selectOption({ label: 'Drop rows' });
		await expect(page.getByTestId('drop-bias')).toContainText('−');
		// both choices must be in the address before it is shared (it is written after each change)
		await expect(page).toHaveURL(/mech=mnar.*method=drop-rows|method=drop-rows.*mech=mnar/);
		const url = page.url().replace(/^https?:\/\/[^/]+/, '');
		// inside "Show the maths", closed: textContent, as innerText reads only what is rendered
		const bias = (await page.getByTestId('drop-bias').textContent())!;

		const other = await context.newPage();
		await openWidget(other, url);
		await expect(mechanism(other, 'More where the value itself is large (MNAR)')).toBeChecked();
		await expect(other.getByTestId('drop-bias')).toHaveText(bias, { timeout: 15_000 });
		await expectNoSeriousAxeViolations(other);
		await expectFitsPhone(other);
	});

	test('the default table states its claims from its numbers, and a predict question shows the state it asked about', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/missing-data');
		// 30% MCAR on the penguins (seed 1): σ 800.8 → 693.3 is ×0.87 of the truth; the formula's √(239 / 342) is ×0.84 of the observed σ
		await expect(page.getByTestId('shrink-truth')).toHaveText('×0.87');
		await expect(page.getByTestId('shrink-formula')).toHaveText('×0.84');
		await expect(page.getByTestId('fitted-on')).toContainText(
			'fitted on all 239 observed values of body_mass_g'
		);
		// dropping rows is biased under MAR too, not only MNAR; k-NN recovers part of the MNAR bias
		await expect(page.getByTestId('bias-mar')).toContainText('−5.4%');
		await expect(page.getByTestId('bias-verdict')).toContainText('Under MAR and MNAR it averages');
		await expect(page.getByTestId('bias-verdict')).toContainText(
			'unbiased only when values go missing completely at random'
		);
		await expect(page.getByTestId('knn-verdict')).toContainText('cuts the MNAR bias from −289.2 to −55.48');
		await expect(page.getByTestId('mnar-recovered')).toHaveText('81%');
		// each method says what it does to the spread: the mean's callout only beside the mean
		await method(page).selectOption({ label: 'Median' });
		await expect(page.getByText('Median shrinks the spread')).toBeVisible();
		await expect(page.getByText('Mean imputation shrinks the spread')).toHaveCount(0);
		await method(page).selectOption({ label: 'Mean' });

		// predict: which mechanisms bias the kept mean at 10% missing (the table shows 30%); then Show me opens that state
		const prompt = page.getByText('10% of body_mass_g goes missing, and you drop the incomplete rows');
		const form = page.locator('form').filter({ has: prompt });
		await answer(form, 'MAR and MNAR');
		await expect(form.getByRole('status')).toContainText('Correct');
		await form.getByRole('button', { name: 'Show me: MAR at 10%, dropping rows' }).click();
		await expect(mechanism(page, 'More where the second column is large (MAR)')).toBeChecked();
		await expect(method(page)).toHaveValue('drop-rows');
		await expect(page.getByText('At 10% missing: the mean against the truth')).toBeVisible();
		await expect(page).toHaveURL(/rate=0\.1/);
		expect(problems).toEqual([]);
	});

	test('a tampered link says what it fixed and keeps the good fields', async ({ page }) => {
		await openWidget(page, '/missing-data?src=upload&method=median&rate=7');
		await expect(page.getByRole('alert').filter({ hasText: 'uploaded file' })).toBeVisible();
		await expect(method(page)).toHaveValue('median');
		await expect(page.getByRole('radio', { name: /Penguins/ })).toBeChecked();
	});

	test('story: step 2 is a link; it becomes the current step, says its sentence, and opens the same in a fresh page', async ({
		page,
		context
	}) => {
		await openWidget(page, '/missing-data');
		const step = page.getByRole('link', { name: 'Step 2: Drop rows, at random' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		const story = page.getByTestId('story');
		await expect(story).toContainText('Completely at random, the rows kept average');
		const text = await story.innerText();
		const href = await step.getAttribute('href');

		const other = await context.newPage();
		await openWidget(other, `/missing-data${href}`);
		await expect(other.getByRole('link', { name: 'Step 2: Drop rows, at random' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(text);
	});
});
