// Benchmark for the built site: page weight (gzip JS/CSS per page) and edit-to-paint latency.
// Usage: `npm run bench` (builds first), or `node bench/run.js` against an existing build/.
// Reports; never gates: exit 0 even when a target is missed, exit 1 only on a crash.
import { createServer } from 'node:http';
import { readFile, stat, mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, extname, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { chromium } from '@playwright/test';
import { makeLargeFixtures, GENERATED_DIR, ROWS_FILE } from '../tests/fixtures/csv/make-large.js';
import { TRAINING_RUNS, filesWithTfjs, measureTraining } from './training.js';
import { measureFirstScreens, widgetSlugs } from './firstScreen.js';
import { measureSliderLatency } from './sliderLatency.js';

/**
 * The key slider of each widget measured by sliderLatency.js, and how a move is seen to reach
 * the page: gradient descent's steps (the replay line names the run's length), the L1 vs L2
 * widget's λ (both charts' marker), the search's budget (random search on the log-scale
 * surface; the sentence under the map names the trials; the averages wait for the slider to rest).
 */
const SLIDER_EDITS = [
	{
		name: 'gradient descent steps',
		path: '/gradient-descent?surf=long&opt=momentum',
		label: 'Steps',
		check: { text: '[data-testid="replay-shown"]', says: 'All {value} steps' }
	},
	{
		name: 'regularization λ',
		path: '/regularization',
		label: 'Strength λ',
		check: { marker: '[data-testid="marker-lambda"]' }
	},
	{
		name: 'regression metrics bias',
		path: '/regression-metrics',
		label: 'Bias on every prediction',
		check: { marker: '[data-testid="model-line"]', attribute: 'data-bias' }
	},
	{
		name: 'search budget',
		path: '/hyperparameter-search?obj=log-scale&strat=random&n=20&scale=log',
		label: 'Budget (full trainings)',
		check: { text: '[data-testid="run-summary"]', says: '{value} trials tried' }
	},
	{
		name: 'decision boundaries k',
		path: '/model-zoo?ma=knn',
		label: 'Neighbours k (A)',
		check: { text: 'section[aria-label="Fit of model A"] figcaption', says: 'k = {value}' }
	},
	{
		name: 'PCA cloud angle',
		path: '/pca',
		label: 'Angle',
		check: { text: '[data-testid="cloud-angle"]', says: 'at {value}°' }
	},
	{
		name: 'class imbalance positives',
		path: '/class-imbalance',
		label: 'Positives',
		check: { text: 'figure.scatter figcaption', says: '(data: {value}% positives)' }
	},
	{
		// text features' key controls are selects and a text box; max_df is its slider, and each move re-vectorizes
		// the documents (1–3-grams, TF-IDF: the largest matrix of the default corpus) and repaints the heat map
		name: 'text features max_df',
		path: '/text-features?ng=1-3&weight=tfidf',
		label: 'max_df (share of documents)',
		check: { text: '[data-testid="df-pruned"]', says: 'max_df {value}:' }
	}
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = join(root, 'build');
const resultsFile = join(root, 'bench', 'results', 'latest.json');

const targets = {
	homeJsGzipKB: 60,
	widgetJsGzipKB: 120,
	editP95Ms: 16,
	trainingEpochsPerSecond: 45,
	trainingFps: 30
};
const WARMUP = 20;
const EDITS = 200;
// 5,000 simulated scores with a second set compared: the threshold page at the size the target names
const THRESHOLD_PAGE = '/threshold?n=5000&pos=20&sep=2&sd=1&seed=1&cmp=on&t=0.5';

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

/**
 * A tiny static server for build/: `/` → index.html, `/x` → x.html (prerendered pages), else 404.html.
 * Cache headers as a typical static host sends them: hashed files immutable, the rest 10 minutes.
 */
function serve() {
	const server = createServer(async (req, res) => {
		const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
		const rel = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
		const base = join(buildDir, rel);
		const candidates = rel.endsWith('/')
			? [join(base, 'index.html')]
			: [base, `${base}.html`, join(base, 'index.html')];
		for (const file of candidates) {
			const body = await tryFile(file);
			if (body) {
				const cache = rel.includes('_app/immutable/')
					? 'public, max-age=31536000, immutable'
					: 'public, max-age=600';
				res.writeHead(200, {
					'content-type': types[extname(file)] ?? 'application/octet-stream',
					'cache-control': cache
				});
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

	const kinds = { script: 'js', stylesheet: 'css', font: 'fonts', document: 'html' }; // Playwright resourceType → key
	const out = Object.fromEntries(Object.values(kinds).map((k) => [k, { raw: 0, gzip: 0, files: [] }]));
	const external = [];
	for (const r of seen) {
		const url = new URL(r.url());
		if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') external.push(r.url());
		const sum = out[kinds[r.request().resourceType()]];
		if (!sum) continue;
		const body = await r.body();
		const gz = gzipSync(body, { level: 9 }).length;
		sum.raw += body.length;
		sum.gzip += gz;
		sum.files.push({ file: url.pathname.split('/').pop() || '/', rawKB: kb(body.length), gzipKB: kb(gz) });
	}
	await context.close();
	const totals = ({ raw, gzip, files }) => ({
		rawKB: kb(raw),
		gzipKB: kb(gzip),
		count: files.length,
		files: files.sort((a, b) => b.gzipKB - a.gzipKB)
	});
	return {
		path,
		requests: seen.length,
		...Object.fromEntries(Object.entries(out).map(([k, v]) => [k, totals(v)])),
		external
	};
}

/**
 * Runs in the page: times `count` edits of the four binary cells, input event → next painted frame.
 * `aligned`: each edit starts inside a requestAnimationFrame callback, so the same frame renders it
 * and no wait for the next frame tick (up to 16.7 ms at 60 Hz) is counted: the work alone.
 */
async function editLoop({ count, offset, aligned }) {
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
		if (aligned) await new Promise((r) => requestAnimationFrame(r)); // continues before this frame's style/layout
		const t0 = performance.now();
		input.value = String(v);
		input.dispatchEvent(new Event('input', { bubbles: true }));
		// the next frame, then a task once it is painted (aligned: this frame's own paint)
		await new Promise((r) => (aligned ? setTimeout(r, 0) : requestAnimationFrame(() => setTimeout(r, 0))));
		times.push(performance.now() - t0);
		if (input.getAttribute('aria-valuenow') === String(v)) reached++;
	}
	const [tp, fp] = [inputs[0], inputs[1]].map((i) => Number(i.value));
	const precision = document.querySelector('[data-testid="value-precision"]')?.textContent.trim() ?? '';
	return { times, reached, tp, fp, precision };
}

/**
 * Runs in the page: moves the threshold `count` times with the keyboard (the slider's own
 * handler, as a person would), sweeping 0.20 → 0.80 and back, timed as `editLoop` times edits.
 */
async function thresholdLoop({ count, aligned }) {
	const slider = document.querySelector('[role="slider"][aria-label="Threshold"]');
	if (!slider) throw new Error('threshold slider not found');
	const times = [];
	let reached = 0;
	let direction = 1;
	for (let i = 0; i < count; i++) {
		const now = Number(slider.getAttribute('aria-valuenow'));
		if (now >= 0.8) direction = -1;
		if (now <= 0.2) direction = 1;
		const expected = (Math.round(now * 100) + direction) / 100;
		if (aligned) await new Promise((r) => requestAnimationFrame(r));
		const t0 = performance.now();
		slider.dispatchEvent(
			new KeyboardEvent('keydown', { key: direction === 1 ? 'ArrowRight' : 'ArrowLeft', bubbles: true })
		);
		await new Promise((r) => (aligned ? setTimeout(r, 0) : requestAnimationFrame(() => setTimeout(r, 0))));
		times.push(performance.now() - t0);
		if (Math.abs(Number(slider.getAttribute('aria-valuenow')) - expected) < 1e-9) reached++;
	}
	const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent.startsWith('At threshold'));
	return {
		times,
		reached,
		threshold: Number(slider.getAttribute('aria-valuenow')),
		heading: heading?.textContent.trim() ?? ''
	};
}

const ms = (x) => Math.round(x * 100) / 100;
/** Median, p95 (nearest rank) and max of a list of times, in ms. */
function stats(times) {
	const s = [...times].sort((a, b) => a - b);
	const at = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
	return { medianMs: ms(at(0.5)), p95Ms: ms(at(0.95)), maxMs: ms(s.at(-1)) };
}

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
	const before = (await page.getByTestId('value-precision').textContent()).trim();
	const requests = []; // an edit should not touch the network
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));

	await page.evaluate(editLoop, { count: WARMUP, offset: 1000 });
	const result = {};
	for (const [name, aligned, offset] of [
		['nextFrame', false, 0],
		['aligned', true, 7]
	]) {
		const run = await page.evaluate(editLoop, { count: EDITS, offset, aligned });
		// Every edit taken, and the precision card shows tp / (tp + fp) of the last counts (3 decimals).
		const expected = (run.tp / (run.tp + run.fp)).toFixed(3);
		if (run.reached !== EDITS || !run.precision.startsWith(expected) || run.precision === before) {
			throw new Error(
				`edits did not reach the page: ${run.reached}/${EDITS} taken, precision "${run.precision}", expected ${expected}`
			);
		}
		result[name] = { ...stats(run.times), precision: run.precision, expected };
	}
	await context.close();
	const tally = new Map();
	for (const p of requests) tally.set(p, (tally.get(p) ?? 0) + 1);
	const counted = [...tally].map(([p, n]) => `${p} ×${n}`);
	return {
		edits: EDITS,
		warmup: WARMUP,
		precisionBefore: before,
		...result,
		requestsDuringEdits: counted,
		consoleWarnings: [...new Set(warnings)]
	};
}

/** Threshold-change-to-paint latency on /threshold with 5,000 scores, checked against the page's heading. */
async function measureThresholdLatency(browser, origin) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const warnings = [];
	page.on('console', (m) => m.type() !== 'log' && warnings.push(`${m.type()}: ${m.text()}`));
	page.on('pageerror', (e) => warnings.push(`pageerror: ${e.message}`));
	await page.goto(origin + THRESHOLD_PAGE, { waitUntil: 'networkidle' });
	await page.getByRole('slider', { name: 'Threshold' }).waitFor();
	await page.waitForTimeout(500);
	await page.evaluate(thresholdLoop, { count: WARMUP });
	const result = {};
	for (const [name, aligned] of [
		['nextFrame', false],
		['aligned', true]
	]) {
		const run = await page.evaluate(thresholdLoop, { count: EDITS, aligned });
		if (run.reached !== EDITS || run.heading !== `At threshold ${run.threshold.toFixed(3)}`) {
			throw new Error(
				`threshold moves did not reach the page: ${run.reached}/${EDITS}, heading "${run.heading}"`
			);
		}
		result[name] = { ...stats(run.times), heading: run.heading };
	}
	await context.close();
	return { moves: EDITS, warmup: WARMUP, scores: 5000, ...result, consoleWarnings: [...new Set(warnings)] };
}

