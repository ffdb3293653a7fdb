/**
 * Text features: the vocabulary and matrix respond to the n-gram range, stop words and weights;
 * the story's step 2 is a link; bad documents are refused at the box; the keyboard alone drives
 * it; axe in light and dark. The default corpus's figures were counted by hand with numpy
 * (tokens of two or more letters, scikit-learn's English stop words): 13 words, 30 terms at
 * 1–2-grams, 8 words without stop words; cosine of documents 1 and 2 is 0.75 on counts and 0.62
 * on smooth-IDF, L2-normalised TF-IDF.
 */
import { expect, test } from '@playwright/test';
import { expectAxeCleanLightAndDark, expectFitsPhone, openWidget, watchPage } from './helpers';

test.describe('Text features', () => {
	test('n-grams, stop words and TF-IDF change the vocabulary, the matrix and the cosines; a share link restores them', async ({
		page,
		context
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/text-features');
		const size = page.getByTestId('vocabulary-size');
		await expect(size).toHaveText('13');
		await expect(page.getByTestId('matrix-shape')).toHaveText('4 × 13');
		await expect(page.getByTestId('cosine-1-2')).toHaveText('0.75');

		await page.getByLabel('n-gram range', { exact: true }).selectOption('1-2');
		await expect(size).toHaveText('30');
		await expect(page.getByTestId('story')).toContainText(
			'Words alone give 13 terms; 1–2-grams give 30 (2.3×)'
		);
		await page.getByLabel('n-gram range', { exact: true }).selectOption('1-1');
		await page.getByLabel('Stop words', { exact: true }).selectOption('english');
		await expect(size).toHaveText('8');
		await page.getByLabel('Stop words', { exact: true }).selectOption('keep');
		await page.getByLabel('Weights', { exact: true }).selectOption('tfidf');
		await expect(page.getByRole('figure', { name: 'TF-IDF weights per document' })).toBeVisible();
		await expect(page.getByTestId('cosine-1-2')).toHaveText('0.62');
		await expect(page).toHaveURL(/weight=tfidf/);

		const url = page.url().replace(/^https?:\/\/[^/]+/, '');
		const other = await context.newPage();
		await openWidget(other, url);
		await expect(other.getByTestId('cosine-1-2')).toHaveText('0.62');
		await expect(other.getByLabel('Weights', { exact: true })).toHaveValue('tfidf');
		expect(problems).toEqual([]);
	});

	test('the story: step 2 is a link that opens TF-IDF, and its link opens the same step in a fresh page', async ({
		page,
		context
	}) => {
		await openWidget(page, '/text-features');
		const step = page.getByRole('link', { name: /Step 2: A word in every document weighs least/ });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		// "the" is in all 4 documents: ln(5/5) + 1 = 1; "and", in one, ln(5/2) + 1 = 1.92
		const said =
			'“the” is in all 4 documents: IDF 1.00, the lowest on screen; “and”, in 1 document, gets 1.92. TF-IDF multiplies each count by its IDF, so a word that every document has tells the documents apart least.';
		await expect(page.getByTestId('story')).toHaveText(said);
		const href = (await step.getAttribute('href'))!;
		const other = await context.newPage();
		await openWidget(other, `/text-features${href}`);
		await expect(
			other.getByRole('link', { name: /Step 2: A word in every document weighs least/ })
		).toHaveAttribute('aria-current', 'step');
		await expect(other.getByTestId('story')).toHaveText(said);
	});

	test('bad input: too many or too long documents are refused at the box, an empty one is named, a tampered link says what it ignored', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/text-features');
		const box = page.getByLabel('Documents, one per line');
		await box.fill(['one', 'two', 'three', 'four', 'five', 'six', 'seven'].join('\n'));
		await expect(box).toHaveAccessibleDescription(/7 documents: at most 6/);
		await expect(page.getByTestId('vocabulary-size')).toHaveText('13');
		await box.fill(`cat sat\n${'word '.repeat(50)}`);
		await expect(box).toHaveAccessibleDescription(/document 2 has 250 characters/);
		await expect(page.getByTestId('vocabulary-size')).toHaveText('13');
		// a blank line is an empty document: an all-zero row, its cosine undefined
		await box.fill('the cat sat\n\nthe dog sat');
		await expect(page.getByTestId('vocabulary-size')).toHaveText('4');
		await expect(page.getByTestId('empty-rows')).toContainText('Document 2 has no term');
		await expect(page.getByTestId('cosine-1-2')).toHaveText('undefined');

		await openWidget(page, '/text-features?ng=9-9&maxdf=abc&stop=english');
		const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
		await expect(notice).toContainText('ng');
		await expect(notice).toContainText('maxdf');
		await expect(page.getByTestId('vocabulary-size')).toHaveText('8');
		// min_df 3 of 4 documents with max_df 50% (2 documents): no term can pass both
		await openWidget(page, '/text-features?mindf=3&maxdf=0.5');
		await expect(page.getByTestId('df-problem')).toContainText(
			'at most 2 of the 4 documents, min_df asks for 3'
		);
		expect(problems).toEqual([]);
	});

	test('the keyboard alone: the n-gram range and weights change from their selects, and the matrix scrolls', async ({
		page
	}) => {
		await openWidget(page, '/text-features');
		const range = page.getByLabel('n-gram range', { exact: true });
		await range.focus();
		await page.keyboard.press('ArrowDown');
		await expect(range).toHaveValue('1-2');
		await expect(page.getByTestId('vocabulary-size')).toHaveText('30');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Weights', { exact: true })).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByLabel('Weights', { exact: true })).toHaveValue('tfidf');
		// 30 columns do not fit: the matrix's frame takes focus and scrolls sideways
		const frame = page.getByRole('region', { name: 'TF-IDF weights per document' });
		await frame.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	});

	test('no serious axe violation in light and dark (TF-IDF with pairs: every panel, a matrix wider than its frame); fits a phone', async ({
		page
	}) => {
		await openWidget(page, '/text-features?weight=tfidf&ng=1-2');
		await expectAxeCleanLightAndDark(page);
		await expectFitsPhone(page);
	});
});
