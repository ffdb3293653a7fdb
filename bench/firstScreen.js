// Where each widget's lesson sits on the first screen: for every widget page, at 1280 × 800
// and at 375 × 812, the top of its first chart and how many pixels of its largest chart show
// without scrolling, and the words on the page; in presenter mode at 1024 × 768, whether the
// largest chart is wholly on screen and the share of the screen it covers. Charts are the page's <svg> and <canvas>
// elements of at least 20,000 px² (icons and sparklines left out).

/** The widget slugs, in the catalog's order, read from src/lib/catalog.ts (the bench runs in plain Node). */
export async function widgetSlugs(root) {
	const { readFile } = await import('node:fs/promises');
	const source = await readFile(`${root}/src/lib/catalog.ts`, 'utf8');
	return [...source.matchAll(/^\t\tslug: '([a-z-]+)'/gm)].map((m) => m[1]);
}

export const SCREENS = [
	{ width: 1280, height: 800 },
	{ width: 375, height: 812 },
	// a projector, in presenter mode
	{ width: 1024, height: 768, present: true }
];

/** One row per screen and widget: { screen, slug, firstChartTop, largestShownPx, words }. */
export async function measureFirstScreens(browser, origin, slugs) {
	const rows = [];
	for (const screen of SCREENS) {
		const page = await browser.newPage({ viewport: { width: screen.width, height: screen.height } });
		for (const slug of slugs) {
			await page.goto(`${origin}/${slug}${screen.present ? '?present' : ''}`);
			await page.waitForSelector('html[data-hydrated]');
			await page.waitForLoadState('networkidle');
			const figures = await page.evaluate(({ width, height }) => {
				const boxes = [...document.querySelectorAll('main svg, main canvas')]
					.map((e) => e.getBoundingClientRect())
					.filter((b) => b.width * b.height >= 20_000);
				const largest = boxes.reduce(
					(best, b) => (best && best.width * best.height >= b.width * b.height ? best : b),
					null
				);
				const tops = boxes.map((b) => b.top + window.scrollY);
				return {
					firstChartTop: tops.length > 0 ? Math.round(Math.min(...tops)) : null,
					largestShownPx: largest
						? Math.max(0, Math.round(Math.min(height, largest.bottom) - Math.max(0, largest.top)))
						: 0,
					largestWhole:
						largest !== null &&
						largest.top >= 0 &&
						largest.bottom <= height &&
						largest.left >= 0 &&
						largest.right <= width,
					largestSharePct: largest
						? Math.round((100 * largest.width * largest.height) / (width * height))
						: 0,
					words: (document.querySelector('main')?.innerText ?? '').split(/\s+/).filter(Boolean).length
				};
			}, screen);
			rows.push({
				screen: `${screen.width}×${screen.height}${screen.present ? ' presenter' : ''}`,
				slug,
				...figures
			});
		}
		await page.close();
	}
	return rows;
}
