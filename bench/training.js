// Training throughput on /overfitting: epochs per second while the page plays, the frame rate
// meanwhile, and checks that the boundary redraws and that tfjs stays in the training worker.
// Used by run.js; see the README's "Training" section for what each figure means.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The network tab's state for a run: everything in the URL, so a link reproduces it. */
const base = {
	tab: 'network',
	cls: 2,
	noise: 0.1,
	n: 500,
	tr: 50,
	seed: 1,
	opt: 'sgd',
	lr: 0.03,
	bs: 10,
	l1: 0,
	l2: 0,
	drop: 0,
	pat: 0,
	restore: 'on',
	cross: 'none'
};
const query = (state) =>
	'/overfitting?' +
	new URLSearchParams(Object.entries({ ...base, ...state }).map(([k, v]) => [k, String(v)])).toString();

export const TRAINING_RUNS = [
	// the TensorFlow Playground's default: circle data, 500 points, half for training, 4 and 2 tanh units, SGD 0.03, batch 10
	{
		name: 'Playground default (circles, 2-4-2-1 tanh)',
		path: query({ data: 'circles', layers: '4-2', act: 'tanh' })
	},
	{
		name: 'Spiral, 6 hidden layers of 8 tanh',
		path: query({ data: 'spiral', layers: '8-8-8-8-8-8', act: 'tanh' })
	}
];

/**
 * Plays a run for `seconds` after `warmupMs` and counts, inside the page, the epochs trained
 * (the epoch counter), the boundary's repaints (its data-paints) and the animation frames.
 */
export async function measureTraining(
	browser,
	origin,
	{ name, path },
	{ seconds = 5, warmupMs = 2000 } = {}
) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const warnings = [];
	page.on('pageerror', (e) => warnings.push(`pageerror: ${e.message}`));
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: 'Play', exact: true }).click();
	await page.waitForTimeout(warmupMs);
	const run = await page.evaluate(async (ms) => {
		const epoch = () => Number(document.querySelector('[data-testid="epoch"]').textContent);
		const paints = () => Number(document.querySelector('figure.boundary-map').dataset.paints);
		const [e0, p0] = [epoch(), paints()];
		let frames = 0;
		let longest = 0;
		const t0 = performance.now();
		let last = t0;
		await new Promise((resolve) => {
			const tick = (now) => {
				frames++;
				longest = Math.max(longest, now - last);
				last = now;
				if (now - t0 < ms) requestAnimationFrame(tick);
				else resolve();
			};
			requestAnimationFrame(tick);
		});
		const seconds = (performance.now() - t0) / 1000;
		const playing = [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Pause');
		return {
			epochs: epoch() - e0,
			paints: paints() - p0,
			frames,
			seconds,
			longestFrameMs: longest,
			endEpoch: epoch(),
			playing
		};
	}, seconds * 1000);
	await context.close();
	if (run.epochs <= 0 || run.paints <= 0 || !run.playing)
		throw new Error(`${name}: training did not run (${JSON.stringify(run)})`);
	const round = (x) => Math.round(x * 10) / 10;
	return {
		name,
		path,
		epochsPerSecond: round(run.epochs / run.seconds),
		fps: round(run.frames / run.seconds),
		boundaryPaintsPerSecond: round(run.paints / run.seconds),
		longestFrameMs: round(run.longestFrameMs),
		epochs: run.epochs,
		seconds: round(run.seconds),
		endEpoch: run.endEpoch,
		warnings
	};
}

/** Files under build/_app that hold tfjs (found by its flag registry's name), relative to build/. */
export async function filesWithTfjs(buildDir) {
	const found = [];
	async function walk(dir) {
		for (const entry of await readdir(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) await walk(path);
			else if (entry.name.endsWith('.js') && (await readFile(path, 'utf8')).includes('tfjsflags'))
				found.push(path.slice(buildDir.length + 1));
		}
	}
	await walk(join(buildDir, '_app'));
	return found;
}
