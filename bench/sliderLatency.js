// Edit-to-paint latency of a native range slider on a widget page, for the widgets whose key
// control is one (the L1 vs L2 widget's λ, the search's budget): each move sets the slider's
// value and fires `input`, as dragging does, and is timed from then to the painted frame, as
// run.js times its edits.

/**
 * Runs in the page: `count` moves of the slider whose label reads `label`, across its range in
 * steps of 7 positions (so every move changes the value), frame-aligned or not. Each move is
 * checked to have reached the page: `check.marker` names an element whose data-x (or
 * `check.attribute`) must equal the value, or `check.text` an element whose text must hold `check.says` with {value} filled in.
 */
async function sliderLoop({ label, count, aligned, check }) {
	const slider = [...document.querySelectorAll('input[type="range"]')].find(
		(s) => s.labels?.[0]?.textContent.trim() === label
	);
	if (!slider) throw new Error(`slider "${label}" not found`);
	const [min, max, step] = [Number(slider.min), Number(slider.max), Number(slider.step) || 1];
	const positions = Math.round((max - min) / step) + 1;
	const times = [];
	let reached = 0;
	for (let i = 0; i < count; i++) {
		const value = Number((min + ((i * 7) % positions) * step).toFixed(6));
		if (aligned) await new Promise((r) => requestAnimationFrame(r));
		const t0 = performance.now();
		slider.value = String(value);
		slider.dispatchEvent(new Event('input', { bubbles: true }));
		await new Promise((r) => (aligned ? setTimeout(r, 0) : requestAnimationFrame(() => setTimeout(r, 0))));
		times.push(performance.now() - t0);
		const shows = check.marker
			? Number(document.querySelector(check.marker)?.getAttribute(check.attribute ?? 'data-x')) === value
			: (document.querySelector(check.text)?.textContent ?? '').includes(
					check.says.replace('{value}', String(value))
				);
		if (shows) reached++;
	}
	return { times, reached };
}

const ms = (x) => Math.round(x * 100) / 100;
function stats(times) {
	const s = [...times].sort((a, b) => a - b);
	const at = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
	return { medianMs: ms(at(0.5)), p95Ms: ms(at(0.95)), maxMs: ms(s.at(-1)) };
}

/** Slider-move-to-paint latency on `path`, both modes, each move checked as sliderLoop says. */
export async function measureSliderLatency(browser, origin, { path, label, check, edits, warmup }) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const warnings = [];
	page.on('console', (m) => m.type() !== 'log' && warnings.push(`${m.type()}: ${m.text()}`));
	page.on('pageerror', (e) => warnings.push(`pageerror: ${e.message}`));
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	await page.locator(check.marker ?? check.text).waitFor({ state: 'attached' });
	await page.waitForTimeout(500);
	await page.evaluate(sliderLoop, { label, count: warmup, aligned: true, check });
	const result = {};
	for (const [name, aligned] of [
		['nextFrame', false],
		['aligned', true]
	]) {
		const run = await page.evaluate(sliderLoop, { label, count: edits, aligned, check });
		if (run.reached !== edits)
			throw new Error(`${path}: slider moves did not reach the chart: ${run.reached}/${edits}`);
		result[name] = stats(run.times);
	}
	await context.close();
	return { path, label, moves: edits, ...result, consoleWarnings: [...new Set(warnings)] };
}
