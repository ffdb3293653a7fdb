import { beforeAll, describe, expect, it } from 'vitest';
import { makeCircles, makeMoons, makeSpiral } from '$lib/ml/datasets';
import { layerShapes, parameterCount, type NetworkSpec } from '$lib/nn/architecture';
import { featureMatrix, inputNames } from '$lib/nn/features';
import { kernelSums, penalisedLoss } from '$lib/nn/penalty';
import { Mlp } from '$lib/nn/mlp';
import { createRng } from '$lib/ml/random';
import { prepareProblem } from '$lib/nn/problem';
import { tf, useCpuBackend } from '$lib/nn/tf';
// after tfjs itself (its dist files must find the engine already set up): the training code
// needs no autodiff, and this test checks its gradients against tfjs's own
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { Trainer, type Problem, type TrainSettings } from '$lib/nn/trainer';

/**
 * Each training test takes 0.01–0.2 s on an idle machine; beside two CPU-bound processes on
 * 2 cores tfjs's cpu backend runs 5–10× slower, and the first test also pays for tfjs's kernels
 * warming up. 30 s is that worst case with room to spare, not the 15 s default of every unit test.
 */
const TRAINING_BUDGET = 30_000;
// loading tfjs and its cpu backend takes seconds on a busy machine too
beforeAll(useCpuBackend, TRAINING_BUDGET);

const settings = (over: Partial<TrainSettings> = {}): TrainSettings => ({
	optimizer: 'adam',
	learningRate: 0.03,
	batchSize: 10,
	l1: 0,
	l2: 0,
	dropout: 0,
	patience: 0,
	restoreBest: true,
	seed: 7,
	...over
});

const spec = (
	problem: Problem,
	hidden: number[],
	activation: NetworkSpec['activation'] = 'tanh'
): NetworkSpec => ({
	inputs: problem.inputs,
	hidden,
	activation,
	classes: problem.classes
});

/** Few noisy moons, half of them validation: a big network overfits them. */
const noisyMoons = prepareProblem(makeMoons({ n: 60, noise: 0.35, seed: 3 }), {
	trainFraction: 0.5,
	seed: 4,
	crosses: []
}).problem;

function trainFor(trainer: Trainer, epochs: number) {
	for (let e = 0; e < epochs; e++) if (!trainer.trainEpoch()) break;
	return trainer;
}

