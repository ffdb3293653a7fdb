/**
 * Every story's verdict, checked against the numbers of the state the page builds for it
 * (a click on the story at a seed), over several seeds; each claim recomputed here by hand.
 * Outside a component the state's derived values are recomputed on every read, so each test
 * reads each one once.
 */
import { describe, expect, it } from 'vitest';
import { rocAuc } from '$lib/ml/metrics';
import { formatMetric } from '$lib/metrics/metricInfo';
import { presets } from '$lib/widgets/threshold/presets';
import { cheapestByHand, precisionAtRecallByHand } from './thresholdByHand';
import { storyState } from './thresholdFixtures';

const seeds = [1, 2, 3, 4, 5, 6];
/** 20,000 samples per story state; a machine shared with others takes its time. */
const slow = 30_000;

describe('story: ROC hides rare positives', () => {
	it.each(seeds)(
		"seed %i: the ROC AUCs nearly match, B's precision collapses and its verdict says so",
		(seed) => {
			const state = storyState('imbalance', seed);
			const [a, b, story] = [state.a!, state.b!, state.storyText!];
			expect(
				Math.abs(rocAuc(a.set.yTrue, a.set.scores) - rocAuc(b.set.yTrue, b.set.scores))
			).toBeLessThanOrEqual(0.03);
			expect(precisionAtRecallByHand(a.set, 0.5)).toBeGreaterThan(0.9);
			expect(precisionAtRecallByHand(b.set, 0.5)).toBeLessThan(0.5);
			expect(b.ap).toBeLessThan(a.ap - 0.3);
			expect(story.holds).toBe(true);
			expect(story.text).toContain('nearly match');
			expect(story.text).toContain(
				`B with ${formatMetric(precisionAtRecallByHand(b.set, 0.5))}, so at that recall most of B's flags are false alarms`
			);
		},
		slow
	);
});

describe('story: which model is better?', () => {
	it.each(seeds)(
		'seed %i: B, with more separation, has the higher ROC AUC and average precision',
		(seed) => {
			const state = storyState('better-model', seed);
			const [a, b, story] = [state.a!, state.b!, state.storyText!];
			expect(rocAuc(b.set.yTrue, b.set.scores)).toBeGreaterThan(rocAuc(a.set.yTrue, a.set.scores));
			expect(b.ap).toBeGreaterThan(a.ap);
			expect(story.holds).toBe(true);
			expect(story.text).toContain(`ROC AUC ${formatMetric(b.auc)} against ${formatMetric(a.auc)}`);
		},
		slow
	);
});

describe('story: costly misses (screening)', () => {
	it.each(seeds)(
		'seed %i: the cheapest threshold drops well below 0.5, close to 1 / (1 + 20)',
		(seed) => {
			const state = storyState('screening', seed);
			const [set, threshold, story] = [state.setA!, state.threshold, state.storyText!];
			const cheapest = cheapestByHand(set, 1, 20);
			expect(threshold).toBe(cheapest.threshold);
			expect(cheapest.threshold).toBeLessThan(0.25);
			expect(Math.abs(cheapest.threshold - 1 / 21)).toBeLessThanOrEqual(0.03);
			expect(story.holds).toBe(true);
			expect(story.text).toMatch(/well below 0\.5, close to c_FP \/ \(c_FP \+ c_FN\) = 0\.048/);
		},
		slow
	);
});

describe('story: costly false alarms (spam filter)', () => {
	it.each(seeds)(
		'seed %i: the cheapest threshold rises well above 0.5, close to 20 / (20 + 1)',
		(seed) => {
			const state = storyState('spam', seed);
			const [set, threshold, story] = [state.setA!, state.threshold, state.storyText!];
			const cheapest = cheapestByHand(set, 20, 1);
			expect(threshold).toBe(cheapest.threshold);
			expect(cheapest.threshold).toBeGreaterThan(0.75);
			expect(Math.abs(cheapest.threshold - 20 / 21)).toBeLessThanOrEqual(0.03);
			expect(story.holds).toBe(true);
			expect(story.text).toMatch(/well above 0\.5, close to c_FP \/ \(c_FP \+ c_FN\) = 0\.952/);
		},
		slow
	);
});

describe('story: penguins', () => {
	it.each([1, 2, 3, 4])(
		'seed %i: bill depth and body mass rank the sexes better than flipper length alone',
		(seed) => {
			const state = storyState('penguins', seed);
			const [a, b, story] = [state.setA!, state.setB!, state.storyText!];
			expect(rocAuc(a.yTrue, a.scores)).toBeGreaterThan(rocAuc(b.yTrue, b.scores));
			expect(story.holds).toBe(true);
			expect(story.text).toContain('B uses flipper length');
		},
		slow
	);
});

describe('a story speaks only while its settings hold', () => {
	it(
		'stays when the threshold is dragged or the seed changes, and goes when a setting of the story changes',
		() => {
			const state = storyState('screening', 1);
			state.setThreshold(0.3);
			expect(state.storyText?.holds).toBe(true);
			state.input.seed = 9;
			expect(state.storyText?.holds).toBe(true);
			state.input.cfn = 2;
			expect(state.storyText).toBeNull();
		},
		slow
	);

	it(
		'every story has a verdict free of NaN at seed 1',
		() => {
			for (const preset of presets) {
				const text = storyState(preset.id, 1).storyText?.text ?? '';
				expect(text.length, preset.id).toBeGreaterThan(40);
				expect(text, preset.id).not.toMatch(/NaN|Infinity|undefined/);
			}
		},
		slow
	);
});
