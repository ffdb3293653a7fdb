import { describe, expect, it } from 'vitest';
import { stepState } from '$lib/kit/story';
import { modelOf, zooCodec, type ZooUrlState } from '$lib/widgets/model-zoo/codec';
import { fitModel, relevant } from '$lib/jobs/boundaryModels';
import { makePlane, type Plane } from '$lib/widgets/model-zoo/plane';
import { zooSteps, type ZooStepView } from '$lib/widgets/model-zoo/steps';
import { boostingByRound, byHand, percent } from './modelZooByHand';

const SEEDS = [1, 2, 3];

/** The view the page gives a step: the plane and both models fitted as the worker fits them. */
function viewOf(id: string, seed: number): { input: ZooUrlState; plane: Plane; view: ZooStepView } {
	const step = zooSteps.find((s) => s.id === id)!;
	const input = { ...stepState(zooCodec, step, 1), seed };
	const plane = makePlane(input, {})!;
	const shared = { fdepth: input.fdepth, gdepth: input.gdepth, lr: input.lr, seed: input.seed };
	const fit = (slot: 'a' | 'b') => {
		const only = relevant(modelOf(input, slot), shared);
		return fitModel(plane, only.settings, only.shared);
	};
	return { input, plane, view: { plane, a: fit('a'), b: fit('b') } };
}

function said(id: string, view: ZooStepView) {
	const text = zooSteps.find((s) => s.id === id)!.say(view);
	expect(text).not.toBeNull();
	expect(text!.text).not.toMatch(/NaN|undefined|Infinity|null/);
	return text!;
}

describe('the decision-boundary story', () => {
	it('has 3–5 steps whose links open them', () => {
		expect(zooSteps.length).toBeGreaterThanOrEqual(3);
		expect(zooSteps.length).toBeLessThanOrEqual(5);
	});

	it.each(SEEDS)('a line on XOR sits near half, degree 2 does not (seed %i)', (seed) => {
		const { plane, view } = viewOf('linear-on-xor', seed);
		const text = said('linear-on-xor', view);
		const line = byHand(plane, { kind: 'logistic', degree: 1 });
		const curved = byHand(plane, { kind: 'logistic', degree: 2 });
		expect(text.holds).toBe(true);
		expect(Math.abs(line.test - 0.5)).toBeLessThanOrEqual(0.1);
		for (const v of [line.train, line.test, curved.test]) expect(text.text).toContain(percent(v));
	});

	it.each(SEEDS)('1-NN and a tree with no limit score all of training, less of test (seed %i)', (seed) => {
		const { plane, view } = viewOf('memorise', seed);
		const text = said('memorise', view);
		const knn = byHand(plane, { kind: 'knn', k: 1 });
		const tree = byHand(plane, { kind: 'tree' });
		expect(text.holds).toBe(true);
		expect([knn.train, tree.train]).toEqual([1, 1]);
		expect(text.text).toContain(`${plane.train.length} training points`);
		expect(text.text).toContain(`${plane.test.length} test points`);
		for (const v of [knn.test, tree.test]) expect(text.text).toContain(percent(v));
	});

	it.each(SEEDS)('a forest is sure of less of the map than one full tree (seed %i)', (seed) => {
		const { input, plane, view } = viewOf('forest-smooths', seed);
		const text = said('forest-smooths', view);
		const tree = byHand(plane, { kind: 'tree' });
		const forest = byHand(plane, { kind: 'forest', trees: input.btrees, seed });
		const sure = (grid: number[]) => grid.filter((p) => Math.max(p, 1 - p) >= 0.9).length / grid.length;
		expect(text.holds).toBe(true);
		expect(sure(forest.grid)).toBeLessThan(sure(tree.grid));
		for (const v of [sure(tree.grid), sure(forest.grid), tree.test, forest.test])
			expect(text.text).toContain(percent(v));
	});

	it.each(SEEDS)(
		"boosting's late rounds raise training accuracy and lower test accuracy (seed %i)",
		(seed) => {
			const { input, plane, view } = viewOf('rounds-overfit', seed);
			const text = said('rounds-overfit', view);
			const curve = boostingByRound(plane, input.brounds, input.lr, input.gdepth);
			const peak = Math.max(...curve.test);
			const peakRound = curve.test.indexOf(peak);
			const final = curve.test[input.brounds];
			expect(text.holds).toBe(true);
			expect(final).toBeLessThan(peak);
			const few = boostingByRound(plane, input.arounds, input.lr, input.gdepth);
			for (const v of [
				few.train[input.arounds],
				few.test[input.arounds],
				curve.train[input.brounds],
				peak,
				final
			])
				expect(text.text).toContain(percent(v));
			expect(text.text).toContain(`after ${peakRound} round`);
		}
	);
});
