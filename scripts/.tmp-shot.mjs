import { chromium } from '@playwright/test';
const [path, out, width, theme, waitFor] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: theme });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
page.on('response', (r) => r.status() >= 400 && console.error('status', r.status(), r.url()));
await page.goto(`http://127.0.0.1:4612${path}`);
if (waitFor) await page.locator(waitFor).first().waitFor({ timeout: 20000 });
const height = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0, i = 0; y < height; y += 900, i++) {
	await page.evaluate((top) => window.scrollTo(0, top), y);
	await page.waitForTimeout(200);
	await page.screenshot({ path: out.replace(/\.png$/, `-${i}.png`) });
}
console.log('tiles', Math.ceil(height / 900));
await browser.close();
