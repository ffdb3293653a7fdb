// Screenshots of built pages, for looking at them:
//   node scripts/screenshot.js <path> <out.png> [width] [dark|light] [present|-] [tiles]
// Without `tiles`, the first screenful; with `tiles`, every screenful: out-0.png, out-1.png…
// HEIGHT=768 sets the window height (900 by default).
// Needs the site served (npm run preview) on port 4173, or on $PREVIEW_PORT.
import { chromium } from '@playwright/test';

const [path = '/', out = 'shot.png', width = '1280', theme = 'light', present = '-', tiles] =
	process.argv.slice(2);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
});
const page = await browser.newPage({
	viewport: { width: Number(width), height: Number(process.env.HEIGHT ?? 900) },
	colorScheme: theme === 'dark' ? 'dark' : 'light'
});
const url = new URL(path, `http://127.0.0.1:${process.env.PREVIEW_PORT ?? 4173}`);
if (present === 'present') url.searchParams.set('present', '');
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.stack));
await page.goto(url.href);
await page.waitForTimeout(500);
if (tiles) {
	// scroll and shoot the viewport: full-page captures leave content-visibility: auto sections blank
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (let y = 0, i = 0; y < height; y += Number(process.env.HEIGHT ?? 900), i++) {
		await page.evaluate((top) => window.scrollTo(0, top), y);
		await page.waitForTimeout(150);
		await page.screenshot({ path: out.replace(/\.png$/, `-${i}.png`) });
	}
} else {
	await page.screenshot({ path: out });
}
await browser.close();
