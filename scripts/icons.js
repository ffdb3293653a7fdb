// Writes the web app manifest's PNG icons (static/icon-*.png) from static/favicon.svg, drawn by Chromium:
//   node scripts/icons.js
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const svg = readFileSync('static/favicon.svg', 'utf8');
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
for (const [size, name, maskable] of [
	[192, 'icon-192.png', false],
	[512, 'icon-512.png', false],
	[512, 'icon-maskable-512.png', true]
]) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const inner = maskable
		? `<div style="width:100%;height:100%;background:#1d4ed8;display:grid;place-items:center"><div style="width:62%;height:62%">${svg}</div></div>`
		: svg;
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}svg{width:100%;height:100%;display:block}</style><div style="width:${size}px;height:${size}px">${inner}</div>`
	);
	await page.screenshot({ path: `static/${name}`, omitBackground: true });
	await page.close();
}
await browser.close();
