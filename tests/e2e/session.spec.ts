import { expect, test, type Page } from '@playwright/test';
import { expectAxeCleanLightAndDark, expectFitsPhone, openWidget, watchPage } from './helpers';

const addButton = (page: Page) => page.getByRole('button', { name: 'Add to session' });
const steps = (page: Page) => page.getByTestId('plan-step');

/** Adds the widget at `path` to the session on this device, checking the counter says `n`. */
async function addStep(page: Page, path: string, n: number) {
	await openWidget(page, path);
	await addButton(page).click();
	await expect(page.getByRole('status').filter({ hasText: `Added as step ${n}` })).toBeVisible();
	await expect(
		page.getByRole('link', { name: `Your session: ${n} ${n === 1 ? 'step' : 'steps'}` })
	).toBeVisible();
}

test.describe('Lesson plans', () => {
	test('a teacher builds a three-step session from three widgets, shares it, and the room runs it with the keyboard', async ({
		page,
		browser
	}) => {
		test.setTimeout(60_000);
		const problems = watchPage(page);
		await addStep(page, '/confusion-matrix?mode=binary&tp=0&fp=0&fn=100&tn=9900', 1);
		await addStep(page, '/threshold?src=simulated&n=400&pos=25&sep=2&sd=1&seed=3&t=0.65', 2);
		await addStep(page, '/cross-validation?folds=7', 3);

		await page.getByRole('link', { name: 'Your session: 3 steps' }).click();
		await expect(page.getByRole('heading', { name: 'Prepare a study session' })).toBeVisible();
		await expect(steps(page)).toHaveCount(3);
		await expect(steps(page).nth(0)).toContainText('Confusion matrix');
		await expect(steps(page).nth(0)).toContainText('fn 100');
		await page.getByLabel('Title').fill('Three ideas: 10 minutes');
		const prompts = page.getByLabel('Prompt for the room');
		await prompts.nth(0).fill('Predict: accuracy when nothing is flagged?');
		await page.getByLabel('Answer to reveal (optional)').nth(0).fill('99.0%, and recall 0.');
		await prompts.nth(1).fill('Where is the threshold?');
		await prompts.nth(2).fill('How many folds?');
		// reorder by keyboard: cross-validation moves up to step 2
		await page.getByRole('button', { name: 'Move up step 3' }).focus();
		await page.keyboard.press('Enter');
		await expect(steps(page).nth(1)).toContainText('Cross-validation');
		await expect(prompts.nth(1)).toHaveValue('How many folds?');

		await page.getByRole('button', { name: 'Share the plan' }).click();
		const link = await page.getByLabel("The plan's link").inputValue();
		expect(link).toMatch(/\/session\?plan=[\w-]+$/);

		// the room: a fresh browser context with nothing stored
		const room = await browser.newContext();
		const other = await room.newPage();
		const roomProblems = watchPage(other);
		await openWidget(other, link);
		await expect(other.getByRole('heading', { name: 'Three ideas: 10 minutes' })).toBeVisible();
		await expect(steps(other)).toHaveCount(3);
		await other.getByRole('button', { name: 'Start the session' }).focus();
		await other.keyboard.press('Enter');

		const counter = other.getByTestId('session-counter');
		const prompt = other.getByTestId('session-prompt');
		await expect(counter).toContainText('Step 1 of 3');
		await expect(other).toHaveURL(/\/confusion-matrix\?.*run=1/);
		await expect(other.locator('html[data-present]')).toHaveCount(1);
		await expect(prompt).toHaveText('Predict: accuracy when nothing is flagged?');
		// the story's sentence, which says the answer, waits until → reveals it
		await expect(other.getByTestId('session-answer')).toHaveCount(0);
		await expect(other.getByTestId('story')).toBeHidden();
		// so does the widget, whose numbers would say it too, unless the teacher shows it first
		await expect(other.getByTestId('session-veil')).toBeVisible();
		await expect(other.locator('main[inert]')).toHaveCount(1);
		await other.getByRole('button', { name: 'Show the widget now' }).click();
		await expect(other.locator('main[inert]')).toHaveCount(0);
		await expect(other.getByTestId('session-answer')).toHaveCount(0);
		await expect(other.getByTestId('story')).toBeHidden();
		await other.keyboard.press('ArrowRight');
		await expect(other.getByTestId('session-answer')).toHaveText('Answer: 99.0%, and recall 0.');
		await expect(other.getByTestId('story')).toContainText('10,000 payments, 100 of them fraud');
		await other.keyboard.press('ArrowRight');
		await expect(counter).toContainText('Step 2 of 3');
		await expect(prompt).toHaveText('How many folds?');
		await expect(other.getByRole('slider', { name: 'Folds k' })).toHaveValue('7');
		await other.keyboard.press('ArrowRight');
		await expect(counter).toContainText('Step 3 of 3');
		await expect(prompt).toHaveText('Where is the threshold?');
		await expect(other.getByRole('slider', { name: 'Threshold' })).toHaveAttribute('aria-valuenow', '0.65');
		await other.keyboard.press('ArrowLeft');
		await expect(counter).toContainText('Step 2 of 3');
		await expect(other.getByRole('slider', { name: 'Folds k' })).toHaveValue('7');
		await other.keyboard.press('Escape');
		await expect(other.getByRole('heading', { name: 'Three ideas: 10 minutes' })).toBeVisible();
		await expect(other.locator('html[data-present]')).toHaveCount(0);
		expect(other.url()).toBe(link);
		expect([...problems, ...roomProblems]).toEqual([]);
		await room.close();
	});

	test('a cut link opens its readable steps with a notice; bad steps are named; a plan too long is refused; the handout prints; axe light and dark', async ({
		page
	}) => {
		const problems = watchPage(page);
		await page.addInitScript(() => {
			if (sessionStorage.getItem('seeded')) return;
			sessionStorage.setItem('seeded', '1');
			localStorage.setItem(
				'session-draft',
				JSON.stringify({
					title: 'Checks',
					steps: [
						{ slug: 'threshold', query: 'pos=abc', prompt: 'A bad field', answer: '' },
						{ slug: 'no-such-widget', query: '', prompt: 'Gone', answer: '' },
						{ slug: 'outliers', query: '', prompt: 'Fine', answer: 'Yes' }
					]
				})
			);
		});
		await openWidget(page, '/session');
		await expect(steps(page)).toHaveCount(3);
		await expect(steps(page).nth(0)).toContainText('“pos” was “abc”');
		await expect(steps(page).nth(1)).toContainText(
			'names a widget this site does not have (“no-such-widget”)'
		);
		await expectAxeCleanLightAndDark(page);
		await page.emulateMedia({ colorScheme: 'light' });

		// the handout: only it prints, with each step's prompt, answer and plain link
		await page.emulateMedia({ media: 'print' });
		const handout = page.getByRole('region', { name: 'Handout' });
		await expect(handout).toBeVisible();
		await expect(handout).toContainText('Step 3: Outliers');
		await expect(handout).toContainText('Answer: Yes');
		await expect(page.getByRole('button', { name: 'Share the plan' })).toBeHidden();
		await page.emulateMedia({ media: 'screen' });

		// four long incompressible texts make a link over 8,000 characters: refused, with how much to cut
		let seed = 7;
		const noise = Array.from({ length: 8000 }, () => {
			seed = (seed * 48271) % 2147483647;
			// the generator's high bits: its low ones repeat with a short period
			return String.fromCharCode(33 + Math.floor((seed / 2147483647) * 90));
		}).join('');
		for (const [i, box] of ['Prompt for the room', 'Answer to reveal (optional)']
			.flatMap((label) => [0, 1].map((n) => page.getByLabel(label).nth(n)))
			.entries()) {
			await box.fill(noise.slice(i * 2000, (i + 1) * 2000));
		}
		await page.getByRole('button', { name: 'Share the plan' }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'over the 8,000' })).toContainText(
			/Cut about [\d,]+ characters/
		);
		await expect(page.getByLabel("The plan's link")).toHaveCount(0);

		// a ready-made session's link, cut short: the steps before the cut, and the lost ones named
		const ready = page.getByRole('link', { name: 'Metrics for imbalanced data: 45 minutes' });
		const href = (await ready.getAttribute('href'))!;
		const cut = href.slice(0, Math.round(href.length * 0.6));
		await openWidget(page, cut);
		await expect(page.getByRole('alert')).toContainText('could not be read');
		await expect(
			page.getByRole('heading', { name: 'Metrics for imbalanced data: 45 minutes' })
		).toBeVisible();
		const readable = await steps(page).count();
		expect(readable).toBeGreaterThan(0);
		expect(readable).toBeLessThan(4);
		await expect(page.getByRole('alert')).toContainText(`${readable} of its 4 steps could be read`);
		await expectAxeCleanLightAndDark(page);
		await expectFitsPhone(page);
		expect(problems).toEqual([]);
	});
});
