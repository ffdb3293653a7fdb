import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '$lib/ml/datasets';
import { boostingCurve, sizeText, verdictOf } from '$lib/widgets/model-zoo/analysis';
import { MAX_K, NO_LIMIT, modelOf, settingField, zooCodec } from '$lib/widgets/model-zoo/codec';
import {
	boundaryEdges,
	fitModel,
	polynomialFeatureCount,
	polynomialFeatures2,
	relevant,
	type ModelResult
} from '$lib/jobs/boundaryModels';
import { makePlane, tableRows } from '$lib/widgets/model-zoo/plane';
import { byHand } from './modelZooByHand';

const defaults = zooCodec.defaults();
const shared = { fdepth: NO_LIMIT, gdepth: 3, lr: 0.1, seed: 1 };
const table = (name: 'penguins' | 'iris') =>
	parseCsvTable(name, readFileSync(`static/data/${name}.csv`, 'utf8'));

describe('the decision-boundary codec', () => {
	it('round-trips a changed state and opens the defaults from an empty link', () => {
		const state = {
			...defaults,
			data: 'spiral' as const,
			ma: 'forest' as const,
			atrees: 7,
			bdepth: 4,
			lr: 0.35
		};
		expect(zooCodec.decode(zooCodec.encode(state)).value).toEqual(state);
		expect(zooCodec.decode(new URLSearchParams()).value).toEqual(defaults);
	});

	it('refuses letters and out-of-range values field by field, and caps k at the training rows', () => {
		const { value, problems } = zooCodec.decode(new URLSearchParams('n=abc&bk=999&ma=svm&noise=0.3'));
		expect(value.n).toBe(defaults.n);
		expect(value.ma).toBe(defaults.ma);
		expect(value.bk).toBe(defaults.bk);
		expect(problems.length).toBe(3);
		const small = zooCodec.decode(new URLSearchParams(`n=40&test=50&ak=${MAX_K}`));
		// 40 rows, 20 held out: 20 train
		expect(small.value.ak).toBe(20);
		expect(small.problems[0]).toMatch(/only 20 rows train/);
	});

	it('names each kind’s key setting field per slot', () => {
		expect(settingField('a', 'knn')).toBe('ak');
		expect(settingField('b', 'tree')).toBe('bdepth');
		expect(modelOf(defaults, 'b').kind).toBe('tree');
	});
});

describe('the plane', () => {
	it('splits a generated plane stratified, 30% held out rounded up', () => {
		const plane = makePlane(defaults, {})!;
		expect(plane.test.length).toBe(90);
		expect(plane.train.length).toBe(210);
		expect(plane.test.filter((i) => plane.y[i] === 1).length).toBe(45);
		expect(new Set([...plane.train, ...plane.test]).size).toBe(300);
	});

	it('takes two species and two measurements from each real table (counted with Python’s csv module)', () => {
		// penguins: 219 Adelie or Chinstrap rows with both bill measurements, 68 Chinstrap; iris: 100, 50 virginica
		const penguins = tableRows(table('penguins'), 'penguins');
		expect([penguins.y.length, penguins.y.filter((v) => v === 1).length]).toEqual([219, 68]);
		const iris = tableRows(table('iris'), 'iris');
		expect([iris.y.length, iris.y.filter((v) => v === 1).length]).toEqual([100, 50]);
		expect(makePlane({ ...defaults, data: 'iris' }, {})).toBeNull();
		const plane = makePlane({ ...defaults, data: 'iris' }, { iris: table('iris') })!;
		expect(plane.axes[0]).toMatch(/sepal length/);
		expect(plane.test.length).toBe(30);
	});
});

