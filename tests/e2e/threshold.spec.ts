import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, metricValue, openWidget, watchPage, expectFitsPhone } from './helpers';

const slider = (page: Page) => page.getByRole('slider', { name: 'Threshold' });
const count = (page: Page, key: string) => page.getByTestId(`count-${key}`);
// textContent: a card below the first screen is not laid out (content-visibility), so it has no innerText yet
const readNumber = async (page: Page, id: string) =>
	Number(((await metricValue(page, id).textContent()) ?? '').trim().split(/\s/)[0]);

test.describe('Threshold explorer', () => {
	test('moving the threshold with the keyboard changes the matrix and moves the ROC point to the displayed rates', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/threshold?n=400&pos=25&sep=2&sd=1&seed=3&t=0.5&src=simulated');
		const tpBefore = await count(page, 'tp').innerText();
		await slider(page).focus();
		await expect(slider(page)).toHaveAttribute('aria-valuenow', '0.5');
		for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
		await expect(slider(page)).toHaveAttribute('aria-valuenow', '0.65');
		await expect(page.getByRole('heading', { name: 'At threshold 0.650' })).toBeVisible();
		// raising the threshold can only lose true positives; here it loses some
		expect(Number(await count(page, 'tp').innerText())).toBeLessThan(Number(tpBefore));

		for (const key of ['PageDown', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);
		await expect(slider(page)).toHaveAttribute('aria-valuenow', '0.53');
		const point = page.getByTestId('point-roc');
		const fpr = await readNumber(page, 'fpr');
		const tpr = await readNumber(page, 'recall');
		// the shown rates are the point's coordinates, to the three decimals shown
		expect(Math.abs(Number(await point.getAttribute('data-x')) - fpr)).toBeLessThanOrEqual(0.0005);
		expect(Math.abs(Number(await point.getAttribute('data-y')) - tpr)).toBeLessThanOrEqual(0.0005);
		// and the rates are the matrix's: FPR = FP / (FP + TN), TPR = TP / (TP + FN)
		const [tp, fp, fn, tn] = await Promise.all(
			['tp', 'fp', 'fn', 'tn'].map(async (k) => Number(await count(page, k).innerText()))
		);
		expect(tp + fn).toBe(100);
		expect(Math.abs(fp / (fp + tn) - fpr)).toBeLessThanOrEqual(0.0005);
		expect(Math.abs(tp / (tp + fn) - tpr)).toBeLessThanOrEqual(0.0005);
		expect(problems).toEqual([]);
	});

	test('"Best F1" lands on the threshold with the highest F1 of all', async ({ page }) => {
		await openWidget(page, '/threshold?n=200&pos=30&sep=1.5&sd=1&seed=5&src=simulated');
		await page.getByRole('button', { name: 'Best F1' }).click();
		await expect(page.getByTestId('pick-reason')).toContainText('F1 is highest at');
		const best = await readNumber(page, 'f1');
		const box = page.getByLabel('Threshold', { exact: true }).and(page.locator('input'));
		// sweep the threshold by hand across the score range: no threshold beats the rule's
		for (let t = 0; t <= 100; t += 2) {
			await box.fill(String(t / 100));
			await expect(page.getByRole('heading', { name: `At threshold ${(t / 100).toFixed(3)}` })).toBeVisible();
			expect(await readNumber(page, 'f1')).toBeLessThanOrEqual(best);
		}
		await expect(page.getByTestId('pick-reason')).toContainText('You placed the threshold by hand');
	});

	test('the cost rule says why, and follows the costs', async ({ page }) => {
		await openWidget(page, '/threshold?n=500&pos=20&sep=2&sd=1&seed=2&src=simulated');
		await page.getByRole('button', { name: 'Least cost' }).click();
		const reason = page.getByTestId('pick-reason');
		await expect(reason).toContainText('Mistakes cost least at');
		await expect(reason).toContainText('c_FP / (c_FP + c_FN) = 0.167'); // 1 / (1 + 5)
		const lowCostOfMisses = Number(await slider(page).getAttribute('aria-valuenow'));
		await page.getByLabel('Cost of a false negative').fill('1');
		await page.getByLabel('Cost of a false positive').fill('20');
		await expect(reason).toContainText('0.952'); // 20 / 21
		expect(Number(await slider(page).getAttribute('aria-valuenow'))).toBeGreaterThan(lowCostOfMisses);
	});

	test('a share link restores the scores, threshold, comparison and rule', async ({ page, context }) => {
		await openWidget(page, '/threshold');
		await page.getByLabel('Seed', { exact: true }).fill('42');
		await page.getByRole('switch', { name: 'Compare with score set B' }).click();
		await page.getByLabel('Threshold', { exact: true }).and(page.locator('input')).fill('0.37');
		await expect(page).toHaveURL(/t=0\.37/);
		await expect(page).toHaveURL(/seed=42/);
		const url = page.url();
		const aucA = await page.getByTestId('auc-a').innerText();
		const aucB = await page.getByTestId('auc-b').innerText();
		const tp = await count(page, 'tp').innerText();

		const other = await context.newPage();
		await openWidget(other, url.replace(/^https?:\/\/[^/]+/, ''));
		await expect(other.getByTestId('auc-a')).toHaveText(aucA);
		await expect(other.getByTestId('auc-b')).toHaveText(aucB);
		await expect(count(other, 'tp')).toHaveText(tp);
		await expect(slider(other)).toHaveAttribute('aria-valuenow', '0.37');
	});

	test('bad input is refused at the box and the last good state stays; a tampered link says what it ignored', async ({
		page
	}) => {
		await openWidget(page, '/threshold?t=0.4&n=300&seed=9');
		const tp = await count(page, 'tp').innerText();
		const box = page.getByLabel('Threshold', { exact: true }).and(page.locator('input'));
		await box.fill('abc');
		await expect(box).toHaveAccessibleDescription(/is not a number/);
		await box.fill('1.5');
		await expect(box).toHaveAccessibleDescription(/Too large/);
		await page.getByLabel('Sample size', { exact: true }).fill('-5');
		await expect(page.getByLabel('Sample size', { exact: true })).toHaveAccessibleDescription(
			/smallest allowed is 20/
		);
		await expect(count(page, 'tp')).toHaveText(tp);
		await expect(page.locator('main')).not.toContainText('NaN');

		await openWidget(page, '/threshold?t=banana&pos=0&sep=1.5');
		const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
		await expect(notice).toContainText('t');
		await expect(notice).toContainText('pos');
		await expect(page.getByLabel('Separation (A)')).toHaveValue('1.5');
	});

	test('real scores: a logistic regression on penguins, compared with a second model', async ({ page }) => {
		const problems = watchPage(page);
		await openWidget(page, '/threshold');
		await page.getByRole('link', { name: 'Real data: penguin sex' }).click();
		await expect(page.getByTestId('auc-a')).toBeVisible();
		await expect(page.getByTestId('auc-b')).toBeVisible();
		// 333 penguins with a recorded sex, 168 of them male: the matrix holds them all
		const [tp, fp, fn, tn] = await Promise.all(
			['tp', 'fp', 'fn', 'tn'].map(async (k) => Number(await count(page, k).innerText()))
		);
		expect(tp + fn).toBe(168);
		expect(tp + fp + fn + tn).toBe(333);
		// the page names the data's source and licence, and how many penguins it uses (static/data/README.md: 344, 11 without a sex)
		const source = page.getByTestId('penguin-source');
		await expect(source).toContainText('Gorman');
		await expect(source).toContainText('CC0');
		await expect(source).toContainText("Of the table's 344 penguins, the 333 with a recorded sex");
		await expectNoSeriousAxeViolations(page);
		expect(problems).toEqual([]);
	});

	test('is axe clean, with the comparison on and the point tables open, and fits a phone', async ({
		page
	}) => {
		await openWidget(page, '/threshold?cmp=on');
		await page.getByRole('button', { name: 'Show the points as a table' }).first().click();
		await expect(page.getByRole('table', { name: /ROC curve.*points/ })).toBeVisible();
		await expectNoSeriousAxeViolations(page);
		await expectFitsPhone(page);
	});

	test('comparing: B gets its own point on both curves at the same threshold, at its displayed rates', async ({
		page
	}) => {
		// B's positives at 40%: its calibrated scores crowd around 0.5, so a step to 0.6 moves its point
		await openWidget(
			page,
			'/threshold?n=400&pos=25&sep=2&sd=1&seed=3&t=0.5&src=simulated&cmp=on&bpos=40&bsep=1'
		);
		const table = page.getByTestId('compare-at-threshold');
		await expect(table).toContainText('A and B at threshold 0.500');
		const shown = async (id: string) => Number(await page.getByTestId(id).innerText());
		const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(0.0005);
		const roc = page.getByTestId('point-roc-b');
		const pr = page.getByTestId('point-pr-b');
		near(Number(await roc.getAttribute('data-x')), await shown('b-fpr'));
		near(Number(await roc.getAttribute('data-y')), await shown('b-recall'));
		near(Number(await pr.getAttribute('data-x')), await shown('b-recall'));
		near(Number(await pr.getAttribute('data-y')), await shown('b-precision'));
		// A's column is the cards' numbers
		near(await shown('a-recall'), await readNumber(page, 'recall'));
		// moving the threshold moves both points
		const before = await roc.getAttribute('data-x');
		await slider(page).focus();
		await page.keyboard.press('PageUp');
		await expect(table).toContainText('A and B at threshold 0.600');
		expect(await roc.getAttribute('data-x')).not.toBe(before);
		near(Number(await roc.getAttribute('data-x')), await shown('b-fpr'));
	});

	test('a predict question: answer it, press "Show me", and the page moves to the state it asked about', async ({
		page
	}) => {
		const problems = watchPage(page);
		await openWidget(page, '/threshold?q=2');
		const question = page.locator('li').filter({ hasText: 'the threshold moves from 0.500 to 0.600' });
		await expect(question).toContainText('Predict, then see');
		await expect(page.getByRole('heading', { name: 'At threshold 0.500' })).toBeVisible();
		await question.getByRole('radio').first().check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect(question.getByRole('status')).toContainText(/Correct|Not quite/);
		await question.getByRole('button', { name: 'Show me: threshold 0.600' }).click();
		await expect(page.getByRole('heading', { name: 'At threshold 0.600' })).toBeVisible();
		await expect(slider(page)).toHaveAttribute('aria-valuenow', '0.6');
		await expect(page).toHaveURL(/t=0\.6/);
		await expect(page.locator('#stage')).toBeInViewport();
		// the set holds still: the question answered is still there after the change
		await expect(question).toContainText('the threshold moves from 0.500 to 0.600');
		expect(problems).toEqual([]);
	});

	test('a story says what its numbers show, and the exam box names the SageMaker settings', async ({
		page
	}) => {
		await openWidget(page, '/threshold');
		const step = page.getByRole('link', { name: 'Costly misses (screening)' });
		await step.click();
		await expect(step).toHaveAttribute('aria-current', 'step');
		const story = page.getByTestId('story');
		await expect(story).toContainText('The cheapest threshold on these 20,000 samples is');
		await expect(story).toContainText('well below 0.5, close to c_FP / (c_FP + c_FN) = 0.048');
		// the cost rule placed the threshold there: the heading shows the same threshold as the story
		const shown = /is (0\.\d+)/.exec(await story.innerText())![1];
		await expect(page.getByRole('heading', { name: `At threshold ${shown}` })).toBeVisible();
		// changing a setting of the story retires its verdict
		await page.getByLabel('Cost of a false negative').fill('2');
		await expect(story).not.toContainText('cheapest');
		await expect(step).not.toHaveAttribute('aria-current', 'step');
		const exam = page.getByRole('region', { name: 'On the exam' });
		await expect(exam).toContainText('binary_classifier_model_selection_criteria');
		await expect(exam).toContainText('aucpr');
	});

	test('in presenter mode and on a phone, axis titles clear the tick labels and no chart text is cut', async ({
		page
	}) => {
		/** Boxes of the titles and tick labels of each chart on the page. */
		const boxes = () =>
			page.evaluate(() =>
				[...document.querySelectorAll('figure.chart')].map((figure) => {
					const box = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
					const leftTicks = [...figure.querySelectorAll('.axis')].flatMap((axis) =>
						[...axis.querySelectorAll('text')].filter((t) => t.getAttribute('text-anchor') === 'end').map(box)
					);
					return {
						figure: box(figure),
						titles: [...figure.querySelectorAll('text.axis-label')].map((t) => ({
							box: box(t),
							rotated: (t.getAttribute('transform') ?? '').includes('rotate')
						})),
						leftTicks,
						texts: [...figure.querySelectorAll('svg text')].map(box)
					};
				})
			);
		for (const [width, path] of [
			[1280, '/threshold?present&t=1'],
			[375, '/threshold?present&t=1'],
			[375, '/threshold?t=1']
		] as const) {
			await page.setViewportSize({ width, height: 900 });
			await openWidget(page, path);
			await expect(page.getByTestId('point-roc')).toBeAttached();
			const charts = await boxes();
			// the histogram and both curves, each with a y title and y tick labels
			expect(charts.filter((c) => c.leftTicks.length && c.titles.some((t) => t.rotated))).toHaveLength(3);
			for (const chart of charts) {
				const ticksLeft = Math.min(...chart.leftTicks.map((b) => b.left));
				for (const title of chart.titles) {
					// a y title lies wholly left of the tick labels
					if (title.rotated && chart.leftTicks.length)
						expect(title.box.right).toBeLessThanOrEqual(ticksLeft + 0.5);
				}
				// every text of the chart, the threshold's "1.000" included, lies inside the figure (nothing is clipped)
				for (const text of chart.texts) {
					if (text.width === 0) continue;
					expect(text.left).toBeGreaterThanOrEqual(chart.figure.left - 0.5);
					expect(text.right).toBeLessThanOrEqual(chart.figure.right + 0.5);
				}
			}
		}
	});
});

