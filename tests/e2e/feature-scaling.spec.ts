import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { makeLargeFixtures, GENERATED_DIR, TOO_BIG_FILE, WIDE_FILE } from '../fixtures/csv/make-large.js';
import { expectNoSeriousAxeViolations, openWidget, watchPage, expectFitsPhone } from './helpers';

const fixtures = join(process.cwd(), 'tests/fixtures/csv');
const upload = (page: Page) => page.getByLabel('Upload a CSV file');
/** The row of the parameter table for one parameter (its row header), e.g. "min". */
const paramRow = (page: Page, parameter: string) =>
	page
		.getByRole('table', { name: /Fitted parameters/ })
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: parameter, exact: true }) });

/** Opens "Show the maths", where the parameter table is. */
const showMaths = (page: Page) => page.locator('summary', { hasText: 'Show the maths' }).click();

test.beforeAll(async () => {
	await makeLargeFixtures();
});

test.describe('Feature scaling', () => {
	test('a small known file: the parameter table and the scaled values are right for each scaler', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/feature-scaling');
		await upload(page).setInputFiles(join(fixtures, 'valid-small.csv'));
		await expect(page.getByText('valid-small.csv: 6 rows × 4 columns')).toBeVisible();
		await expect(page.getByRole('radio', { name: /Your CSV/ })).toBeChecked();
		await page.getByLabel('all rows (leaks the test rows)').check();
		await showMaths(page);
		// the 5 rows with both height and mass: heights 170, 182, 165, 159, 190; masses 65.2, 81, 58.4, 52.1, 92.3
		// mean 866 / 5 = 173.2; std √(638.8 / 5) = 11.30; min 159, max 190; median 170, Q1 165, Q3 182, IQR 17
		await expect(paramRow(page, 'mean μ')).toContainText('173.2');
		await expect(paramRow(page, 'mean μ')).toContainText('69.8');
		await expect(paramRow(page, 'std σ (ddof 0)')).toContainText('11.3');
		await expect(paramRow(page, 'min')).toContainText('159');
		await expect(paramRow(page, 'max |x|')).toContainText('190');
		await expect(paramRow(page, 'median')).toContainText('170');
		await expect(paramRow(page, 'Q1 (25%)')).toContainText('165');
		await expect(paramRow(page, 'IQR')).toContainText('17');

		// the first row (170 cm) through each scaler
		const scaler = page.getByLabel('Scaler', { exact: true });
		const height = page.getByTestId('scaled-0');
		await expect(height).toHaveText('-0.2831'); // (170 − 173.2) / 11.30
		await scaler.selectOption({ label: 'Min-max' });
		await expect(height).toHaveText('0.3548'); // (170 − 159) / 31
		await scaler.selectOption({ label: 'Robust (median, IQR)' });
		await expect(height).toHaveText('0'); // (170 − 170) / 17
		await scaler.selectOption({ label: 'Max-abs' });
		await expect(height).toHaveText('0.8947'); // 170 / 190
		await scaler.selectOption({ label: 'Normalizer (rows, L2)' });
		await expect(height).toHaveText('0.9337'); // 170 / √(28,900 + 4,251.04) = 170 / 182.074
		expect(problems).toEqual([]);
	});

	test('each hostile file shows its message beside the box and the page keeps working', async ({ page }) => {
		await openWidget(page, '/feature-scaling');
		await upload(page).setInputFiles(join(fixtures, 'valid-small.csv'));
		await expect(page.getByText('valid-small.csv: 6 rows × 4 columns')).toBeVisible();
		const cases: [string, RegExp][] = [
			[join(fixtures, 'empty.csv'), /The file is empty/],
			[join(fixtures, 'whitespace.csv'), /only spaces and blank lines/],
			[join(fixtures, 'binary.csv'), /looks binary/],
			[join(fixtures, 'ragged-extra-cells.csv'), /cells but the first row/],
			[join(fixtures, 'unclosed-quote.csv'), /never closed/],
			[join(GENERATED_DIR, WIDE_FILE), /at most 1,000/],
			[join(GENERATED_DIR, TOO_BIG_FILE), /up to 20 MB/]
		];
		for (const [file, message] of cases) {
			await upload(page).setInputFiles(file);
			await expect(upload(page)).toHaveAccessibleDescription(message);
			// the last good table is still loaded and on screen
			await expect(page.getByText('valid-small.csv: 6 rows × 4 columns')).toBeVisible();
		}
		// formula-looking cells are read as text, never evaluated
		await upload(page).setInputFiles(join(fixtures, 'formula-cells.csv'));
		await expect(page.getByText(/kept as plain text and never run here/)).toBeVisible();
		await page.getByRole('radio', { name: /Cars/ }).check();
		await showMaths(page);
		await expect(page.getByRole('table', { name: /Fitted parameters/ })).toBeVisible();
	});

	test('an outlier squeezes min-max but not robust scaling, the leak toggle changes the parameters, and a link restores it all', async ({
		page,
		context
	}) => {
		await openWidget(page, '/feature-scaling');
		await showMaths(page);
		await expect(page.getByRole('table', { name: /Fitted parameters/ })).toBeVisible();
		// where the original rows' horsepower lands after min-max and robust scaling, as the page says it
		const span = async (id: string) => {
			const element = page.getByTestId(id);
			return [Number(await element.getAttribute('data-lo')), Number(await element.getAttribute('data-hi'))];
		};
		// the README: 406 cars, 6 of them without horsepower (weight is never missing)
		await expect(page.getByTestId('incomplete-rows')).toContainText(
			'6 of the 406 rows have no horsepower or no weight'
		);
		const [minmaxLo, minmaxHi] = await span('span-minmax');
		const [robustLo, robustHi] = await span('span-robust');
		expect(minmaxHi - minmaxLo).toBeGreaterThan(0.9); // min-max fills (about) its 0–1 range
		await page.getByRole('button', { name: 'Add an outlier' }).click();
		await expect(page.getByRole('group', { name: 'Added point 1' })).toBeVisible();
		await expect(page.getByTestId('span-minmax-before')).toBeVisible();
		const [squeezedLo, squeezedHi] = await span('span-minmax');
		const [keptLo, keptHi] = await span('span-robust');
		// the outlier takes min-max's maximum: the rest is squeezed into a sliver of the range…
		expect(squeezedHi - squeezedLo).toBeLessThan((minmaxHi - minmaxLo) / 3);
		await expect(page.getByTestId('outlier-effect')).toContainText('a sliver');
		// …while robust scaling (median and quartiles) keeps them about as spread as before
		expect(keptHi - keptLo).toBeGreaterThan(0.8 * (robustHi - robustLo));
		// on the shared axes the outlier is pinned to the edge, so the plots keep showing the bulk
		await expect(page.getByRole('list', { name: 'Legend' })).toContainText('pinned to the edge');
		await page.getByLabel('all rows (leaks the test rows)').check();
		await page.getByLabel('Scaler', { exact: true }).selectOption({ label: 'Min-max' });
		await expect(page).toHaveURL(/out=/);
		await expect(page).toHaveURL(/fit=all/);
		await expect(page).toHaveURL(/cmp=minmax/);
		const url = page.url().replace(/^https?:\/\/[^/]+/, '');
		const scaled = await page.getByTestId('scaled-0').innerText();

		const other = await context.newPage();
		await openWidget(other, url);
		await expect(other.getByRole('group', { name: 'Added point 1' })).toBeVisible();
		await expect(other.getByLabel('all rows (leaks the test rows)')).toBeChecked();
		await expect(other.getByTestId('scaled-0')).toHaveText(scaled);
		await showMaths(other);
		await expect(other.getByTestId('leak-note')).toContainText(
			'fitted numbers change when the test rows are included'
		);
	});

	test('a predict question: foresee a test row leaking into min-max, answer, then Show me puts it in the test rows and fits on all', async ({
		page
	}) => {
		// q=8 deals the question about a test row and a scaler fitted on all rows (tests/unit/featureScalingQuiz.test.ts works its answer)
		await openWidget(page, '/feature-scaling?q=8');
		const prompt = page.getByText(/Fit min-max on all rows, the new one included/);
		await expect(prompt).toBeVisible();
		const question = page.locator('form').filter({ has: prompt });
		await question.getByRole('textbox').fill('0.5');
		await question.getByRole('button', { name: 'Check' }).click();
		await expect(question.getByRole('status')).toContainText('Not quite.');
		// the cars' horsepower runs 46 to 230; the point at 770: (230 − 46) / (770 − 46) = 184 / 724 = 0.254
		await question.getByRole('textbox').fill('0.254');
		await question.getByRole('button', { name: 'Check' }).click();
		await expect(question.getByRole('status')).toContainText('Correct.');
		await question.getByRole('button', { name: /^Show me:/ }).click();
		await expect(page).toHaveURL(/place=test/);
		await expect(page).toHaveURL(/fit=all/);
		await expect(page.getByRole('group', { name: 'Added point 1' })).toBeVisible();
		await expect(page.getByRole('radio', { name: 'the test rows', exact: true })).toBeChecked();
		// the page now shows the leak the question asked about, in its own numbers
		await showMaths(page);
		const note = page.getByTestId('leak-note');
		await expect(note).toContainText('Your added point is in the test rows');
		await expect(note).toContainText("min-max's max of horsepower");
		await expect(note).toContainText('That is the leak.');
		// and the number the explanation quotes: the other rows squeezed into 0 to 0.2541
		await expect(question).toContainText('squeezed every other row into 0 to 0.2541');
		await expect(note).toContainText('horsepower at 0 to 0.2541');
		// the question set held still while the state changed under it
		await expect(prompt).toBeVisible();
	});

	test('the story: step 2 says what the outlier does to min-max, and its link opens the same step elsewhere', async ({
		page,
		context
	}) => {
		await openWidget(page, '/feature-scaling');
		const step = page.getByRole('link', { name: 'Step 2: An outlier squeezes min-max' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		// the cars' horsepower runs 46 to 230; min-max fitted with 770 puts it at 0 to 184 / 724 = 0.2541
		const story = page.getByTestId('story');
		await expect(story).toContainText("the other rows' horsepower now spans 0 to 0.2541: 25% of the range");
		await expect(page.getByRole('group', { name: 'Added point 1' })).toBeVisible();
		const text = await story.innerText();

		const other = await context.newPage();
		await openWidget(other, `/feature-scaling${await step.getAttribute('href')}`);
		await expect(other.getByRole('link', { name: 'Step 2: An outlier squeezes min-max' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(text);
	});

	test('colouring by k-means shows the clusters found in each space, and is kept in the link', async ({
		page
	}) => {
		await openWidget(page, '/feature-scaling');
		await page.getByRole('switch', { name: /Colour by the k-means clusters \(k = 3\)/ }).click();
		await expect(page.getByRole('list', { name: 'Legend' })).toContainText('k-means cluster 3');
		await expect(page).toHaveURL(/col=kmeans/);
		await page.reload();
		await expect(page.getByRole('switch', { name: /Colour by the k-means clusters/ })).toHaveAttribute(
			'aria-checked',
			'true'
		);
	});

	test('a link made with an uploaded file says so and opens the default data; axe clean; fits a phone', async ({
		page
	}) => {
		// axe walks every dot of six scatter plots: slow on a busy two-core machine
		test.setTimeout(90_000);
		await openWidget(page, '/feature-scaling?src=upload&fx=a&fy=b');
		await expect(page.getByRole('alert').filter({ hasText: 'uploaded file' })).toBeVisible();
		await expect(page.getByRole('radio', { name: /Cars/ })).toBeChecked();
		await expect(page.getByRole('table', { name: /Scores on the/ })).toBeVisible();
		await expectNoSeriousAxeViolations(page);
		await expectFitsPhone(page);
	});
});