describe('the models', () => {
	it('builds polynomial features as scikit-learn orders them: x₁, x₂, x₁², x₁x₂, x₂²', () => {
		expect(polynomialFeatures2([2, 3], 2)).toEqual([2, 3, 4, 6, 9]);
		expect(polynomialFeatures2([2, 3], 1)).toEqual([2, 3]);
		// degree 3: 9 features (10 monomials less the constant)
		expect(polynomialFeatureCount(3)).toBe(9);
		expect(polynomialFeatures2([1, 2], 3)).toHaveLength(9);
	});

	it('counts the boundary’s cell edges: a 3 × 3 grid split down the middle after column 1 has 3', () => {
		expect(boundaryEdges([0, 1, 1, 0, 1, 1, 0, 1, 1], 3)).toBe(3);
		expect(boundaryEdges([0, 0, 0, 0], 2)).toBe(0);
	});

	it.each([
		{
			name: 'logistic, degree 2',
			settings: { kind: 'logistic' as const, deg: 2 },
			hand: { kind: 'logistic' as const, degree: 2 }
		},
		{ name: 'k-NN, k = 5', settings: { kind: 'knn' as const, k: 5 }, hand: { kind: 'knn' as const, k: 5 } },
		{
			name: 'tree, depth 3',
			settings: { kind: 'tree' as const, depth: 3 },
			hand: { kind: 'tree' as const, depth: 3 }
		},
		{
			name: 'forest of 5',
			settings: { kind: 'forest' as const, trees: 5 },
			hand: { kind: 'forest' as const, trees: 5, seed: 1 }
		},
		{
			name: 'boosting, 20 rounds',
			settings: { kind: 'boosting' as const, rounds: 20 },
			hand: { kind: 'boosting' as const, rounds: 20, lr: 0.1, depth: 3 }
		}
	])('$name: accuracies and map as the engine gives them on standardised inputs', ({ settings, hand }) => {
		const plane = makePlane({ ...defaults, n: 120 }, {})!;
		const only = relevant({ ...modelOf(defaults, 'a'), ...settings }, shared);
		const result = fitModel(plane, only.settings, only.shared);
		const expected = byHand(plane, hand);
		expect(result.trainAccuracy).toBeCloseTo(expected.train, 12);
		expect(result.testAccuracy).toBeCloseTo(expected.test, 12);
		const p1 = Array.from(result.grid).filter((_, i) => i % 2 === 1);
		p1.forEach((p, i) => expect(p).toBeCloseTo(expected.grid[i], 5));
	});

	it('sizes each model: parameters, stored points, nodes', () => {
		const plane = makePlane({ ...defaults, n: 100 }, {})!;
		const fit = (settings: Partial<ReturnType<typeof modelOf>>) =>
			fitModel(plane, relevant({ ...modelOf(defaults, 'a'), ...settings }, shared).settings, shared);
		expect(sizeText(fit({ kind: 'logistic', deg: 3 }))).toBe('10 parameters');
		expect(sizeText(fit({ kind: 'knn', k: 3 }))).toBe('70 stored points (k = 3)');
		const tree = fit({ kind: 'tree', depth: 2 });
		expect(tree.size.nodes).toBeLessThanOrEqual(7);
		expect(sizeText(tree)).toMatch(/^\d nodes, depth [12]$/);
	});

	it('refits nothing when another kind’s setting moves', () => {
		const a = relevant({ ...modelOf(defaults, 'a'), kind: 'tree', k: 3 }, { ...shared, lr: 0.5 });
		const b = relevant({ ...modelOf(defaults, 'a'), kind: 'tree', k: 9 }, { ...shared, lr: 0.9 });
		expect(a).toEqual(b);
	});
});

describe('the verdicts', () => {
	const result = (train: number, test: number, staged: ModelResult['staged'] = null) =>
		({ trainAccuracy: train, testAccuracy: test, staged }) as ModelResult;
	it.each([
		{ train: 0.52, test: 0.55, id: 'chance' },
		{ train: 1, test: 0.8, id: 'memorises' },
		{ train: 0.97, test: 0.8, id: 'gap' },
		{ train: 0.9, test: 0.86, id: 'fair' }
	])('training $train, test $test: $id', ({ train, test, id }) => {
		expect(verdictOf(result(train, test)).id).toBe(id);
	});

	it('finds boosting’s test peak (the first round at the best) and where it ends', () => {
		const curve = boostingCurve(
			result(1, 0.8, { train: [0.5, 0.9, 0.95, 1], test: [0.5, 0.85, 0.85, 0.8] })
		)!;
		expect(curve).toEqual({ peakTest: 0.85, peakRound: 1, finalTest: 0.8, finalTrain: 1, rounds: 3 });
	});
});
