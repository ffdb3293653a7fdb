import { expect, test } from '@playwright/test';
import { expectAxeCleanLightAndDark, expectFitsPhone, openWidget, watchPage } from './helpers';

const PROGRESS_KEY = 'ml-playground.practice.v1';

test('a learner answers ten practice questions, opens a widget from one, sees the domain progress at home, then forgets it', async ({
	page
}) => {
	test.setTimeout(60_000);
	const problems = watchPage(page);
	await openWidget(page, '/practice?seed=5');
	const questions = page.locator('ol.questions > li');
	await expect(questions).toHaveCount(10, { timeout: 30_000 });
	// the set follows the exam's weights over the domains that have widgets: 24 : 36 of 10
	await expect(questions.filter({ hasText: 'Domain 2 ·' })).toHaveCount(4);
	await expect(questions.filter({ hasText: 'Domain 3 ·' })).toHaveCount(6);

	const first = questions.first();
	// predict, then see: no working and no link to the widget before an answer
	await expect(first.locator('.feedback')).toHaveText('');
	await expect(first.getByRole('link')).toHaveCount(0);

	for (let i = 0; i < 10; i++) {
		const question = questions.nth(i);
		const box = question.getByRole('textbox');
		if ((await box.count()) > 0) await box.fill('0');
		else await question.getByRole('radio').first().check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect(question.locator('.feedback')).toContainText(/^(Correct|Not quite)\./);
		await expect(question.getByRole('link', { name: /^(Show me in|Open) / })).toHaveAttribute(
			'href',
			/^\/[a-z-]+(\?[^#]*)?(#[\w-]+)?$/
		);
	}
	await expect(page.getByRole('status').filter({ hasText: 'answered' })).toHaveText(
		/10 of 10 answered · \d+ right/
	);
	await expect(page.getByText(/^Set done: \d+ of 10 right\./)).toBeVisible();
	// a second answer to a question does not count twice
	await questions.nth(0).getByRole('button', { name: 'Check' }).click();
	const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PROGRESS_KEY);
	const answered = Object.values(stored.tasks as Record<string, { answered: number }>).reduce(
		(a, t) => a + t.answered,
		0
	);
	expect(stored.version).toBe(1);
	expect(answered).toBe(10);
	await expectAxeCleanLightAndDark(page);
	await expectFitsPhone(page);

	// the link opens the question's widget in the state it asked about
	const link = questions.nth(0).getByRole('link', { name: /^(Show me in|Open) / });
	const href = (await link.getAttribute('href'))!;
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${href.split(/[?#]/)[0]}\\?`));
	await expect(page.locator('article.widget')).toBeVisible();

	await openWidget(page, '/');
	const progress = page.getByRole('region', { name: 'Your exam practice' });
	await expect(progress.getByText(/^\d+ of 4 right \(\d+%\)$/)).toBeVisible();
	await expect(progress.getByText(/^\d+ of 6 right \(\d+%\)$/)).toBeVisible();
	await expect(progress.getByText('no widget yet')).toHaveCount(2);
	await expect(progress.getByRole('link', { name: 'Practise my weakest domain' })).toHaveAttribute(
		'href',
		/\/practice\?domain=[23]$/
	);
	await expectNoOverflowAndForget(page);
	expect(problems).toEqual([]);
});

async function expectNoOverflowAndForget(page: import('@playwright/test').Page) {
	const progress = page.getByRole('region', { name: 'Your exam practice' });
	await progress.getByRole('button', { name: 'Forget my progress' }).click();
	await expect(progress.getByRole('link', { name: 'Start practising' })).toBeVisible();
	expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
	// a damaged record reads as none: the page still works
	await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"tasks":'), PROGRESS_KEY);
	await openWidget(page, '/');
	await expect(progress.getByRole('link', { name: 'Start practising' })).toBeVisible();
}

test('practice narrows to a domain and a task, and says when no widget covers one', async ({ page }) => {
	const problems = watchPage(page);
	await openWidget(page, '/practice?domain=1&seed=3');
	await expect(page.getByText(/No widget asks about this domain and task yet/)).toBeVisible();
	await page.getByLabel('Exam domain').selectOption('2');
	await page.getByLabel('Task').selectOption('2.2');
	await expect(page).toHaveURL(/domain=2&task=2\.2/);
	const questions = page.locator('ol.questions > li');
	await expect(questions).toHaveCount(10, { timeout: 30_000 });
	await expect(questions.filter({ hasText: 'Domain 2 · 2.2 Perform feature engineering' })).toHaveCount(10);
	// a tampered link keeps what it can and says what it could not use
	await openWidget(page, '/practice?domain=7&size=10&seed=3');
	await expect(page.getByText('Some of the link could not be used')).toBeVisible();
	await expect(page.getByLabel('Exam domain')).toHaveValue('all');
	expect(problems).toEqual([]);
});
