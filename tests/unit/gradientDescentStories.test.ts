/**
 * Every story step's text, checked against numbers worked out here without the widget's engine:
 * on the bowl w₁² + w₂² plain descent multiplies each weight by 1 − 2η a step (so the loss by
 * (1 − 2η)²), momentum and Adam are re-run by a scalar loop written out below. Each step is tried
 * from its own start and two other starts (the start is the step's free field).
 */
import { describe, expect, it } from 'vitest';
import { formatShort } from '$lib/format/format';
import { storyState } from './gradientDescentFixtures';

const starts: ([number, number] | undefined)[] = [undefined, [-2, 2.5], [1.2, -2.8]];
const bowlStart = (start?: [number, number]) => start ?? [2.5, 1.5];
const squared = ([a, b]: number[]) => a * a + b * b;
const f = formatShort;

function expectClean(text: string) {
	expect(text).not.toMatch(/NaN|undefined|Infinity|null/);
}

describe('step 1: too high a rate zig-zags', () => {
	it.each(starts)('from %o: every step turns back, and the loss still shrinks ×0.64 a step', (start) => {
		const state = storyState('zig-zag', start);
		const story = state.storyText!;
		const w0 = bowlStart(start);
		// w_k = (−0.8)^k w0: the sign flips every step, the loss is 0.64^k |w0|²
		const endGap = 0.64 ** 50 * squared(w0);
		expect(story.holds).toBe(true);
		expect(story.text).toContain('1 − 2 × 0.9 = -0.8');
		expect(story.text).toContain('49 of 49 steps turn back');
		expect(story.text).toContain(`from ${f(squared(w0))} to ${f(endGap)}`);
		expectClean(story.text);
	});
});

describe('step 2: higher still diverges', () => {
	it.each(starts)('from %o: the loss grows ×1.44 a step and the path leaves the frame', (start) => {
		const state = storyState('diverge', start);
		const story = state.storyText!;
		const w0 = bowlStart(start);
		// w_k = (−1.2)^k w0 leaves the frame [−3, 3]² at the first k where a coordinate passes 3
		let leftAt = 0;
		while (Math.max(Math.abs(w0[0]), Math.abs(w0[1])) * 1.2 ** leftAt <= 3) leftAt++;
		expect(story.holds).toBe(true);
		expect(story.text).toContain('1 − 2 × 1.1 = -1.2');
		expect(story.text).toContain('×1.44 a step');
		expect(story.text).toContain(`leaves the frame at step ${leftAt}`);
		// 2.5·1.2⁵⁰ ≈ 22,750 never passes 10⁶: all 50 steps run
		expect(story.text).toContain(`at ${f(1.44 ** 50 * squared(w0))} above the minimum after 50 steps`);
		expectClean(story.text);
	});
});

describe('step 3: too low crawls', () => {
	it.each(starts)('from %o: 50 steps of η = 0.005 keep 0.99 of the distance each', (start) => {
		const state = storyState('crawl', start);
		const story = state.storyText!;
		const w0 = bowlStart(start);
		expect(story.holds).toBe(true);
		expect(story.text).toContain('1 − 2 × 0.005 = 0.99');
		expect(story.text).toContain(`still ${f(0.99 ** 100 * squared(w0))} above the minimum`);
		expect(story.text).toContain(`started ${f(squared(w0))} above`);
		expectClean(story.text);
	});
});

/** Momentum on one coordinate of the bowl, written out: v ← βv − η·2w, w ← w + v. */
function momentumByHand(w0: number[], rate: number, beta: number, steps: number) {
	let w = [...w0];
	let v = [0, 0];
	const losses = [squared(w)];
	for (let k = 0; k < steps; k++) {
		v = v.map((vi, i) => beta * vi - rate * 2 * w[i]);
		w = w.map((wi, i) => wi + v[i]);
		losses.push(squared(w));
	}
	return losses;
}
const risesIn = (losses: number[]) => losses.filter((l, k) => k > 0 && l > losses[k - 1]).length;

describe('step 4: momentum overshoots, then settles', () => {
	it.each(starts)('from %o: the loss turns up on some steps, plain descent never does', (start) => {
		const state = storyState('momentum', start);
		const story = state.storyText!;
		const w0 = bowlStart(start);
		const momentum = momentumByHand(w0, 0.05, 0.9, 100);
		// plain descent at 0.05 multiplies w by 0.9 a step: the loss only falls
		const plainEnd = 0.81 ** 100 * squared(w0);
		expect(risesIn(momentum)).toBeGreaterThan(0);
		expect(story.holds).toBe(true);
		expect(story.text).toContain(`rises again on ${risesIn(momentum)} of 100 steps`);
		expect(story.text).toContain('(0 rises)');
		expect(story.text).toContain(
			`momentum ends ${f(momentum[100])} above the minimum, plain descent ${f(plainEnd)}`
		);
		expectClean(story.text);
	});
});

describe("step 5: Adam's per-parameter steps on the long bowl", () => {
	const longStarts: ([number, number] | undefined)[] = [undefined, [3, 3], [-3, -2.2]];
	it.each(longStarts)(
		'from %o: at the same rate plain crawls along w₁; Adam moves each weight by its rate',
		(start) => {
			const state = storyState('adam', start);
			const story = state.storyText!;
			const [a, b] = start ?? [-3.5, 2.5];
			// gradient (0.2 w₁, 2 w₂): plain's first step is 0.1 times it; Adam's is 0.1 g / (|g| + 1e-7)
			// plain multiplies w₁ by 1 − 0.02 and w₂ by 1 − 0.2 a step
			const plainEnd = 0.1 * (a * 0.98 ** 100) ** 2 + (b * 0.8 ** 100) ** 2;
			expect(story.holds).toBe(true);
			expect(story.text).toContain(
				`moves w₂ by ${f(0.1 * 2 * Math.abs(b))} and w₁ by only ${f(0.1 * 0.2 * Math.abs(a))}`
			);
			expect(story.text).toContain(`still ${f(plainEnd)} above the minimum`);
			const adam = (g: number) => (0.1 * Math.abs(g)) / (Math.abs(g) + 1e-7);
			expect(story.text).toContain(`moves w₁ by ${f(adam(0.2 * a))} and w₂ by ${f(adam(2 * b))}`);
			expectClean(story.text);
		}
	);
});