describe('network shape', () => {
	// Each dense layer holds inputs × units weights plus units biases.
	const cases: { name: string; spec: NetworkSpec; shapes: [number, number][]; parameters: number }[] = [
		{
			// the TensorFlow Playground's default: 2·4+4 = 12, 4·2+2 = 10, 2·1+1 = 3 → 25
			name: '2 → 4 → 2 → 1 (binary)',
			spec: { inputs: 2, hidden: [4, 2], activation: 'tanh', classes: 2 },
			shapes: [
				[2, 4],
				[4, 2],
				[2, 1]
			],
			parameters: 25
		},
		{
			// no hidden layer, 7 inputs, softmax over 3: 7·3+3 = 24
			name: 'logistic regression on 7 inputs, 3 classes',
			spec: { inputs: 7, hidden: [], activation: 'relu', classes: 3 },
			shapes: [[7, 3]],
			parameters: 24
		},
		{
			// 2·8+8 = 24, five times 8·8+8 = 72 → 360, 8·1+1 = 9 → 393
			name: 'six hidden layers of 8',
			spec: { inputs: 2, hidden: [8, 8, 8, 8, 8, 8], activation: 'relu', classes: 2 },
			shapes: [
				[2, 8],
				[8, 8],
				[8, 8],
				[8, 8],
				[8, 8],
				[8, 8],
				[8, 1]
			],
			parameters: 393
		},
		{
			// 4·16+16 = 80, 16·1+1 = 17, 1·4+4 = 8 → 105
			name: '4 → 16 → 1 → 4 classes',
			spec: { inputs: 4, hidden: [16, 1], activation: 'sigmoid', classes: 4 },
			shapes: [
				[4, 16],
				[16, 1],
				[1, 4]
			],
			parameters: 105
		}
	];
	for (const c of cases) {
		it(c.name, () => {
			expect(layerShapes(c.spec).map((l) => [l.inputs, l.units])).toEqual(c.shapes);
			expect(parameterCount(c.spec)).toBe(c.parameters);
		});
	}

	it('builds variables of those shapes', () => {
		const problem = prepareProblem(makeSpiral({ n: 60, arms: 3, seed: 1 }), {
			trainFraction: 0.5,
			seed: 2,
			crosses: ['x2', 'sinx']
		}).problem;
		const trainer = new Trainer(spec(problem, [5, 3]), problem, settings());
		// 4 inputs (x₁, x₂, x₁², sin x₁) → 5 → 3 → 3 classes
		expect(trainer.mlp.layers.map((l) => [l.kernel.shape, l.bias.shape])).toEqual([
			[[4, 5], [5]],
			[[5, 3], [3]],
			[[3, 3], [3]]
		]);
		trainer.dispose();
	});

	it('refuses networks out of range', () => {
		expect(() =>
			parameterCount({ inputs: 2, hidden: [1, 1, 1, 1, 1, 1, 1], activation: 'relu', classes: 2 })
		).toThrow(/0 to 6 hidden layers/);
		expect(() => parameterCount({ inputs: 2, hidden: [17], activation: 'relu', classes: 2 })).toThrow(
			/hidden layer 1 has 17 units/
		);
		expect(() => parameterCount({ inputs: 2, hidden: [4, 0], activation: 'relu', classes: 2 })).toThrow(
			/hidden layer 2 has 0 units/
		);
	});
});

describe('backpropagation', () => {
	// The hand-written gradients against tfjs's own autodiff of tfjs's own losses
	// (tf.losses.sigmoidCrossEntropy / softmaxCrossEntropy) plus the penalties.
	const cases = [
		{ name: 'tanh, binary', hidden: [5, 3], activation: 'tanh', classes: 2, l1: 0, l2: 0, rate: 0 },
		{ name: 'relu, 3 classes, L2', hidden: [6], activation: 'relu', classes: 3, l1: 0, l2: 0.01, rate: 0 },
		{
			name: 'sigmoid, binary, L1 and dropout',
			hidden: [4, 4],
			activation: 'sigmoid',
			classes: 2,
			l1: 0.003,
			l2: 0,
			rate: 0.3
		},
		{
			name: 'linear, 4 classes, both penalties and dropout',
			hidden: [3, 5, 2],
			activation: 'linear',
			classes: 4,
			l1: 0.01,
			l2: 0.02,
			rate: 0.5
		},
		{ name: 'no hidden layer', hidden: [], activation: 'relu', classes: 2, l1: 0, l2: 0.1, rate: 0 }
	] as const;
	for (const c of cases) {
		it(c.name, () => {
			const mlp = new Mlp(
				{ inputs: 3, hidden: [...c.hidden], activation: c.activation, classes: c.classes },
				createRng(11)
			);
			const rng = createRng(12);
			const x = tf.tensor2d(
				Array.from({ length: 8 * 3 }, () => rng.normal()),
				[8, 3]
			);
			const labels = Array.from({ length: 8 }, (_, i) => i % c.classes);
			const y =
				c.classes === 2
					? tf.tensor2d(labels, [8, 1])
					: tf.cast(tf.oneHot(tf.tensor1d(labels, 'int32'), c.classes), 'float32');
			const manual = tf.tidy(() =>
				mlp
					.gradients(x as tf.Tensor2D, y as tf.Tensor2D, {
						dropout: { rate: c.rate, rng: createRng(13) },
						l1: c.l1,
						l2: c.l2
					})
					.map((g) => g.arraySync())
			);
			const auto = tf.variableGrads(() => {
				const logits = mlp.logits(x as tf.Tensor2D, { rate: c.rate, rng: createRng(13) });
				const loss =
					c.classes === 2
						? tf.losses.sigmoidCrossEntropy(y, logits)
						: tf.losses.softmaxCrossEntropy(y, logits);
				const kernels = mlp.layers.map((l) => l.kernel);
				const l1 = tf.mul(c.l1, tf.addN(kernels.map((k) => tf.sum(tf.abs(k)))));
				const l2 = tf.mul(c.l2, tf.addN(kernels.map((k) => tf.sum(tf.square(k)))));
				return tf.addN([loss, l1, l2]) as tf.Scalar;
			}, mlp.variables);
			mlp.variables.forEach((v, i) => {
				const expected = (auto.grads[v.name].arraySync() as number[] | number[][]).flat();
				const got = (manual[i] as number[] | number[][]).flat();
				expect(got.length).toBe(expected.length);
				got.forEach((g, j) => expect(g, `${v.name}[${j}]`).toBeCloseTo(expected[j], 5));
			});
			tf.dispose([x, y, auto.value, ...Object.values(auto.grads)]);
			mlp.dispose();
		});
	}
});

