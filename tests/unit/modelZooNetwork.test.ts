/**
 * The decision-boundary widget's neural network (boundaryNet.ts on the network kit): the codec's
 * new kind and units field, and the fit's contract (accuracies in [0, 1], a map of
 * probabilities, the weights counted by hand).
 */
import { describe, expect, it } from 'vitest';
import { sizeText, verdictOf } from '$lib/widgets/model-zoo/analysis';
import { MAX_HIDDEN_UNITS, modelOf, settingField, zooCodec } from '$lib/widgets/model-zoo/codec';
import { settingText } from '$lib/widgets/model-zoo/labels';
import { GRID_SIZE, relevant } from '$lib/jobs/boundaryModels';
import { fitNetwork, NN_EPOCHS } from '$lib/jobs/boundaryNet';
import { makePlane } from '$lib/widgets/model-zoo/plane';

const defaults = zooCodec.defaults();
const shared = { fdepth: 13, gdepth: 3, lr: 0.1, seed: 1 };

describe('the codec’s neural network', () => {
	it('round-trips the network kind and its hidden units; a link without them opens as before', () => {
		const state = { ...defaults, mb: 'nn' as const, bunits: 4 };
		expect(zooCodec.decode(zooCodec.encode(state)).value).toEqual(state);
		expect(settingField('b', 'nn')).toBe('bunits');
		// an old link (no units field) keeps every value it names and gets 8 units
		const old = zooCodec.decode(new URLSearchParams('data=xor&ma=knn&ak=3&mb=tree&bdepth=4'));
		expect(old.problems).toEqual([]);
		expect(old.value).toEqual({ ...defaults, data: 'xor', ma: 'knn', ak: 3, mb: 'tree', bdepth: 4 });
		expect(old.value.aunits).toBe(8);
	});

	it('refuses units outside 1 to the kit’s largest layer', () => {
		expect(MAX_HIDDEN_UNITS).toBe(16);
		for (const bad of ['0', '17', 'abc', '2.5']) {
			const { value, problems } = zooCodec.decode(new URLSearchParams(`mb=nn&bunits=${bad}`));
			expect(value.bunits).toBe(defaults.bunits);
			expect(problems).toHaveLength(1);
		}
		const top = zooCodec.decode(new URLSearchParams('ma=nn&aunits=16'));
		expect(modelOf(top.value, 'a')).toMatchObject({ kind: 'nn', units: 16 });
		expect(settingText(modelOf(top.value, 'a'))).toBe('16 hidden units');
	});
});

describe('the neural network’s fit', () => {
	const fit = async (data: 'circles' | 'moons', units: number, seed = 1) => {
		// little noise: at the default 0.3, circles overlap so that no model passes about 80% on test
		const plane = makePlane({ ...defaults, data, seed, noise: 0.1 }, {})!;
		const only = relevant({ ...modelOf(defaults, 'b'), kind: 'nn', units }, { ...shared, seed });
		return fitNetwork(plane, only.settings, only.shared);
	};

	it('answers as every kind does: accuracies in [0, 1], a map of probabilities, a verdict', async () => {
		const started = performance.now();
		const result = await fit('circles', 8);
		const ms = performance.now() - started;
		console.info(`circles, 8 units, ${NN_EPOCHS} epochs: ${ms.toFixed(0)} ms, test ${result.testAccuracy}`);
		expect(result.kind).toBe('nn');
		for (const a of [result.trainAccuracy, result.testAccuracy]) {
			expect(a).toBeGreaterThanOrEqual(0);
			expect(a).toBeLessThanOrEqual(1);
		}
		expect(result.grid).toHaveLength(2 * GRID_SIZE * GRID_SIZE);
		for (let cell = 0; cell < GRID_SIZE * GRID_SIZE; cell++)
			expect(result.grid[2 * cell] + result.grid[2 * cell + 1]).toBeCloseTo(1, 5);
		// circles need a bent boundary, which 8 tanh units draw (0.96–1 over seeds 1–6)
		expect(result.testAccuracy).toBeGreaterThan(0.9);
		expect(verdictOf(result).id).not.toBe('chance');
	});

	it('counts its weights by hand: 2 → h → 1 has 2h + h weights and biases in, h + 1 out', async () => {
		for (const h of [1, 3]) {
			const result = await fit('moons', h);
			expect(result.size.parameters).toBe(2 * h + h + h + 1);
		}
		expect(sizeText(await fit('moons', 3))).toBe('13 parameters');
	});

	it('is deterministic for a seed', async () => {
		const [a, b] = [await fit('moons', 4, 5), await fit('moons', 4, 5)];
		expect(a.testAccuracy).toBe(b.testAccuracy);
		expect(Array.from(a.grid)).toEqual(Array.from(b.grid));
	});
});
