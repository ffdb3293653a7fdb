// Budget move → paint on /hyperparameter-search: the budget slider moved 200 times (its input
// event, as a drag fires it), sweeping 10 → 30 trials and back, each timed from the move to the
// frame that paints it, as run.js times the other pages' edits. Checked against the sentence
// under the map, which names the trials of the last budget. Random search on the log-scale
// surface, so every move reruns the search, the grid-against-random verdict over 20 seeds and
// the other scale's run (the averages wait for the slider to rest, as a Task does).

export const SEARCH_PAGE = '/hyperparameter-search?obj=log-scale&strat=random&n=20&scale=log';

/** Runs in the page: `count` budget moves, aligned to a frame or not. */
async function budgetLoop({ count, aligned }) {
	const slider = document.querySelector('input[type="range"][aria-valuetext]');
	const label = [...document.querySelectorAll('label')].find((l) => l.textContent.startsWith('Budget'));
	const input = label ? document.getElementById(label.htmlFor) : slider;
	if (!input) throw new Error('budget slider not found');
	const times = [];
	let direction = 1;
	for (let i = 0; i < count; i++) {
		const now = Number(input.value);
		if (now >= 30) direction = -1;
		if (now <= 10) direction = 1;
		if (aligned) await new Promise((r) => requestAnimationFrame(r));
		const t0 = performance.now();
		input.value = String(now + direction);
		input.dispatchEvent(new Event('input', { bubbles: true }));
		await new Promise((r) => (aligned ? setTimeout(r, 0) : requestAnimationFrame(() => setTimeout(r, 0))));
		times.push(performance.now() - t0);
	}
	const summary = document.querySelector('[data-testid="run-summary"]')?.textContent ?? '';
	return { times, budget: Number(input.value), summary: summary.trim() };
}

/** Median, p95 (nearest rank) and max, in ms. */
function stats(times) {
	const s = [...times].sort((a, b) => a - b);
	const at = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
	const ms = (x) => Math.round(x * 100) / 100;
	return { medianMs: ms(at(0.5)), p95Ms: ms(at(0.95)), maxMs: ms(s.at(-1)) };
}

/** Budget-move-to-paint latency on the search page, per mode, checked against the sentence under the map. */
export async function measureSearchLatency(browser, origin, { moves = 200, warmup = 20 } = {}) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const warnings = [];
	page.on('console', (m) => m.type() !== 'log' && warnings.push(`${m.type()}: ${m.text()}`));
	page.on('pageerror', (e) => warnings.push(`pageerror: ${e.message}`));
	await page.goto(origin + SEARCH_PAGE, { waitUntil: 'networkidle' });
	await page.getByTestId('run-summary').waitFor();
	await page.waitForTimeout(500);
	await page.evaluate(budgetLoop, { count: warmup });
	const result = {};
	for (const [name, aligned] of [
		['nextFrame', false],
		['aligned', true]
	]) {
		const run = await page.evaluate(budgetLoop, { count: moves, aligned });
		if (!run.summary.includes(`${run.budget} trials tried`))
			throw new Error(`budget moves did not reach the page: budget ${run.budget}, "${run.summary}"`);
		result[name] = { ...stats(run.times), summary: run.summary };
	}
	await context.close();
	return { moves, warmup, ...result, consoleWarnings: [...new Set(warnings)] };
}
