// Benchmark for the built site: page weight (gzip JS/CSS per page) and edit-to-paint latency.
// Usage: `npm run bench` (builds first), or `node bench/run.js` against an existing build/.
// Reports; never gates: exit 0 even when a target is missed, exit 1 only on a crash.
import { createServer } from 'node:http';
import { readFile, stat, mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, extname, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = join(root, 'build');
const resultsFile = join(root, 'bench', 'results', 'latest.json');

const targets = { homeJsGzipKB: 60, widgetJsGzipKB: 120, editP95Ms: 16 };
const WARMUP = 20;
const EDITS = 200;

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png'
};

/** Returns the file's contents if `path` is a regular file, else null. */
async function tryFile(path) {
	try {
		return (await stat(path)).isFile() ? await readFile(path) : null;
	} catch {
		return null;
	}
}

/** A tiny static server for build/: `/` → index.html, `/x` → x.html (prerendered pages), else 404.html. */
function serve() {
	const server = createServer(async (req, res) => {
		const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
		const rel = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
		const base = join(buildDir, rel);
		const candidates = rel.endsWith('/') ? [join(base, 'index.html')] : [base, `${base}.html`, join(base, 'index.html')];
		for (const file of candidates) {
			const body = await tryFile(file);
			if (body) {
				res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
				return res.end(body);
			}
		}
		res.writeHead(404, { 'content-type': types['.html'] });
		res.end((await tryFile(join(buildDir, '404.html'))) ?? 'not found');
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** Loads `path` in a fresh context and sums what it downloads, by kind, raw and gzip -9. */
async function measureWeight(browser, origin, path) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const seen = [];
	page.on('response', (r) => seen.push(r));
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	await page.waitForTimeout(1000); // lazy chunks fetched after mount (mathjs on the widget)
	await page.waitForLoadState('networkidle');

	const sums = { script: [0, 0], stylesheet: [0, 0], font: [0, 0] }; // [raw, gzip]
	const scripts = [];
	const external = [];
	for (const r of seen) {
		const url = new URL(r.url());
		if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') external.push(r.url());
		const kind = r.request().resourceType();
		if (!(kind in sums)) continue;
		const body = await r.body();
		const gz = gzipSync(body, { level: 9 }).length;
		sums[kind][0] += body.length;
		sums[kind][1] += gz;
		if (kind === 'script') scripts.push({ file: url.pathname.split('/').pop(), rawKB: kb(body.length), gzipKB: kb(gz) });
	}
	await context.close();
	const pick = ([raw, gz]) => ({ rawKB: kb(raw), gzipKB: kb(gz) });
	return {
		path,
		requests: seen.length,
		js: { ...pick(sums.script), count: scripts.length },
		css: pick(sums.stylesheet),
		fonts: pick(sums.font),
		external,
		scripts: scripts.sort((a, b) => b.gzipKB - a.gzipKB)
	};
}

/** Runs in the page: times `count` edits of the four binary cells, input event → next painted frame. */
async function editLoop({ count, offset }) {
	const labels = ['True positives', 'False positives', 'False negatives', 'True negatives'];
	// exact accessible name: the page also has e.g. "B true positives"
	const inputs = labels.map((name) => {
		const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === name);
		return label && document.getElementById(label.htmlFor);
	});
	if (inputs.some((i) => !i)) throw new Error('binary matrix inputs not found');
	const times = [];
	let reached = 0; // edits that the widget's state took (aria-valuenow follows the state)
	for (let i = 0; i < count; i++) {
		const input = inputs[i % 4];
		let v = 1 + (((i + offset) * 37) % 500);
		if (String(v) === input.value) v += 1; // always a new value, or nothing would update
		const t0 = performance.now();
		input.value = String(v);
		input.dispatchEvent(new Event('input', { bubbles: true }));
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
		times.push(performance.now() - t0);
		if (input.getAttribute('aria-valuenow') === String(v)) reached++;
	}
	const [tp, fp] = [inputs[0], inputs[1]].map((i) => Number(i.value));
	const precision = document.querySelector('[data-testid="value-precision"]')?.textContent.trim() ?? '';
	return { times, reached, tp, fp, precision };
}

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (x) => Math.round(x * 100) / 100;

/** Edit-to-paint latency on the widget page, with a check that the edits really reached the page. */
async function measureLatency(browser, origin) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const warnings = [];
	page.on('console', (m) => m.type() !== 'log' && warnings.push(`${m.type()}: ${m.text()}`));
	page.on('pageerror', (e) => warnings.push(`pageerror: ${e.message}`));
	await page.goto(origin + '/confusion-matrix', { waitUntil: 'networkidle' });
	await page.getByLabel('True positives', { exact: true }).waitFor();
	await page.waitForTimeout(500);
	const precision = page.getByTestId('value-precision');
	const before = (await precision.textContent()).trim();

	await page.evaluate(editLoop, { count: WARMUP, offset: 1000 });
	const run = await page.evaluate(editLoop, { count: EDITS, offset: 0 });
	await context.close();

	// The page's precision must match the last counts typed (formatMetric: 3 decimals).
	const expected = (run.tp / (run.tp + run.fp)).toFixed(3);
	const verified = run.reached === EDITS && run.precision.startsWith(expected) && run.precision !== before;
	if (!verified) {
		throw new Error(
			`edits did not reach the page: ${run.reached}/${EDITS} taken, precision "${run.precision}" (expected ${expected}, was "${before}")`
		);
	}
	const sorted = [...run.times].sort((a, b) => a - b);
	return {
		edits: EDITS,
		warmup: WARMUP,
		medianMs: ms(percentile(sorted, 50)),
		p95Ms: ms(percentile(sorted, 95)),
		maxMs: ms(sorted.at(-1)),
		meanMs: ms(sorted.reduce((a, b) => a + b, 0) / sorted.length),
		verified: { precisionBefore: before, precisionAfter: run.precision, expected, editsTaken: run.reached },
		consoleWarnings: [...new Set(warnings)]
	};
}