test.describe('Threshold explorer on a phone', () => {
	test.use({ viewport: { width: 375, height: 800 } });

	test('a quiz question naming binary_classifier_model_selection_criteria wraps, as does the exam box: no sideways scroll, and presenter mode’s larger type stays inside too', async ({
		page
	}) => {
		const overflow = () =>
			page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		/** How far the quiz's and the exam box's text reach past the right edge of the screen (px). */
		const textPastEdge = () =>
			page.evaluate(() =>
				Math.max(
					0,
					...[...document.querySelectorAll('.quiz li *, section.exam *')].map(
						(el) => el.getBoundingClientRect().right - innerWidth
					)
				)
			);
		// question seed 1 deals the Linear Learner scenario
		for (const link of ['/threshold?q=1', '/threshold?q=1&present']) {
			await openWidget(page, link);
			const question = page
				.locator('.quiz li')
				.filter({ hasText: 'binary_classifier_model_selection_criteria' });
			await expect(question).toHaveCount(1);
			await expect(page.getByRole('region', { name: 'On the exam' })).toContainText(
				'binary_classifier_model_selection_criteria'
			);
			await question.getByRole('radio').first().check();
			await question.getByRole('button', { name: 'Check' }).click();
			await expect(question.getByText(/^(Correct|Not quite)/)).toContainText(
				/(precision_at_target_recall|recall_at_target_precision)/
			);
			expect(await textPastEdge(), link).toBeLessThanOrEqual(0);
		}
		// in the page's own type the whole page fits the phone
		await openWidget(page, '/threshold?q=1');
		await expect(
			page.locator('.quiz li').filter({ hasText: 'binary_classifier_model_selection_criteria' })
		).toHaveCount(1);
		expect(await overflow()).toBeLessThanOrEqual(0);
	});
});

