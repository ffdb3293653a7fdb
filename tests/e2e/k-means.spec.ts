import { expect, test, type Page } from '@playwright/test';
import {
	expectNoSeriousAxeViolations,
	openWidget,
	watchPage,
	expectAxeCleanLightAndDark,
	expectFitsPhone,
	waitForSettled
} from './helpers';

const status = (page: Page) => page.getByTestId('step-status');
const inertia = async (page: Page) => Number(await status(page).getAttribute('data-inertia'));
const step = (page: Page) => page.getByRole('button', { name: 'Step', exact: true });

test.describe('k-means', () => {
	test('stepping alternates assign and update, recolours points and never raises the inertia', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/k-means?init=random&seed=3');
		await expect(status(page)).toContainText('Step 0 of');
		await step(page).click();
		await expect(status(page)).toContainText('assign: every point joins its nearest centroid');
		let previous = await inertia(page);
		await step(page).click();
		await expect(status(page)).toContainText('update: each centroid moved');
		expect(await inertia(page)).toBeLessThanOrEqual(previous);
		previous = await inertia(page);
		await step(page).click();
		// the second assignment of a run that goes on differs from the first
		await expect(status(page)).toContainText(
			/assign: ([1-9]\d*) points? changed cluster|no point changed cluster/
		);
		expect(await inertia(page)).toBeLessThanOrEqual(previous);
		await page.getByRole('button', { name: 'To the end' }).click();
		await expect(status(page)).toContainText('Converged after');
		await page.getByRole('button', { name: 'Reset' }).click();
		await expect(status(page)).toContainText('Step 0 of');
		expect(problems).toEqual([]);
	});

	test('a run that stops on the tolerance says so, with the points its last step still moved', async ({
		page
	}) => {
		// seed 1 of random rows stops after 4 updates on the centroid shift, with 2 points still moving
		await openWidget(page, '/k-means?init=random&seed=1');
		await expect(status(page)).toContainText('Step 0 of 9');
		await page.getByRole('button', { name: 'To the end' }).click();
		await expect(status(page)).toContainText('2 points changed cluster, yet the run stops here');
		await expect(status(page)).not.toContainText('no point changed');
		await expect(page.getByTestId('failure-note')).toContainText('worse local minimum');
	});

	test('the elbow sweep runs in a worker, draws ten points and picks k = 4 for four separated blobs', async ({
		page
	}) => {
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await openWidget(page, '/k-means');
		await expect(page.getByTestId('elbow-dot')).toHaveCount(10);
		await expect(page.getByTestId('suggested-k')).toContainText('Suggested k = 4 by the knee finder Kneedle');
		await expect(page.getByTestId('silhouette-dot')).toHaveCount(9);
		expect(workers.some((url) => /kmeans\.worker/.test(url))).toBe(true);
		// the silhouette plot for the run's clusters
		await expect(
			page.getByRole('img', { name: /Silhouette values of 300 points in 4 clusters/ })
		).toBeVisible();
	});

	test('stopping the sweep hands the keyboard to the button that runs it again', async ({ page }) => {
		// Hold every sweep job until the test lets go: on a fast machine a real sweep can end
		// before the key press reaches Stop. A held job's worker never replies, as a slow one would.
		await page.addInitScript(() => {
			const held = window as unknown as { holdSweeps: boolean };
			held.holdSweeps = true;
			const NativeWorker = window.Worker;
			window.Worker = class extends NativeWorker {
				postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]) {
					if (held.holdSweeps && (message as { type?: string })?.type === 'sweep') return;
					super.postMessage(message, options as StructuredSerializeOptions);
				}
			};
		});
		await openWidget(page, '/k-means');
		const stop = page.getByRole('button', { name: 'Stop', exact: true });
		await stop.focus();
		await stop.press('Enter');
		const again = page.getByRole('button', { name: 'Run the sweep again' });
		await expect(again).toBeFocused();
		await expect(page.getByTestId('elbow-dot')).toHaveCount(0);
		await page.evaluate(() => ((window as unknown as { holdSweeps: boolean }).holdSweeps = false));
		await again.press('Enter');
		await expect(page.getByTestId('elbow-dot')).toHaveCount(10, { timeout: 20_000 });
	});

	test('k-means fails on moons, and says so with the agreement to the true groups', async ({ page }) => {
		await openWidget(page, '/k-means');
		await page.getByLabel('Two moons').check();
		await expect(page.getByLabel('Clusters k', { exact: true })).toHaveValue('2');
		const note = page.getByTestId('failure-note');
		await expect(note).toContainText('k-means fails on these shapes');
		const ari = Number((await note.innerText()).match(/adjusted Rand index\): (-?\d+\.\d+)/)![1]);
		expect(ari).toBeLessThan(0.6);
		await page.getByLabel('Round blobs').check();
		await page.getByLabel('Clusters k', { exact: true }).fill('4');
		await page.getByLabel('Clusters k', { exact: true }).press('Enter');
		await expect(note).toContainText('k-means finds the true groups');
	});

	test('an uploaded CSV in grams and millimetres gets the units warning; standardising clears it', async ({
		page
	}) => {
		await openWidget(page, '/k-means');
		const rows = Array.from({ length: 40 }, (_, i) => `${3000 + (i % 2) * 2000 + i},${40 + (i % 5)}`);
		await page.getByLabel('Upload a CSV file').setInputFiles({
			name: 'birds.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(`mass_g,length_mm\n${rows.join('\n')}\n`)
		});
		const note = page.getByTestId('failure-note');
		await expect(note).toContainText('One feature’s units dominate the distances');
		await expect(note).toContainText('“mass_g” has a standard deviation of');
		await page.getByRole('switch', { name: 'Standardise features first' }).click();
		await expect(note).toHaveCount(0);
	});

	test('a share link restores the exact step; centroids can be placed by click or keyboard', async ({
		page,
		context
	}) => {
		await openWidget(page, '/k-means');
		await page.getByLabel('Random rows', { exact: true }).check();
		for (let i = 0; i < 3; i++) await step(page).click();
		await expect(page).toHaveURL(/step=3/);
		const shown = await status(page).innerText();
		const other = await context.newPage();
		await openWidget(other, page.url().replace(/^https?:\/\/[^/]+/, ''));
		await expect(status(other)).toHaveText(shown);

		await page.getByLabel('Click to place them').check();
		await expect(page.getByText('Click the plot to place centroid 1 of 4')).toBeVisible();
		const canvas = page.locator('.cluster-plot canvas');
		await canvas.click({ position: { x: 60, y: 60 } });
		await canvas.click({ position: { x: 200, y: 200 } });
		await expect(page.getByText('centroid 3 of 4')).toBeVisible();
		await page.getByRole('button', { name: 'Place it on a random point' }).click();
		await page.getByRole('button', { name: 'Place it on a random point' }).click();
		await expect(status(page)).toContainText('Step 0 of');
		await expect(page).toHaveURL(/placed=/);
	});

	test('clicked centroids by keyboard alone: arrow keys move a cursor, Enter and Space place, each announced; before that the page says what to do and still asks questions', async ({
		page
	}) => {
		await openWidget(page, '/k-means?init=click&k=2');
		await expect(page.getByTestId('silhouette-waiting')).toHaveText(
			'Place 2 starting centroids on the chart above (2 to go): the run, its silhouettes and the questions about it follow.'
		);
		await expect(page.locator('.quiz li')).toHaveCount(4);
		await expect(page.getByText('Predict, then see')).toHaveCount(0);
		// from the first button of the placing line, back to the plot, which stands before it
		await page.getByRole('button', { name: 'Place it on a random point' }).focus();
		const plot = page.getByRole('application', { name: /^Place centroid 1/ });
		for (let i = 0; i < 12 && !(await plot.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Shift+Tab');
		await expect(plot).toBeFocused();
		await expect(page.getByTestId('place-cursor')).toBeVisible();
		const announced = page.getByTestId('place-announcement');
		await page.keyboard.press('ArrowRight');
		await expect(announced).toHaveText(/^Cursor at \(/);
		await page.keyboard.press('Shift+ArrowUp');
		await page.keyboard.press('Enter');
		await expect(announced).toHaveText(/^Centroid 1 placed at \(-?[\d.]+, -?[\d.]+\)\.$/);
		const first = (await announced.textContent())!.match(/\((.+)\)/)![1];
		await expect(page.getByText('centroid 2 of 2 (1 to go)')).toBeVisible();
		await expectNoSeriousAxeViolations(page);
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('Shift+ArrowLeft');
		await page.keyboard.press(' ');
		await expect(announced).toHaveText(/^Centroid 2 placed at /);
		await expect(status(page)).toContainText('Step 0 of');
		// the link holds the centroid where the cursor was
		await expect(page).toHaveURL(new RegExp(`placed=${first.replace(', ', '_').replaceAll('.', '\\.')}`));
		await expect(page.getByTestId('silhouette-waiting')).toHaveCount(0);
		await expect(page.getByText('Predict, then see').first()).toBeVisible();
	});

	test('check yourself: a predict question leads, and "Show me" opens the state it asked about', async ({
		page
	}) => {
		const problems = watchPage(page);
		for (const q of [1, 2, 3]) {
			await openWidget(page, `/k-means?q=${q}`);
			// the scenario on choosing k takes its numbers from the sweep, and others from the runs after
			// it: wait for the sweep and for the page to settle, so the set is final before it is read
			await expect(page.getByTestId('elbow-dot')).toHaveCount(10);
			await waitForSettled(page);
			const first = page.locator('.quiz li').first();
			await first.scrollIntoViewIfNeeded();
			await expect(first.getByText('Predict, then see')).toBeVisible();
			await first.getByRole('radio').first().check();
			await first.getByRole('button', { name: 'Check' }).click();
			await expect(first.getByText(/^(Correct|Not quite)/)).toBeVisible();
			const see = first.getByRole('button', { name: /^Show me: / });
			const label = ((await see.textContent()) ?? '').replace('Show me: ', '').trim();
			await see.click();
			if (label === 'the next assign step') {
				await expect(page).toHaveURL(/step=1(&|$)/);
				await expect(status(page)).toContainText('Step 1 of');
				await expect(status(page)).toContainText('assign');
			} else if (label === 'k = 5, its ten starts') {
				await expect(page.getByLabel('Clusters k', { exact: true })).toHaveValue('5');
				await expect(page.getByRole('button', { name: 'To the end' })).toBeDisabled();
			} else if (label === 'standardised features') {
				await expect(page.getByRole('switch', { name: 'Standardise features first' })).toBeChecked();
				await expect(page.getByRole('button', { name: 'To the end' })).toBeDisabled();
			} else throw new Error(`unexpected Show me: ${label}`);
			await expect(page.locator('#stage')).toBeInViewport();
			// the answered set holds still
			await expect(first.getByText(/^(Correct|Not quite)/)).toBeVisible();
		}
		const exam = page.getByRole('region', { name: 'On the exam' });
		await expect(exam).toContainText('K-Means');
		expect(problems).toEqual([]);
	});

	test('bad input is refused at the box; a tampered link says what it ignored; axe clean in light and dark; fits a phone', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await openWidget(page, '/k-means?k=zz&seed=5');
		await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText('k');
		const k = page.getByLabel('Clusters k', { exact: true });
		await expect(k).toHaveValue('4');
		await k.fill('x');
		await k.press('Enter');
		await expect(k).toHaveAttribute('aria-invalid', 'true');
		await expect(status(page)).toContainText('Step 0 of');
		await expect(page.getByTestId('elbow-dot')).toHaveCount(10);
		await expect(page.getByTestId('seed-summary')).toBeVisible();
		await expectAxeCleanLightAndDark(page);
		await expectFitsPhone(page);
	});

	test('story: step 2 is a link; it becomes the current step, says its sentence, and opens the same in a fresh page', async ({
		page,
		context
	}) => {
		await openWidget(page, '/k-means');
		const step = page.getByRole('link', { name: 'Step 2: A bad start' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		const story = page.getByTestId('story');
		await expect(story).toContainText('From these random rows each step only goes downhill');
		const text = await story.innerText();
		const href = await step.getAttribute('href');

		const other = await context.newPage();
		await openWidget(other, `/k-means${href}`);
		await expect(other.getByRole('link', { name: 'Step 2: A bad start' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(other.getByTestId('story')).toHaveText(text);
	});
});