async function main() {
	if (!(await tryFile(join(buildDir, 'index.html')))) throw new Error('build/index.html missing: run `npx vite build` first');
	const server = await serve();
	const origin = `http://127.0.0.1:${server.address().port}`;
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'
		]
	});
	try {
		const home = await measureWeight(browser, origin, '/');
		const widget = await measureWeight(browser, origin, '/confusion-matrix');
		for (const p of [home, widget]) {
			console.log(`\nPage ${p.path}: ${p.requests} requests, ${p.js.count} scripts`);
			console.log(`  JS   ${p.js.gzipKB} KB gzip (${p.js.rawKB} KB raw)`);
			console.log(`  CSS  ${p.css.gzipKB} KB gzip (${p.css.rawKB} KB raw)`);
			console.log(`  font ${p.fonts.gzipKB} KB gzip (${p.fonts.rawKB} KB raw)`);
			console.log(`  external requests: ${p.external.length}${p.external.map((u) => `\n    ${u}`).join('')}`);
			console.log('  biggest scripts (gzip KB):');
			for (const s of p.scripts.slice(0, 5)) console.log(`    ${String(s.gzipKB).padStart(6)}  ${s.file} (${s.rawKB} raw)`);
		}

		const latency = await measureLatency(browser, origin);
		console.log(`\nEdit → next paint on /confusion-matrix (${EDITS} edits after ${WARMUP} warm-up)`);
		console.log(`  median ${latency.medianMs} ms, p95 ${latency.p95Ms} ms, max ${latency.maxMs} ms`);
		console.log(`  verified: precision "${latency.verified.precisionBefore}" → "${latency.verified.precisionAfter}"`);
		for (const w of latency.consoleWarnings) console.log(`  console ${w}`);

		const checks = [
			{ name: 'home JS gzip', value: home.js.gzipKB, target: targets.homeJsGzipKB, unit: 'KB' },
			{ name: 'widget JS gzip', value: widget.js.gzipKB, target: targets.widgetJsGzipKB, unit: 'KB' },
			{ name: 'edit→paint p95', value: latency.p95Ms, target: targets.editP95Ms, unit: 'ms' },
			{ name: 'external requests', value: home.external.length + widget.external.length, target: 0, unit: '' }
		].map((c) => ({ ...c, pass: c.value <= c.target }));

		// Compact summary
		console.log('\nSummary');
		console.log(`  ${'figure'.padEnd(20)}${'value'.padStart(10)}${'target'.padStart(10)}  result`);
		for (const c of checks) {
			const v = `${c.value} ${c.unit}`.trim();
			const t = `≤ ${c.target} ${c.unit}`.trim();
			console.log(`  ${c.name.padEnd(20)}${v.padStart(10)}${t.padStart(10)}  ${c.pass ? 'PASS' : 'FAIL'}`);
		}
		console.log(`  ${'home CSS gzip'.padEnd(20)}${`${home.css.gzipKB} KB`.padStart(10)}`);
		console.log(`  ${'widget CSS gzip'.padEnd(20)}${`${widget.css.gzipKB} KB`.padStart(10)}`);
		console.log(`  ${'edit→paint median'.padEnd(20)}${`${latency.medianMs} ms`.padStart(10)}`);

		const results = {
			date: new Date().toISOString(),
			chromium: browser.version(),
			node: process.version,
			cpus: (await import('node:os')).cpus().length,
			pages: { home, widget },
			latency,
			checks
		};
		await mkdir(dirname(resultsFile), { recursive: true });
		await writeFile(resultsFile, JSON.stringify(results, null, '\t') + '\n');
		console.log(`\nWrote ${resultsFile.slice(root.length + 1)}`);
	} finally {
		await browser.close();
		server.close();
	}
}

main().catch((e) => {
	console.error('bench crashed:', e);
	process.exit(1);
});