/**
 * The learner's 100,000 × 10 CSV on /feature-scaling: time from choosing the file to its summary
 * on screen, and the longest main-thread task meanwhile (the parse runs in a worker).
 */
async function measureCsvUpload(browser, origin) {
	await makeLargeFixtures();
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(origin + '/feature-scaling', { waitUntil: 'networkidle' });
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.evaluate(() => {
		window.benchLongTasks = [];
		new PerformanceObserver((list) =>
			list.getEntries().forEach((e) => window.benchLongTasks.push(e.duration))
		).observe({ type: 'longtask' });
	});
	const started = Date.now();
	await page.getByLabel('Upload a CSV file').setInputFiles(join(GENERATED_DIR, ROWS_FILE));
	await page.getByText(`${ROWS_FILE}: 100,000 rows × 10 columns`).waitFor({ timeout: 60_000 });
	const summaryMs = Date.now() - started;
	await page.locator('.sample-note').waitFor({ timeout: 60_000 });
	const widgetMs = Date.now() - started;
	await page.waitForTimeout(500);
	const longTasks = await page.evaluate(() => window.benchLongTasks);
	await context.close();
	return { summaryMs, widgetMs, longTasks: longTasks.length, longestTaskMs: ms(Math.max(0, ...longTasks)) };
}