describe('the penalty terms the page shows', () => {
	// kernels [[1, −2], [0.5, 0]] and [[3]]: Σw² = 1 + 4 + 0.25 + 0 + 9 = 14.25, Σ|w| = 1 + 2 + 0.5 + 0 + 3 = 6.5
	const kernels = [
		[
			[1, -2],
			[0.5, 0]
		],
		[[3]]
	];

	it('sums squares and absolute values over every kernel', () => {
		expect(kernelSums(kernels)).toEqual({ squares: 14.25, absolutes: 6.5 });
		expect(kernelSums([])).toEqual({ squares: 0, absolutes: 0 });
	});

	it('adds only the penalties that are on: 0.4 + 0.01 · 14.25 + 0.001 · 6.5 = 0.549', () => {
		const sums = kernelSums(kernels);
		expect(penalisedLoss(0.4, { l1: 0, l2: 0 }, sums)).toEqual({ terms: [], total: 0.4 });
		const both = penalisedLoss(0.4, { l1: 0.001, l2: 0.01 }, sums);
		expect(both.terms.map((t) => [t.name, t.rate, t.value])).toEqual([
			['L2', 0.01, 14.25],
			['L1', 0.001, 6.5]
		]);
		expect(both.total).toBeCloseTo(0.549, 12);
	});

	it('matches the trainer: the L2 term is l2 · Σw² over the kernels of the network it trains', () => {
		const trainer = new Trainer(spec(noisyMoons, [4]), noisyMoons, settings({ l2: 0.01 }));
		const norm = trainer.mlp.kernelNorm();
		expect(kernelSums(trainer.mlp.kernels()).squares).toBeCloseTo(norm * norm, 5);
		trainer.dispose();
	});
});

describe('features', () => {
	it('adds the chosen crosses in a fixed order', () => {
		// (1, 2): x² = 1, y² = 4, xy = 2, sin 1 = 0.841471, sin 2 = 0.909297
		const rows = featureMatrix([[1, 2]], ['siny', 'x2', 'xy', 'y2', 'sinx']);
		expect(Array.from(rows)).toEqual([1, 2, 1, 4, 2, Math.fround(Math.sin(1)), Math.fround(Math.sin(2))]);
		expect(inputNames(['xy'])).toEqual(['x₁', 'x₂', 'x₁·x₂']);
	});

	it('scales with the training part only and keeps the split stratified', () => {
		const data = makeCircles({ n: 100, noise: 0.1, seed: 1 });
		const prepared = prepareProblem(data, { trainFraction: 0.7, seed: 2, crosses: [] });
		expect(prepared.train.length).toBe(70);
		expect(prepared.val.length).toBe(30);
		// standardised training columns: mean 0 (float32 rounding aside)
		const x1 = Array.from(prepared.problem.trainX).filter((_, i) => i % 2 === 0);
		expect(Math.abs(x1.reduce((a, b) => a + b, 0) / x1.length)).toBeLessThan(1e-6);
		expect(prepared.problem.valY.filter((y) => y === 1).length).toBe(15);
		expect(prepared.stratified).toBe(true);
	});

	it('splits plainly when the parts are too small to stratify', () => {
		// 4 spiral arms of 5 points; 10% for training is 2 points, fewer than the 4 classes
		const prepared = prepareProblem(makeSpiral({ n: 20, arms: 4, seed: 1 }), {
			trainFraction: 0.1,
			seed: 2,
			crosses: []
		});
		expect(prepared.stratified).toBe(false);
		expect([prepared.train.length, prepared.val.length]).toEqual([2, 18]);
	});
});

