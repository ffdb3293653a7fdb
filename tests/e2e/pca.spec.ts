import { expect, test } from '@playwright/test';
import { expectAxeCleanLightAndDark, expectFitsPhone, openWidget, watchPage } from './helpers';

// The penguins' numbers were worked out in NumPy on the 342 complete rows (np.linalg.svd of the
// centred table, standardised with ddof 0 for "On"); tests/unit/pcaStories.test.ts pastes them.

test.describe('PCA', () => {
	test('penguins: unscaled, body mass owns PC1; standardised, three components for 95%, and k sets the loss', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/pca?src=penguins');
		// unscaled: PC1 = body_mass_g, loading² 0.99975, ratio 0.99989
		await expect(page.getByTestId('top-loading')).toContainText('body_mass_g with share 99.97%');
		await expect(page.getByTestId('ninety-five')).toHaveText(
			'1 component reaches 95% of the variance (99.99%).'
		);
		await page.getByLabel('Scaling').selectOption('standard');
		// standardised: ratios 0.68844, 0.19313, 0.09131, 0.02712; PC1's largest loading² 0.33179 on flipper_length_mm
		await expect(page.getByTestId('top-loading')).toContainText('flipper_length_mm with share 33.18%');
		await expect(page.getByTestId('ninety-five')).toHaveText(
			'3 components reach 95% of the variance (97.29%).'
		);
		await expect(page.getByTestId('reconstruction')).toContainText('Keeping 1 component of 4 loses 31.16%');
		const k = page.getByRole('slider', { name: 'Components kept (k)' });
		await k.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('reconstruction')).toContainText('Keeping 3 components of 4 loses 2.71%');
		await expect(page).toHaveURL(/scale=standard/);
		await expect(page).toHaveURL(/[?&]k=3/);
		expect(problems).toEqual([]);
	});

	test('the story: step 2 names the dropped component that separates the classes, and its link opens it elsewhere', async ({
		page,
		context
	}) => {
		await openWidget(page, '/pca');
		const step = page.getByRole('link', { name: 'Step 2: The dropped component mattered' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		const story = page.getByTestId('story');
		await expect(story).toContainText('Keeping 2 components of 3 holds');
		await expect(story).toContainText('PC3, the component dropped, is the one that separates the classes');
		await expect(page.getByRole('slider', { name: 'Components kept (k)' })).toHaveValue('2');
		const text = await story.innerText();

		const other = await context.newPage();
		await openWidget(other, `/pca${await step.getAttribute('href')}`);
		await expect(other.getByRole('link', { name: 'Step 2: The dropped component mattered' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(text);
	});

	test('keyboard only: turning the cloud leaves the variances alone; the stretch changes them', async ({
		page
	}) => {
		await openWidget(page, '/pca');
		const story = page.getByTestId('story');
		await expect(story).toContainText('PC1 carries');
		const before = await story.innerText();
		await page.getByRole('slider', { name: 'Angle' }).focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/angle=35/);
		// the same points turned 5°: the same ratios and η², so the same sentence
		await expect(story).toHaveText(before);
		// back one stop to the stretch slider, then to its smallest value
		await page.keyboard.press('Shift+Tab');
		await expect(page.getByRole('slider', { name: 'Stretch' })).toBeFocused();
		await page.keyboard.press('Home');
		await expect(page).toHaveURL(/stretch=1(&|$)/);
		// stretch 1: the classes' axis (spread √1.25) is now the widest, so PC1 separates the classes
		await expect(page.getByTestId('separation')).toContainText('PC1 (');
		await expect(page.getByTestId('separation')).toContainText('also separates the classes best');
	});

	test('bad input: a letter in the seed is refused at the box, and a tampered link says what it fixed', async ({
		page
	}) => {
		await openWidget(page, '/pca');
		const said = await page.getByTestId('separation').innerText();
		const seed = page.getByLabel('Seed', { exact: true });
		await seed.fill('2x');
		await expect(seed).toHaveAccessibleDescription(/is not a number/);
		await expect(page.getByTestId('separation')).toHaveText(said);

		await openWidget(page, '/pca?src=cloud2&k=6&scale=zoom');
		await expect(
			page.getByRole('alert').filter({ hasText: 'asked for 6 components, but this data has 2 features' })
		).toBeVisible();
		await expect(page.getByRole('alert').filter({ hasText: '“scale” was “zoom”' })).toBeVisible();
		await expect(page.getByRole('slider', { name: 'Components kept (k)' })).toHaveValue('2');
		await expect(page.locator('main')).not.toContainText('NaN');
	});

	test('axe clean in light and dark; fits a phone', async ({ page }) => {
		// two full axe runs over a page of two scatter plots and four tables: 10 s on a quiet machine, more on a busy one
		test.setTimeout(60_000);
		await openWidget(page, '/pca?src=cars&scale=standard');
		await expect(page.getByTestId('top-loading')).toBeVisible();
		await expectAxeCleanLightAndDark(page);
		await expectFitsPhone(page);
	});
});