const row = (name, value, target = '', result = '') =>
	`  ${name.padEnd(26)}${value.padStart(10)}${target.padStart(10)}  ${result}`;

async function main() {
	if (!(await tryFile(join(buildDir, 'index.html'))))
		throw new Error('build/index.html missing: run `npx vite build` first');
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
		const threshold = await measureWeight(browser, origin, '/threshold');
		const scaling = await measureWeight(browser, origin, '/feature-scaling');
		const overfitting = await measureWeight(browser, origin, '/overfitting');
		for (const p of [home, widget, threshold, scaling, overfitting]) {
			console.log(`\nPage ${p.path}: ${p.requests} requests`);
			for (const [label, k] of [
				['JS', 'js'],
				['CSS', 'css'],
				['fonts', 'fonts'],
				['HTML', 'html']
			]) {
				console.log(
					`  ${label.padEnd(6)}${String(p[k].gzipKB).padStart(7)} KB gzip (${p[k].rawKB} KB raw, ${p[k].count} file${p[k].count === 1 ? '' : 's'})`
				);
			}
			console.log(`  external requests: ${p.external.length}${p.external.map((u) => `\n    ${u}`).join('')}`);
			console.log('  biggest scripts (gzip KB):');
			for (const f of p.js.files.slice(0, 5))
				console.log(`    ${String(f.gzipKB).padStart(6)}  ${f.file} (${f.rawKB} raw)`);
		}

		const lat = await measureLatency(browser, origin);
		console.log(`\nEdit → paint on /confusion-matrix (${EDITS} edits after ${WARMUP} warm-up, per mode)`);
		for (const [label, r] of [
			['next frame', lat.nextFrame],
			['frame-aligned', lat.aligned]
		]) {
			console.log(`  ${label.padEnd(14)} median ${r.medianMs} ms, p95 ${r.p95Ms} ms, max ${r.maxMs} ms`);
		}
		console.log(
			`  verified: precision "${lat.precisionBefore}" → "${lat.aligned.precision}" (expected ${lat.aligned.expected})`
		);
		console.log(`  requests during edits: ${lat.requestsDuringEdits.join(', ') || 'none'}`);
		for (const w of lat.consoleWarnings) console.log(`  console ${w}`);

		const moves = await measureThresholdLatency(browser, origin);
		console.log(
			`\nThreshold move → paint on ${THRESHOLD_PAGE} (${EDITS} moves after ${WARMUP} warm-up, per mode)`
		);
		for (const [label, r] of [
			['next frame', moves.nextFrame],
			['frame-aligned', moves.aligned]
		]) {
			console.log(`  ${label.padEnd(14)} median ${r.medianMs} ms, p95 ${r.p95Ms} ms, max ${r.maxMs} ms`);
		}
		console.log(`  verified: the page reads "${moves.aligned.heading}" after the last move`);
		for (const w of moves.consoleWarnings) console.log(`  console ${w}`);

		// the new widgets' key sliders, each move checked to reach the page (sliderLatency.js)
		const sliderMoves = [];
		for (const slider of SLIDER_EDITS) {
			const result = await measureSliderLatency(browser, origin, { ...slider, edits: EDITS, warmup: WARMUP });
			sliderMoves.push({ ...slider, ...result });
			console.log(
				`\n${slider.name} move → paint on ${result.path} (${EDITS} moves after ${WARMUP} warm-up, per mode)`
			);
			for (const [label, r] of [
				['next frame', result.nextFrame],
				['frame-aligned', result.aligned]
			]) {
				console.log(`  ${label.padEnd(14)} median ${r.medianMs} ms, p95 ${r.p95Ms} ms, max ${r.maxMs} ms`);
			}
			for (const w of result.consoleWarnings) console.log(`  console ${w}`);
		}

		const csv = await measureCsvUpload(browser, origin);
		console.log(`\nCSV upload of ${ROWS_FILE} (8.6 MB) on /feature-scaling, parsed in a worker`);
		console.log(`  summary on screen after ${csv.summaryMs} ms, widget redrawn after ${csv.widgetMs} ms`);
		console.log(
			`  main-thread tasks over 50 ms meanwhile: ${csv.longTasks}, longest ${csv.longestTaskMs} ms`
		);

		// tfjs lives in the training worker's chunk only; the home page must fetch none of it
		const tfjsFiles = await filesWithTfjs(buildDir);
		const tfjsNames = tfjsFiles.map((f) => f.split('/').pop());
		const homeTfjs = home.js.files.filter((f) => tfjsNames.includes(f.file)).length;
		const overfittingTfjs = overfitting.js.files.filter((f) => tfjsNames.includes(f.file));
		console.log(`\ntfjs is in: ${tfjsFiles.join(', ')}`);
		console.log(
			`  fetched by /: ${homeTfjs} file(s); by /overfitting: ${overfittingTfjs.map((f) => `${f.file} (${f.gzipKB} KB gzip)`).join(', ') || 'none'}`
		);
		const training = [];
		for (const run of TRAINING_RUNS) {
			const t = await measureTraining(browser, origin, run);
			training.push(t);
			console.log(`\nTraining on /overfitting: ${t.name}, playing ${t.seconds} s after 2 s of warm-up`);
			console.log(
				`  ${t.epochsPerSecond} epochs/s at ${t.fps} fps (longest frame ${t.longestFrameMs} ms); boundary redrawn ${t.boundaryPaintsPerSecond} times/s; epoch ${t.endEpoch} at the end`
			);
			for (const w of t.warnings) console.log(`  ${w}`);
		}

		const firstScreens = await measureFirstScreens(browser, origin, await widgetSlugs(root));
		console.log(
			'\nFirst screen: top of the first chart, pixels of the largest chart shown without scrolling, words on the page'
		);
		for (const r of firstScreens) {
			console.log(
				`  ${r.screen.padEnd(18)} ${r.slug.padEnd(18)} first chart at ${String(r.firstChartTop ?? '–').padStart(5)} px, largest shows ${String(r.largestShownPx).padStart(4)} px (${r.largestWhole ? 'whole' : 'cut'}, ${r.largestSharePct}% of the screen), ${r.words} words`
			);
		}
		const desktop = firstScreens.filter((r) => r.screen === '1280×800');
		const phone = firstScreens.filter((r) => r.screen === '375×812');
		const projector = firstScreens.filter((r) => r.screen.endsWith('presenter'));

		const checks = [
			{ name: 'home JS gzip', value: home.js.gzipKB, target: targets.homeJsGzipKB, unit: 'KB' },
			{ name: 'widget JS gzip', value: widget.js.gzipKB, target: targets.widgetJsGzipKB, unit: 'KB' },
			// judged on the frame-aligned run: the next-frame run adds up to one 16.7 ms frame tick of
			// waiting that no page can avoid (it measures 16.7 ms with no edit at all; see README)
			{ name: 'edit→paint p95', value: lat.aligned.p95Ms, target: targets.editP95Ms, unit: 'ms' },
			{ name: 'threshold JS gzip', value: threshold.js.gzipKB, target: targets.widgetJsGzipKB, unit: 'KB' },
			{ name: 'threshold→paint p95', value: moves.aligned.p95Ms, target: targets.editP95Ms, unit: 'ms' },
			...sliderMoves.map((m) => ({
				name: `${m.name}→paint p95`,
				value: m.aligned.p95Ms,
				target: targets.editP95Ms,
				unit: 'ms'
			})),
			{ name: 'scaling JS gzip', value: scaling.js.gzipKB, target: targets.widgetJsGzipKB, unit: 'KB' },
			{ name: 'CSV upload longest task', value: csv.longestTaskMs, target: 200, unit: 'ms' },
			{
				name: 'external requests',
				value:
					home.external.length +
					widget.external.length +
					threshold.external.length +
					scaling.external.length +
					overfitting.external.length,
				target: 0,
				unit: ''
			},
			// the page's own scripts against the widget target; the training worker (tfjs) is fetched after mount and reported apart
			{
				name: 'overfitting JS gzip',
				value:
					Math.round((overfitting.js.gzipKB - overfittingTfjs.reduce((sum, f) => sum + f.gzipKB, 0)) * 10) /
					10,
				target: targets.widgetJsGzipKB,
				unit: 'KB'
			},
			{ name: 'tfjs files fetched by /', value: homeTfjs, target: 0, unit: '' },
			// the Playground default has the target (the TensorFlow Playground's own ~45 epochs/s here, at >= 30 fps); the spiral's
			// epochs/s is reported below without one, its frame rate held to the same 30 fps
			{
				name: 'Playground epochs/s',
				value: training[0].epochsPerSecond,
				target: targets.trainingEpochsPerSecond,
				unit: '',
				atLeast: true
			},
			...training.map((t, i) => ({
				name: `${['Playground', 'spiral 6×8'][i]} fps training`,
				value: t.fps,
				target: targets.trainingFps,
				unit: '',
				atLeast: true
			})),
			// the lesson on the first screen: every widget's largest chart shows >= 240 px at 1280 × 800, and a chart starts within 1.5 phone screens
			{
				name: 'widgets with 240 px of chart at 1280×800',
				value: desktop.filter((r) => r.largestShownPx >= 240).length,
				target: desktop.length,
				unit: '',
				atLeast: true
			},
			{
				name: 'widgets with a chart in 1.5 phone screens',
				value: phone.filter((r) => r.firstChartTop !== null && r.firstChartTop <= 1.5 * 812).length,
				target: phone.length,
				unit: '',
				atLeast: true
			},
			{
				name: 'widgets whose largest chart fits a projector (whole, >= 20%)',
				value: projector.filter((r) => r.largestWhole && r.largestSharePct >= 20).length,
				target: projector.length,
				unit: '',
				atLeast: true
			}
		].map((c) => ({ ...c, pass: c.atLeast ? c.value >= c.target : c.value <= c.target }));

		console.log('\nSummary');
		console.log(row('figure', 'value', 'target', 'result'));
		for (const c of checks) {
			console.log(
				row(
					c.name,
					`${c.value} ${c.unit}`.trim(),
					`${c.atLeast ? '≥' : '≤'} ${c.target} ${c.unit}`.trim(),
					c.pass ? 'PASS' : 'FAIL'
				)
			);
		}
		console.log(row('spiral 6×8 epochs/s', `${training[1].epochsPerSecond}`));
		console.log(
			row('overfitting worker gzip', `${overfittingTfjs.reduce((sum, f) => sum + f.gzipKB, 0)} KB`)
		);
		console.log(row('home CSS gzip', `${home.css.gzipKB} KB`));
		console.log(row('widget CSS gzip', `${widget.css.gzipKB} KB`));
		console.log(row('edit→paint median', `${lat.aligned.medianMs} ms`));
		console.log(row('next-frame median/p95', `${lat.nextFrame.medianMs}/${lat.nextFrame.p95Ms} ms`));
		console.log(row('threshold CSS gzip', `${threshold.css.gzipKB} KB`));
		console.log(row('threshold→paint median', `${moves.aligned.medianMs} ms`));
		console.log(row('CSV 100k summary after', `${csv.summaryMs} ms`));

		const results = {
			date: new Date().toISOString(),
			chromium: browser.version(),
			node: process.version,
			cpus: cpus().length
		};
		Object.assign(results, {
			pages: { home, widget, threshold, scaling, overfitting },
			latency: lat,
			thresholdLatency: moves,
			sliderLatency: sliderMoves,
			csvUpload: csv,
			tfjsFiles,
			training,
			firstScreens,
			checks
		});
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
