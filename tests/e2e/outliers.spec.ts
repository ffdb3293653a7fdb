import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import {
	openWidget,
	watchPage,
	waitForSettled,
	expectAxeCleanLightAndDark,
	expectFitsPhone
} from './helpers';

const fixtures = join(process.cwd(), 'tests/fixtures/csv');
const upload = (page: Page) => page.getByLabel('Upload a CSV file');
const treatment = (page: Page, name: string | RegExp) => page.getByRole('radio', { name });

/** Opens "Show the maths", where the fences and cut-offs are worked. */
const showMaths = (page: Page) => page.locator('summary', { hasText: 'Show the maths' }).click();

/** Uploads the small heights table and adds the point (400 cm, 70 kg). */
async function smallTableWithPoint(page: Page) {
	await openWidget(page, '/outliers');
	await upload(page).setInputFiles(join(fixtures, 'valid-small.csv'));
	await expect(page.getByText('valid-small.csv: 6 rows × 4 columns')).toBeVisible();
	await page.getByRole('button', { name: 'Add an outlier' }).click();
	await page.getByLabel('height_cm of your point', { exact: true }).fill('400');
	await page.getByLabel('mass_kg of your point', { exact: true }).fill('70');
	await showMaths(page);
}

test.describe('Outliers', () => {
	test('a small known table: the fences, and what removing, capping and logging do to the mean', async ({
		page
	}) => {
		const problems = watchPage(page);
		await smallTableWithPoint(page);
		// heights with a mass: 170, 182, 165, 159, 190, plus 400. Mean 1266 / 6 = 211; median (170 + 182) / 2 = 176
		await expect(page.getByTestId('before-mean')).toHaveText('211');
		await expect(page.getByTestId('before-median')).toHaveText('176');
		// sorted 159 165 170 182 190 400: Q1 = 166.25, Q3 = 188, IQR 21.75 → upper fence 188 + 32.625 = 220.625
		await expect(page.getByTestId('upper-fence')).toHaveText('220.6');
		await expect(page.getByTestId('flag-iqr-only')).toHaveText('1');
		// six values: |z| ≤ √5, so the cut-off 3 flags nothing and the page says why
		await expect(page.getByTestId('flag-both')).toHaveText('0');
		await expect(page.getByText(/no z-score can pass √\(n − 1\) = 2.236/)).toBeVisible();
		// without the point the mean was 866 / 5 = 173.2 and the median 170
		await expect(page.getByTestId('one-point')).toContainText('moved the mean from 173.2 to 211');
		await expect(page.getByTestId('one-point')).toContainText('the median went from 170 to 176');

		await treatment(page, 'Remove the flagged rows').check();
		await expect(page.getByTestId('after-mean')).toHaveText('173.2');
		await expect(page.getByTestId('after-n')).toHaveText('5');
		await treatment(page, 'Cap at the fences (clip)').check();
		// 400 → 220.625: (866 + 220.625) / 6 = 181.104; the median stays 176
		await expect(page.getByTestId('after-mean')).toHaveText('181.1');
		await expect(page.getByTestId('after-median')).toHaveText('176');
		await treatment(page, 'Log-transform, log(1 + x)').check();
		// mean of ln 171, ln 183, ln 166, ln 160, ln 191, ln 401 = 5.2974 (worked in Python's math.log1p)
		await expect(page.getByTestId('after-mean')).toHaveText('5.297');
		await expect(page.getByTestId('fit-after')).toContainText('log(1 + height_cm)');
		expect(problems).toEqual([]);
	});

	test('dragging your point on the scatter moves the mean, the median and the line as their formulas say', async ({
		page
	}) => {
		await smallTableWithPoint(page);
		await page.getByLabel('mass_kg of your point', { exact: true }).fill('100');
		await expect(page.getByTestId('before-mean')).toHaveText('211');
		const fitBefore = await page.getByTestId('fit-before').innerText();
		// the point is the largest in both columns, so it sits 3% of the padded axes in from the top right:
		// x at (400 − 151.77) / 255.46 = 1.03 / 1.06 of the width, y at 0.03 / 1.06 of the height
		const canvas = page.locator('figure.scatter canvas');
		await canvas.scrollIntoViewIfNeeded();
		const box = (await canvas.boundingBox())!;
		await page.mouse.move(box.x + (box.width * 1.03) / 1.06, box.y + (box.height * 0.03) / 1.06);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5, { steps: 5 });
		await page.mouse.up();
		await expect(page).not.toHaveURL(/pt=400_100/);
		// wherever it landed, the numbers follow its new value p: mean (866 + p) / 6, median of the six
		const p = Number(await page.getByLabel('height_cm of your point', { exact: true }).inputValue());
		expect(p).toBeLessThan(400);
		const sorted = [159, 165, 170, 182, 190, p].sort((a, b) => a - b);
		const show = (v: number) => String(Number(v.toPrecision(4)));
		await expect(page.getByTestId('before-mean')).toHaveText(show((866 + p) / 6));
		await expect(page.getByTestId('before-median')).toHaveText(show((sorted[2] + sorted[3]) / 2));
		await expect(page.getByTestId('fit-before')).not.toHaveText(fitBefore);
	});

	test('bad input: a letter in the multiplier, a one-value column, the log of a negative value', async ({
		page
	}) => {
		await smallTableWithPoint(page);
		const k = page.getByLabel('IQR multiplier k', { exact: true });
		await k.fill('1.x');
		await expect(k).toHaveAccessibleDescription(/is not a number/);
		// the last good multiplier (1.5) still draws the fences
		await expect(page.getByTestId('upper-fence')).toHaveText('220.6');

		// a negative height cannot go through log(1 + x): a clear message, the column kept
		await page.getByLabel('height_cm of your point', { exact: true }).fill('-5');
		await treatment(page, 'Log-transform, log(1 + x)').check();
		await expect(page.getByTestId('treatment-problem')).toContainText(
			'log(1 + x) is undefined for x ≤ −1, and the smallest value is -5'
		);
		// kept as it is: (866 − 5) / 6 = 143.5 before and after
		await expect(page.getByTestId('after-mean')).toHaveText('143.5');

		// a column with one distinct value: IQR 0 and std 0, said in words, never NaN
		await upload(page).setInputFiles({
			name: 'constant.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('level,score\n5,1\n5,2\n5,3\n5,4\n')
		});
		await expect(page.getByText('constant.csv: 4 rows × 2 columns')).toBeVisible();
		await expect(page.getByText(/Here the IQR is 0/)).toBeVisible();
		await expect(page.getByText(/Here the standard deviation is 0/)).toBeVisible();
		await expect(page.getByTestId('after-skew')).toHaveText('undefined (std 0)');
		await expect(page.getByTestId('fit-before')).toContainText('no line');
		await expect(page.locator('main')).not.toContainText('NaN');
	});

	test('a predict question: foresee what one appended value does to the mean and the median, then Show me appends it', async ({
		page
	}) => {
		// q=3 deals the question that appends a far value to the cars' horsepower (tests/unit/outliersQuiz.test.ts works its answer)
		await openWidget(page, '/outliers?q=3');
		const prompt = page.getByText(/Append one value, .*\. Which moves more\?/);
		await expect(prompt).toBeVisible();
		await expect(page.getByTestId('one-point')).toHaveCount(0);
		const question = page.locator('form').filter({ has: prompt });
		await question.getByLabel('The median moves more').check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect(question.getByRole('status')).toContainText('Not quite.');
		await question.getByLabel('The mean moves more').check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect(question.getByRole('status')).toContainText('Correct.');
		await question.getByRole('button', { name: /^Show me: append/ }).click();
		await expect(page).toHaveURL(/[?&]pt=/);
		await expect(page.getByRole('button', { name: 'Remove your point' })).toBeVisible();
		// the sentence that appears says how far each moved: the mean by more than the median
		await expect(page.getByTestId('one-point')).toContainText('moved the mean from 104.5 to');
		// and under the flag table, how far the point moved the fence and the z cut-off, in the page's numbers
		await expect(page.getByTestId('point-shift')).toContainText(
			/^Your point (moved|left) the upper fence .* the upper z cut-off /
		);
		await expect(page.getByTestId('investigate')).toContainText('Investigate before treating');
	});

	test('the story: step 2 says what one point does to the mean and the median, and its link opens the same step elsewhere', async ({
		page,
		context
	}) => {
		await openWidget(page, '/outliers');
		const step = page.getByRole('link', { name: 'Step 2: One point drags the mean' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		// 392 cars with horsepower and mpg: mean 104.47, median 93.5; with a 432 hp car, 105.3 and 94
		const story = page.getByTestId('story');
		await expect(story).toContainText(
			'With your one point the mean goes from 104.5 to 105.3; the median goes from 93.5 to 94.'
		);
		await expect(page.getByRole('button', { name: 'Remove your point' })).toBeVisible();
		const text = await story.innerText();

		const other = await context.newPage();
		await openWidget(other, `/outliers${await step.getAttribute('href')}`);
		await expect(other.getByRole('link', { name: 'Step 2: One point drags the mean' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(text);
	});

	test('a share link restores the column, rules, treatment and point', async ({ page, context }) => {
		await openWidget(page, '/outliers');
		await showMaths(page);
		await expect(page.getByTestId('upper-fence')).toBeVisible();
		await page.getByRole('radio', { name: 'Generated, right-skewed' }).check();
		await page.getByLabel('IQR multiplier k', { exact: true }).fill('3');
		await treatment(page, 'Winsorize at percentiles').check();
		await page.getByLabel('Percent capped at each end', { exact: true }).fill('10');
		await page.getByRole('button', { name: 'Add an outlier' }).click();
		await expect(page).toHaveURL(/treat=winsor/);
		await expect(page).toHaveURL(/pct=10/);
		await expect(page).toHaveURL(/[?&]pt=/);
		// read the numbers once the page shows the added point and is still (the fences move with it)
		await expect(page.getByRole('button', { name: 'Remove your point' })).toBeVisible();
		await waitForSettled(page);
		const fence = await page.getByTestId('upper-fence').innerText();
		const mean = await page.getByTestId('after-mean').innerText();
		const url = page.url().replace(/^https?:\/\/[^/]+/, '');

		const other = await context.newPage();
		await openWidget(other, url);
		await expect(other.getByRole('radio', { name: 'Generated, right-skewed' })).toBeChecked();
		await expect(other.getByLabel('IQR multiplier k', { exact: true })).toHaveValue('3');
		await expect(treatment(other, 'Winsorize at percentiles')).toBeChecked();
		await showMaths(other);
		await expect(other.getByTestId('upper-fence')).toHaveText(fence);
		await expect(other.getByTestId('after-mean')).toHaveText(mean);
		await expect(other.getByRole('button', { name: 'Remove your point' })).toBeVisible();
	});

	test('a tampered link says what it fixed; axe clean in light and dark; fits a phone', async ({ page }) => {
		test.setTimeout(90_000);
		await openWidget(page, '/outliers?k=abc&treat=log&src=upload');
		await expect(page.getByRole('alert').filter({ hasText: 'uploaded file' })).toBeVisible();
		await expect(page.getByRole('alert').filter({ hasText: '“k” was “abc”' })).toBeVisible();
		await expect(treatment(page, 'Log-transform, log(1 + x)')).toBeChecked();
		await showMaths(page);
		await expect(page.getByTestId('upper-fence')).toBeVisible();
		await expectAxeCleanLightAndDark(page);
		await expectFitsPhone(page);
	});
});