test.describe('Threshold explorer on a touch screen', () => {
	test.use({ hasTouch: true, viewport: { width: 375, height: 800 } });

	test('a vertical swipe over the score chart scrolls the page; a sideways one drags the threshold', async ({
		page
	}) => {
		await openWidget(page, '/threshold?t=0.5');
		const area = page.locator('figure.histogram rect.drag-area');
		await area.scrollIntoViewIfNeeded();
		const box = (await area.boundingBox())!;
		const cdp = await page.context().newCDPSession(page);
		/** A finger from (x0, y0) to (x1, y1) in `steps` moves. */
		const swipe = async (x0: number, y0: number, x1: number, y1: number, steps = 8) => {
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: y0 }] });
			for (let i = 1; i <= steps; i++) {
				const f = i / steps;
				await cdp.send('Input.dispatchTouchEvent', {
					type: 'touchMove',
					touchPoints: [{ x: x0 + (x1 - x0) * f, y: y0 + (y1 - y0) * f }]
				});
			}
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		const scrolled = await page.evaluate(() => scrollY);
		await swipe(
			box.x + box.width * 0.2,
			box.y + box.height * 0.8,
			box.x + box.width * 0.2,
			box.y + box.height * 0.1
		);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled + 20);
		await expect(slider(page)).toHaveAttribute('aria-valuenow', '0.5');

		// let the scroll come to rest before the next gesture (a touch during a fling only stops it):
		// at rest, scrollY holds over five animation frames in a row
		await page.evaluate(
			() =>
				new Promise<void>((resolve) => {
					let [last, still] = [scrollY, 0];
					const frame = () => {
						[still, last] = scrollY === last ? [still + 1, last] : [0, scrollY];
						if (still >= 5) resolve();
						else requestAnimationFrame(frame);
					};
					requestAnimationFrame(frame);
				})
		);
		const now = (await area.boundingBox())!;
		await swipe(
			now.x + now.width * 0.3,
			now.y + now.height / 2,
			now.x + now.width * 0.8,
			now.y + now.height / 2
		);
		// the finger ends 80% of the way across: the threshold follows it (to the pixel)
		await expect
			.poll(async () => Math.abs(Number(await slider(page).getAttribute('aria-valuenow')) - 0.8))
			.toBeLessThan(0.01);
	});
});