describe('training', () => {
	it(
		'is deterministic for a seed',
		() => {
			const a = trainFor(new Trainer(spec(noisyMoons, [6]), noisyMoons, settings({ dropout: 0.2 })), 5);
			const b = trainFor(new Trainer(spec(noisyMoons, [6]), noisyMoons, settings({ dropout: 0.2 })), 5);
			const c = trainFor(
				new Trainer(spec(noisyMoons, [6]), noisyMoons, settings({ dropout: 0.2, seed: 8 })),
				5
			);
			expect(a.history).toEqual(b.history);
			expect(c.history[5].trainLoss).not.toBe(a.history[5].trainLoss);
			[a, b, c].forEach((t) => t.dispose());
		},
		TRAINING_BUDGET
	);

	it(
		'learns: the loss falls below the chance level ln 2',
		() => {
			const trainer = trainFor(new Trainer(spec(noisyMoons, [8]), noisyMoons, settings()), 40);
			// untrained, the loss is near ln 2 ≈ 0.693 (a coin toss); trained, well under it
			expect(trainer.history[0].trainLoss).toBeGreaterThan(0.5);
			expect(trainer.history[40].trainLoss).toBeLessThan(0.45);
			expect(trainer.history[40].trainAccuracy).toBeGreaterThan(0.8);
			trainer.dispose();
		},
		TRAINING_BUDGET
	);

	it(
		'ends with smaller weights under L2 than the same seeded run without',
		() => {
			const plain = trainFor(new Trainer(spec(noisyMoons, [8, 8]), noisyMoons, settings()), 60);
			const ridge = trainFor(new Trainer(spec(noisyMoons, [8, 8]), noisyMoons, settings({ l2: 0.01 })), 60);
			// the same seed gives the same starting weights
			expect(plain.history[0]).toEqual(ridge.history[0]);
			expect(ridge.mlp.kernelNorm()).toBeLessThan(0.8 * plain.mlp.kernelNorm());
			plain.dispose();
			ridge.dispose();
		},
		TRAINING_BUDGET
	);

	it(
		'L1 drives more kernel weights to near zero than L2 at the same rate',
		() => {
			const near0 = (t: Trainer) =>
				t.mlp
					.kernels()
					.flat(2)
					.filter((w) => Math.abs(w) < 0.02).length;
			const lasso = trainFor(new Trainer(spec(noisyMoons, [8]), noisyMoons, settings({ l1: 0.01 })), 80);
			const ridge = trainFor(new Trainer(spec(noisyMoons, [8]), noisyMoons, settings({ l2: 0.01 })), 80);
			expect(near0(lasso)).toBeGreaterThan(near0(ridge));
			lasso.dispose();
			ridge.dispose();
		},
		TRAINING_BUDGET
	);

	it(
		'early stopping stops `patience` epochs after the best and restores its weights',
		() => {
			const trainer = trainFor(
				new Trainer(spec(noisyMoons, [16, 16]), noisyMoons, settings({ patience: 10 })),
				400
			);
			expect(trainer.status).toBe('stopped');
			expect(trainer.restored).toBe(true);
			const last = trainer.history.at(-1)!;
			const best = trainer.history[trainer.bestEpoch];
			expect(last.epoch - trainer.bestEpoch).toBe(10);
			expect(Math.min(...trainer.history.map((r) => r.valLoss))).toBe(best.valLoss);
			// The validation loss of the weights now in the network, computed here from its
			// probabilities (mean −ln p(true class)), is the best epoch's, not the last one's.
			const p = trainer.probabilities(noisyMoons.valX);
			const loss =
				noisyMoons.valY.reduce((sum, y, i) => sum - Math.log(p[i * 2 + y]), 0) / noisyMoons.valY.length;
			expect(loss).toBeCloseTo(best.valLoss, 4);
			expect(Math.abs(loss - last.valLoss)).toBeGreaterThan(1e-3);
			expect(trainer.trainEpoch()).toBeNull();
			trainer.dispose();
		},
		TRAINING_BUDGET
	);

	it(
		'reports a learning rate of 10 as diverged, with no NaN recorded',
		() => {
			for (const optimizer of ['sgd', 'momentum', 'adam'] as const) {
				const trainer = trainFor(
					new Trainer(spec(noisyMoons, [4, 2]), noisyMoons, settings({ optimizer, learningRate: 10 })),
					30
				);
				expect(trainer.status, optimizer).toBe('diverged');
				expect(trainer.history.flatMap((r) => Object.values(r)).every(Number.isFinite)).toBe(true);
				expect(trainer.trainEpoch()).toBeNull();
				trainer.dispose();
			}
		},
		TRAINING_BUDGET
	);

	it(
		'does not call a healthy run diverged, even one whose small weights grow fast',
		() => {
			// logistic regression (no hidden layer) starts with 2 small weights; Adam at 0.1 grows them quickly
			for (const [hidden, learningRate] of [
				[[], 0.1],
				[[16, 16, 16], 0.03],
				[[4, 2], 1]
			] as [number[], number][]) {
				const trainer = trainFor(
					new Trainer(spec(noisyMoons, hidden, 'relu'), noisyMoons, settings({ learningRate })),
					40
				);
				expect(trainer.status, `${hidden} at ${learningRate}`).toBe('running');
				expect(trainer.epoch).toBe(40);
				trainer.dispose();
			}
		},
		TRAINING_BUDGET
	);

	it(
		'gives class probabilities that sum to 1 for softmax',
		() => {
			const problem = prepareProblem(makeSpiral({ n: 90, arms: 3, seed: 1 }), {
				trainFraction: 0.5,
				seed: 2,
				crosses: []
			}).problem;
			const trainer = trainFor(new Trainer(spec(problem, [8]), problem, settings()), 3);
			const p = trainer.probabilities(problem.valX);
			expect(p.length).toBe(problem.valY.length * 3);
			for (let i = 0; i < problem.valY.length; i++)
				expect(p[i * 3] + p[i * 3 + 1] + p[i * 3 + 2]).toBeCloseTo(1, 5);
			trainer.dispose();
		},
		TRAINING_BUDGET
	);

	it(
		'leaves no tensor behind: train, reset, train again',
		() => {
			const baseline = tf.memory().numTensors;
			const problem = prepareProblem(makeSpiral({ n: 60, arms: 3, seed: 1 }), {
				trainFraction: 0.5,
				seed: 2,
				crosses: ['xy']
			}).problem;
			const grid = problem.valX;
			const everything = settings({ l1: 0.001, l2: 0.001, dropout: 0.3, patience: 2 });
			for (const optimizer of ['adam', 'momentum', 'sgd'] as const) {
				const trainer = trainFor(
					new Trainer(spec(problem, [6, 4], 'relu'), problem, { ...everything, optimizer }),
					8
				);
				trainer.probabilities(grid);
				trainer.mlp.kernels();
				trainer.dispose();
			}
			const diverged = trainFor(
				new Trainer(spec(noisyMoons, [4]), noisyMoons, settings({ learningRate: 10 })),
				5
			);
			diverged.dispose();
			expect(tf.memory().numTensors).toBe(baseline);
		},
		TRAINING_BUDGET
	);
});
