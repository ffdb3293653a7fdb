import { expect, test } from '@playwright/test';
import { countInput, expectNoSeriousAxeViolations, metricValue, openWidget, watchPage } from './helpers';

test.describe('Confusion matrix, binary', () => {
	test('editing each count moves precision, recall and F1 to the right values', async ({ page }) => {
		const problems = watchPage(page);
		await openWidget(page, '/confusion-matrix');
		// defaults tp 40, fp 10, fn 20, tn 30: precision 40/50, recall 40/60, F1 80/110
		await expect(metricValue(page, 'precision')).toContainText('0.800');
		await expect(metricValue(page, 'recall')).toContainText('0.667');
		await expect(metricValue(page, 'f1')).toContainText('0.727');

		await countInput(page, 'True positives').fill('90');
		// precision 90/100, recall 90/110, F1 180/210
		await expect(metricValue(page, 'precision')).toContainText('0.900');
		await expect(metricValue(page, 'recall')).toContainText('0.818');
		await expect(metricValue(page, 'f1')).toContainText('0.857');

		await countInput(page, 'False positives').fill('30');
		// precision 90/120 = 0.75, F1 180/230
		await expect(metricValue(page, 'precision')).toContainText('0.750');
		await expect(metricValue(page, 'f1')).toContainText('0.783');

		await countInput(page, 'False negatives').fill('0');
		// recall 90/90, F1 180/210
		await expect(metricValue(page, 'recall')).toContainText('1.000');
		await expect(metricValue(page, 'f1')).toContainText('0.857');

		await countInput(page, 'True negatives').fill('70');
		// accuracy (90+70)/190, specificity 70/100
		await expect(metricValue(page, 'accuracy')).toContainText('0.842');
		await expect(metricValue(page, 'specificity')).toContainText('0.700');
		// the live formula shows the numbers
		await expect(page.locator('[data-metric="precision"]')).toContainText('90 + 30');
		expect(problems).toEqual([]);
	});

	test('a zero denominator reads "undefined" with its reason, never NaN', async ({ page }) => {
		await openWidget(page, '/confusion-matrix');
		await countInput(page, 'True positives').fill('0');
		await countInput(page, 'False positives').fill('0');
		await expect(metricValue(page, 'precision')).toHaveText('undefined');
		await expect(page.locator('[data-metric="precision"]')).toContainText(
			'nothing was predicted positive, so precision is 0/0'
		);
		await expect(metricValue(page, 'mcc')).toHaveText('undefined');
		await expect(page.locator('main')).not.toContainText('NaN');
	});

	test('bad input is refused at the box and the last good matrix stays', async ({ page }) => {
		await openWidget(page, '/confusion-matrix');
		const tp = countInput(page, 'True positives');
		const cases: [string, RegExp][] = [
			['-5', /can't be negative/],
			['2.5', /whole number/],
			['abc', /is not a number/],
			['2000000000', /Too large/],
			['', /Enter a count/]
		];
		for (const [text, message] of cases) {
			await tp.fill(text);
			await expect(tp).toHaveAttribute('aria-invalid', 'true');
			await expect(tp).toHaveAccessibleDescription(message);
			// still the default matrix: precision 40/50
			await expect(metricValue(page, 'precision')).toContainText('0.800');
		}
		await tp.fill('60');
		await expect(tp).not.toHaveAttribute('aria-invalid', 'true');
		await expect(metricValue(page, 'precision')).toContainText('0.857');
	});

	test('the fraud step: 99% accuracy, recall 0, precision undefined; an edit of the matrix leaves the step', async ({
		page
	}) => {
		await openWidget(page, '/confusion-matrix');
		const fraud = page.getByRole('link', { name: 'Step 2: Fraud at 1% prevalence' });
		await fraud.click();
		await expect(countInput(page, 'False negatives')).toHaveValue('100');
		await expect(metricValue(page, 'accuracy')).toContainText('0.990');
		await expect(metricValue(page, 'recall')).toContainText('0.000');
		await expect(metricValue(page, 'precision')).toHaveText('undefined');
		await expect(page.getByText(/Accuracy is 99.0%, yet recall is 0.0%/)).toBeVisible();
		await expect(fraud).toHaveAttribute('aria-current', 'step');
		await expect(page.getByTestId('story')).toContainText('10,000 payments, 100 of them fraud');
		// the prices of a mistake are free on a step; a count is not
		await page.getByLabel('Cost of a false positive', { exact: true }).fill('7');
		await expect(fraud).toHaveAttribute('aria-current', 'step');
		await countInput(page, 'True positives').fill('5');
		await expect(page.getByTestId('story')).not.toContainText('10,000 payments');
		await expect(fraud).not.toHaveAttribute('aria-current', 'step');
	});

	test('the story: step 2 is a link, and its link opens the same step in a fresh page', async ({
		page,
		context
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/confusion-matrix');
		const step = page.getByRole('link', { name: 'Step 2: Fraud at 1% prevalence' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		// by hand: 9,900 of 10,000 right; F1 = 0 (no true positives); balanced accuracy (0 + 1) / 2
		const said =
			'10,000 payments, 100 of them fraud, and a "model" that flags nothing. Accuracy is 99.0%, yet it catches no fraud: recall is 0.000 and precision is 0/0 (nothing is flagged). Recall, F1 (0.000) and balanced accuracy (0.500, a coin toss\'s) show it.';
		await expect(page.getByTestId('story')).toHaveText(said);

		const href = (await step.getAttribute('href'))!;
		const other = await context.newPage();
		await openWidget(other, `/confusion-matrix${href}`);
		await expect(other.getByRole('link', { name: 'Step 2: Fraud at 1% prevalence' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(said);
		await expect(countInput(other, 'True negatives')).toHaveValue('9900');

		// the last step switches to the multiclass matrix and its averages
		await other.getByRole('link', { name: 'Step 5: A rare class: macro against weighted' }).click();
		await expect(other.getByTestId('story')).toContainText('macro F1 (0.616)');
		await expect(other.getByLabel('Actual rabbit, predicted rabbit')).toHaveValue('1');
		expect(problems).toEqual([]);
	});

	test('works from the keyboard: arrows step a count, Tab reaches every count', async ({ page }) => {
		await openWidget(page, '/confusion-matrix');
		const tp = countInput(page, 'True positives');
		await tp.focus();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(tp).toHaveValue('42');
		await page.keyboard.press('Shift+ArrowDown');
		await expect(tp).toHaveValue('32');
		// precision 32/42
		await expect(metricValue(page, 'precision')).toContainText('0.762');
		await page.keyboard.press('Tab');
		await expect(countInput(page, 'False negatives')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(countInput(page, 'False positives')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(countInput(page, 'True negatives')).toBeFocused();
		// a story step works with Enter
		await page.getByRole('link', { name: 'Step 4: Spam filter: precision first' }).focus();
		await page.keyboard.press('Enter');
		await expect(countInput(page, 'True positives')).toHaveValue('700');
	});

	test('costs pick the cheaper of two classifiers', async ({ page }) => {
		await openWidget(page, '/confusion-matrix');
		// A: 1 × 10 + 5 × 20 = 110; B (tp 55, fp 25 of 60/40): 1 × 25 + 5 × 5 = 50
		await expect(page.getByTestId('cost-a')).toHaveText('110');
		await expect(page.getByTestId('cost-b')).toHaveText('50');
		await expect(page.getByTestId('cost-verdict')).toHaveText('B is cheaper: it saves 60 against A.');
		await page.getByLabel('Cost of a false negative', { exact: true }).fill('0.5');
		// A: 10 + 0.5 × 20 = 20; B: 25 + 2.5 = 27.5
		await expect(page.getByTestId('cost-verdict')).toHaveText('A is cheaper: it saves 7.5 against B.');
	});

	test('F-beta and a custom formula follow the counts; code is refused', async ({ page }) => {
		await openWidget(page, '/confusion-matrix');
		// the formula reader loads once its panel shows, below the first screen
		await page.getByTestId('custom-result').scrollIntoViewIfNeeded();
		await expect(page.getByTestId('custom-result')).toContainText('0.571'); // 40 / 70
		const formula = page.getByLabel('Formula in tp, fp, fn and tn');
		await formula.fill('(tp + tn) / (tp + fp + fn + tn)');
		await expect(page.getByTestId('custom-result')).toContainText('0.700');
		await formula.fill('import("fs")');
		await expect(formula).toHaveAccessibleDescription(/not allowed/);
		await expect(page.getByTestId('custom-result')).toContainText('0.700');
		// a mathjs comment is refused at the box, as a link would refuse it
		await formula.fill('tp / (tp + fp) # precision');
		await expect(formula).toHaveAccessibleDescription(/comment/);
		await expect(page).not.toHaveURL(/%23|#/);
		await formula.fill('tp / (fp - 10)');
		await expect(page.getByTestId('custom-result')).toContainText('undefined');

		const beta = page.getByLabel('β (beta)');
		await beta.focus();
		for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
		// β = 2: 5 × 40 / (5 × 40 + 4 × 20 + 10) = 200 / 290
		await expect(page.getByTestId('value-fbeta')).toHaveText('0.690');
	});

	test('a share link reproduces the whole state in a new page', async ({ page, browser }) => {
		await openWidget(page, '/confusion-matrix');
		await countInput(page, 'True positives').fill('123');
		await countInput(page, 'False positives').fill('7');
		await page.getByLabel('Cost of a false positive', { exact: true }).fill('3');
		await page.getByLabel('Formula in tp, fp, fn and tn').fill('tp - fp');
		await page.getByRole('button', { name: 'Share' }).click();
		const link = await page.getByLabel('Share link').inputValue();
		expect(link).toContain('tp=123');

		const other = await browser.newPage();
		await openWidget(other, link);
		await expect(countInput(other, 'True positives')).toHaveValue('123');
		await expect(countInput(other, 'False positives')).toHaveValue('7');
		await expect(other.getByLabel('Cost of a false positive', { exact: true })).toHaveValue('3');
		await other.getByTestId('custom-result').scrollIntoViewIfNeeded();
		await expect(other.getByTestId('custom-result')).toContainText('116');
		await expect(metricValue(other, 'precision')).toContainText('0.946'); // 123 / 130
		await expect(other.getByText('This link had values that could not be used')).toHaveCount(0);
		await other.close();
	});

	test('the page follows its address: a link to the bare page resets, Back restores', async ({ page }) => {
		await openWidget(page, '/confusion-matrix?tp=77');
		await expect(countInput(page, 'True positives')).toHaveValue('77');
		await page.getByRole('button', { name: 'Widgets' }).click();
		await page
			.getByRole('navigation', { name: 'Widgets' })
			.getByRole('link', { name: 'Confusion matrix' })
			.click();
		await expect(countInput(page, 'True positives')).toHaveValue('40');
		await page.getByRole('button', { name: 'Share' }).click();
		expect(await page.getByLabel('Share link').inputValue()).not.toContain('tp=77');
		await page.goBack();
		await expect(countInput(page, 'True positives')).toHaveValue('77');
	});

	test('a tampered link keeps its good values and says what it ignored', async ({ page }) => {
		const problems = watchPage(page);
		await openWidget(page, '/confusion-matrix?tp=77&fp=-3&fn=abc&mode=binary&mc=1-2.3');
		await expect(page.getByText('This link had values that could not be used')).toBeVisible();
		await expect(page.getByText(/“fp” was “-3”/)).toBeVisible();
		await expect(page.getByText(/“fn” was “abc”/)).toBeVisible();
		await expect(countInput(page, 'True positives')).toHaveValue('77');
		await expect(countInput(page, 'False positives')).toHaveValue('10');
		await page.getByRole('button', { name: 'Dismiss notice' }).click();
		await expect(page.getByText('This link had values that could not be used')).toHaveCount(0);
		// the address now holds the repaired state
		await expect(page).toHaveURL(/fp=10/);
		expect(problems).toEqual([]);
	});

	test('check yourself: predict a change, see a wrong answer explained, then "Show me" applies the change', async ({
		page
	}) => {
		await openWidget(page, '/confusion-matrix');
		const quiz = page.locator('.quiz');
		// a predict question leads every set; its prompt names the change and the metric
		const first = quiz.locator('li').first();
		await first.scrollIntoViewIfNeeded();
		await expect(first.getByText('Predict, then see')).toBeVisible();
		const prompt = (await first.locator('.prompt, label').first().textContent()) ?? '';
		// by hand on TP 40, FP 10, FN 20, TN 30: each change's counts, and each metric's move
		const changes: { match: RegExp; counts: [string, string][]; moves: Record<string, string> }[] = [
			{
				match: /10 false negatives become true positives/,
				counts: [
					['True positives', '50'],
					['False negatives', '10']
				],
				moves: {
					precision: 'Rises',
					recall: 'Rises',
					specificity: 'Stays the same',
					accuracy: 'Rises',
					'the F1 score': 'Rises'
				}
			},
			{
				match: /10 true negatives become false positives/,
				counts: [
					['False positives', '20'],
					['True negatives', '20']
				],
				moves: {
					precision: 'Falls',
					recall: 'Stays the same',
					specificity: 'Falls',
					accuracy: 'Falls',
					'the F1 score': 'Falls'
				}
			},
			{
				match: /FP and TN double/,
				counts: [
					['False positives', '20'],
					['True negatives', '60']
				],
				moves: {
					precision: 'Falls',
					recall: 'Stays the same',
					specificity: 'Stays the same',
					accuracy: 'Rises',
					'the F1 score': 'Falls'
				}
			}
		];
		const change = changes.find((c) => c.match.test(prompt));
		expect(change, `an unexpected predict question: "${prompt}"`).toBeDefined();
		const metric = prompt.match(/happen to (.+)\?$/)?.[1];
		if (metric) {
			const right = change!.moves[metric];
			const wrong = ['Rises', 'Falls', 'Stays the same'].find((o) => o !== right)!;
			await first.getByLabel(wrong, { exact: true }).check();
			await first.getByRole('button', { name: 'Check' }).click();
			await expect(first.getByText(/^Not quite/)).toBeVisible();
			await first.getByLabel(right, { exact: true }).check();
			await first.getByRole('button', { name: 'Check' }).click();
			await expect(first.getByText(/^Correct/)).toBeVisible();
		} else {
			// "what would precision be?" after the negatives double: 40 / (40 + 20)
			await first.locator('input').fill('0.667');
			await first.getByRole('button', { name: 'Check' }).click();
			await expect(first.getByText(/^Correct/)).toBeVisible();
		}
		await first.getByRole('button', { name: /^Show me: / }).click();
		for (const [label, value] of change!.counts) await expect(countInput(page, label)).toHaveValue(value);
		await expect(page.locator('#stage')).toBeInViewport();
		// the answered set holds still while the matrix changes under it
		await expect(first.getByText(/^Correct/)).toBeVisible();
		await quiz.getByRole('button', { name: 'New questions' }).click();
		await expect(quiz.getByText(/^Correct/)).toHaveCount(0);
	});

	test('"On the exam" names the settings that carry the idea', async ({ page }) => {
		await openWidget(page, '/confusion-matrix');
		const exam = page.getByRole('region', { name: 'On the exam' });
		await expect(exam).toContainText('recall');
		await expect(exam.locator('code')).toContainText(['scale_pos_weight']);
	});
});

test.describe('Confusion matrix, multiclass', () => {
	test('per-class and averaged metrics, editable names and a one-vs-rest focus', async ({ page }) => {
		const problems = watchPage(page);
		await openWidget(page, '/confusion-matrix?mode=multiclass');
		await page.getByLabel('Binary', { exact: true }).check();
		await page.getByLabel('Multiclass (3–6)').check();
		// default [[42,6,2],[5,31,4],[3,9,18]]: accuracy 91/120
		await expect(page.getByText('Averages (accuracy 0.758)')).toBeVisible();
		// micro = accuracy
		await expect(page.locator('[data-average="micro"] td').first()).toHaveText('0.758');
		// cat: precision 42/50, recall 42/50
		const perClass = page.getByRole('table', { name: 'Per class' });
		const catRow = perClass.getByRole('row', { name: /^cat/ });
		await expect(catRow).toContainText('0.840');
		await page.getByLabel('Actual cat, predicted dog').fill('16');
		// cat recall 42/60 = 0.700, dog precision 31/56
		await expect(catRow).toContainText('0.700');
		await page.getByLabel('Name of class 2').fill('wolf');
		await expect(perClass.getByRole('row', { name: /^wolf/ })).toContainText('0.554');
		await page.getByLabel('Name of class 2').fill('cat');
		await expect(page.getByLabel('Name of class 2')).toHaveAccessibleDescription(/Looks the same as class 1/);
		// look-alikes and hidden characters are refused at the box; the last good name stays in the table
		await page.getByLabel('Name of class 2').fill('ｃａｔ');
		await expect(page.getByLabel('Name of class 2')).toHaveAccessibleDescription(/Looks the same as class 1/);
		await page.getByLabel('Name of class 2').fill('wolf ');
		await expect(page.getByLabel('Name of class 2')).toHaveAccessibleDescription(/start or end/);
		await page.getByLabel('Name of class 2').fill('w\u202Eolf');
		await expect(page.getByLabel('Name of class 2')).toHaveAccessibleDescription(/U\+202E/);
		await expect(perClass.getByRole('row', { name: /^wolf/ })).toBeVisible();
		await page.getByLabel('Name of class 2').fill('wolf');
		await page.getByLabel('Number of classes').selectOption('5');
		await expect(page.getByLabel('Name of class 5')).toBeVisible();
		// on a phone the five-class matrix scrolls, but its caption wraps to the screen
		await page.setViewportSize({ width: 375, height: 800 });
		const caption = page.getByText('Multiclass confusion matrix: rows are the actual class');
		await expect
			.poll(async () => (await caption.boundingBox())!.x + (await caption.boundingBox())!.width)
			.toBeLessThanOrEqual(375);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.getByLabel('Read one class against the rest').selectOption({ label: 'rabbit' });
		await expect(page.getByText(/For “rabbit”: TP = 18/)).toBeVisible();

		// the multiclass state survives a reload from its own address
		await expect(page).toHaveURL(/focus=2/);
		await page.reload();
		await expect(page.getByLabel('Name of class 2')).toHaveValue('wolf');
		await expect(page.getByLabel('Actual cat, predicted wolf')).toHaveValue('16');
		await expect(page.getByLabel('Name of class 5')).toBeVisible();
		expect(problems).toEqual([]);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test(`axe finds no serious violation on the widget, ${scheme}`, async ({ page }) => {
		// two full axe runs over ~1,600 elements: 20 s each on a machine shared with other builds
		test.slow();
		await page.emulateMedia({ colorScheme: scheme });
		await openWidget(page, '/confusion-matrix');
		await expectNoSeriousAxeViolations(page);
		await page.getByLabel('Multiclass (3–6)').check();
		await expectNoSeriousAxeViolations(page);
	});
}
