/**
 * Trains an {@link Mlp} epoch by epoch on a fixed train / validation split, with the
 * learner's optimiser, batch size, L1 / L2, dropout and early stopping, and reports each
 * epoch's loss and accuracy on both parts. Deterministic for a seed on the cpu backend:
 * the initial weights, each epoch's shuffle and the dropout masks all come from one
 * seeded generator. Every tensor it makes is disposed: by tf.tidy within a step, and by
 * {@link Trainer.dispose} for the ones it keeps (data, weights, the optimiser's slots).
 */
import { tf } from './tf';
import { createRng, type Rng } from '$lib/ml/random';
import type { NetworkSpec } from './architecture';
import { Mlp } from './mlp';
import {
	OPTIMIZERS,
	type EpochRecord,
	type Problem,
	type TrainingStatus,
	type TrainSettings
} from './settings';

export type { EpochRecord, OptimizerName, Problem, TrainingStatus, TrainSettings } from './settings';

/**
 * When an epoch counts as diverged: its training loss is not finite, or above twice the
 * untrained network's (and above the chance level ln K), or its weights' norm grew more
 * than tenfold (from at least 1) in one epoch. A network that learns does none of these; a learning rate of 10
 * does one of them within a few epochs, with any optimiser.
 */
export const DIVERGED_LOSS_FACTOR = 2;
export const DIVERGED_GROWTH = 10;

export class Trainer {
	readonly history: EpochRecord[] = [];
	status: TrainingStatus = 'running';
	/** The epoch with the lowest validation loss so far. */
	bestEpoch = 0;
	/** True once early stopping has put back the best epoch's weights. */
	restored = false;
	readonly mlp: Mlp;

	private readonly settings: TrainSettings;
	private readonly problem: Problem;
	private readonly rng: Rng;
	private readonly optimizer: tf.Optimizer;
	private readonly data: { trainX: tf.Tensor2D; trainY: tf.Tensor2D; valX: tf.Tensor2D; valY: tf.Tensor2D };
	private bestWeights: Float32Array[];
	private grid: tf.Tensor2D | null = null;
	private gridSource: Float32Array | null = null;
	/** The kernels' norm after the last epoch, to spot weights exploding. */
	private norm: number;

	/** Builds the network and evaluates it untrained (epoch 0). Throws for bad settings or data. */
	constructor(spec: NetworkSpec, problem: Problem, settings: TrainSettings) {
		checkSettings(settings);
		checkProblem(spec, problem);
		this.settings = settings;
		this.problem = problem;
		this.rng = createRng(settings.seed);
		this.mlp = new Mlp(spec, this.rng);
		this.optimizer = makeOptimizer(settings);
		const rows = (x: Float32Array) => x.length / problem.inputs;
		this.data = {
			trainX: tf.tensor2d(problem.trainX, [rows(problem.trainX), problem.inputs]),
			trainY: targets(problem.trainY, problem.classes),
			valX: tf.tensor2d(problem.valX, [rows(problem.valX), problem.inputs]),
			valY: targets(problem.valY, problem.classes)
		};
		this.history.push(this.evaluate(0));
		this.bestWeights = this.mlp.snapshot();
		this.norm = this.mlp.kernelNorm();
	}

	get epoch(): number {
		return this.history.length - 1;
	}

	/**
	 * Trains one epoch (a seeded shuffle, then one optimiser step per batch) and evaluates it.
	 * Returns the new record, or null when training has ended (stopped or diverged), in which
	 * case nothing changes. A diverged epoch is not recorded: no NaN reaches the page.
	 */
	trainEpoch(): EpochRecord | null {
		if (this.status !== 'running') return null;
		const { inputs, trainX, trainY, classes } = this.problem;
		const n = trainY.length;
		const order = this.rng.shuffle(Array.from({ length: n }, (_, i) => i));
		const { batchSize, l1, l2, dropout } = this.settings;
		for (let start = 0; start < n; start += batchSize) {
			const batch = order.slice(start, start + batchSize);
			const x = new Float32Array(batch.length * inputs);
			batch.forEach((row, i) => x.set(trainX.subarray(row * inputs, (row + 1) * inputs), i * inputs));
			tf.tidy(() => {
				const xb = tf.tensor2d(x, [batch.length, inputs]);
				const yb = targets(
					batch.map((row) => trainY[row]),
					classes
				);
				const grads = this.mlp.gradients(xb, yb, { dropout: { rate: dropout, rng: this.rng }, l1, l2 });
				this.optimizer.applyGradients(
					this.mlp.variables.map((variable, i) => ({ name: variable.name, tensor: grads[i] }))
				);
			});
		}
		const record = this.evaluate(this.epoch + 1);
		const norm = this.mlp.kernelNorm();
		const lossLimit = DIVERGED_LOSS_FACTOR * Math.max(this.history[0].trainLoss, Math.log(classes));
		// from at least 1: a network started near 0 may grow tenfold in a healthy first epoch
		const exploded = !Number.isFinite(norm) || norm > DIVERGED_GROWTH * Math.max(1, this.norm);
		this.norm = norm;
		if (
			exploded ||
			![record.trainLoss, record.valLoss].every(Number.isFinite) ||
			record.trainLoss > lossLimit
		) {
			this.status = 'diverged';
			return null;
		}
		this.history.push(record);
		this.watchValidation(record);
		return record;
	}

	/**
	 * Class probabilities on the points of `grid` (rows flattened, as the training inputs):
	 * a Float32Array of rows × classes, each row summing to 1. The grid's tensor is kept
	 * between calls with the same array.
	 */
	probabilities(grid: Float32Array): Float32Array {
		const { inputs, classes } = this.problem;
		if (!this.grid || this.gridSource !== grid) {
			this.grid?.dispose();
			this.grid = tf.tensor2d(grid, [grid.length / inputs, inputs]);
			this.gridSource = grid;
		}
		const grid2d = this.grid;
		return tf.tidy(() => probabilitiesOf(this.mlp.logits(grid2d), classes).dataSync() as Float32Array);
	}

	dispose(): void {
		this.mlp.dispose();
		this.optimizer.dispose();
		// tfjs 4.22's MomentumOptimizer.dispose() forgets the learning-rate scalar its parent SGD keeps
		if (this.settings.optimizer === 'momentum') tf.SGDOptimizer.prototype.dispose.call(this.optimizer);
		for (const t of Object.values(this.data)) t.dispose();
		this.grid?.dispose();
		this.grid = null;
		this.gridSource = null;
	}

	/** Early stopping: remember the best epoch's weights; after `patience` epochs without a better one, stop. */
	private watchValidation(record: EpochRecord): void {
		const best = this.history[this.bestEpoch];
		if (record.valLoss < best.valLoss) {
			this.bestEpoch = record.epoch;
			if (this.settings.patience > 0) this.bestWeights = this.mlp.snapshot();
			return;
		}
		const { patience, restoreBest } = this.settings;
		if (patience > 0 && record.epoch - this.bestEpoch >= patience) {
			this.status = 'stopped';
			if (restoreBest) {
				this.mlp.restore(this.bestWeights);
				this.restored = true;
			}
		}
	}

	private evaluate(epoch: number): EpochRecord {
		const { classes } = this.problem;
		const [trainLoss, trainAccuracy] = this.scores(this.data.trainX, this.data.trainY, classes);
		const [valLoss, valAccuracy] = this.scores(this.data.valX, this.data.valY, classes);
		return { epoch, trainLoss, valLoss, trainAccuracy, valAccuracy };
	}

	/** [mean cross-entropy, accuracy] on one part, without dropout. */
	private scores(x: tf.Tensor2D, y: tf.Tensor2D, classes: number): [number, number] {
		return tf.tidy(() => {
			const logits = this.mlp.logits(x);
			const loss = crossEntropy(y, logits, classes);
			const predicted =
				classes === 2 ? tf.cast(tf.greater(logits, 0), 'float32') : tf.oneHot(tf.argMax(logits, 1), classes);
			// a row is right when its predicted one-hot (or 0/1) equals its target
			const right = classes === 2 ? tf.equal(predicted, y) : tf.equal(tf.sum(tf.mul(predicted, y), 1), 1);
			const accuracy = tf.mean(tf.cast(right, 'float32'));
			const [l, a] = [loss.dataSync()[0], accuracy.dataSync()[0]];
			return [l, a];
		});
	}
}

/** The training targets: [rows, 1] of 0/1 for two classes, else one-hot [rows, classes]. */
function targets(labels: readonly number[], classes: number): tf.Tensor2D {
	if (classes === 2) return tf.tensor2d(Float32Array.from(labels), [labels.length, 1]);
	return tf.tidy(
		() => tf.cast(tf.oneHot(tf.tensor1d(Int32Array.from(labels), 'int32'), classes), 'float32') as tf.Tensor2D
	);
}

/**
 * Mean cross-entropy in nats, from the logits z: for two classes softplus(z) − y·z (that is
 * −y·ln σ(z) − (1 − y)·ln(1 − σ(z)), stable for large |z|), else logsumexp(z) − Σ y·z.
 * Written out rather than tf.losses', which adds weighting and reduction ops to every step.
 */
function crossEntropy(y: tf.Tensor2D, logits: tf.Tensor2D, classes: number): tf.Scalar {
	if (classes === 2) return tf.mean(tf.sub(tf.softplus(logits), tf.mul(y, logits)));
	return tf.mean(tf.sub(tf.logSumExp(logits, 1), tf.sum(tf.mul(y, logits), 1)));
}

function probabilitiesOf(logits: tf.Tensor2D, classes: number): tf.Tensor2D {
	if (classes > 2) return tf.softmax(logits);
	const p = tf.sigmoid(logits);
	return tf.concat([tf.sub(1, p), p], 1);
}

function makeOptimizer({ optimizer, learningRate }: TrainSettings): tf.Optimizer {
	if (optimizer === 'sgd') return tf.train.sgd(learningRate);
	// 0.9: the usual momentum, Keras's example value
	if (optimizer === 'momentum') return tf.train.momentum(learningRate, 0.9);
	return tf.train.adam(learningRate);
}

function checkSettings(s: TrainSettings): void {
	if (!(s.learningRate > 0 && Number.isFinite(s.learningRate)))
		throw new Error(`the learning rate must be a number > 0; got ${s.learningRate}`);
	if (!Number.isInteger(s.batchSize) || s.batchSize < 1)
		throw new Error(`the batch size must be a whole number >= 1; got ${s.batchSize}`);
	if (!(s.l1 >= 0 && s.l2 >= 0)) throw new Error(`the L1 and L2 rates must be >= 0; got ${s.l1} and ${s.l2}`);
	if (!(s.dropout >= 0 && s.dropout < 1))
		throw new Error(`the dropout rate must be in [0, 1); got ${s.dropout}`);
	if (!Number.isInteger(s.patience) || s.patience < 0)
		throw new Error(`the patience must be a whole number >= 0; got ${s.patience}`);
	if (!OPTIMIZERS.includes(s.optimizer)) throw new Error(`unknown optimiser "${s.optimizer}"`);
}

function checkProblem(spec: NetworkSpec, p: Problem): void {
	if (p.inputs !== spec.inputs || p.classes !== spec.classes)
		throw new Error('the network and the data disagree on the inputs or classes');
	for (const [x, y, part] of [
		[p.trainX, p.trainY, 'training'],
		[p.valX, p.valY, 'validation']
	] as const) {
		if (y.length === 0) throw new Error(`the ${part} part is empty`);
		if (x.length !== y.length * p.inputs)
			throw new Error(`the ${part} part has ${x.length} numbers for ${y.length} rows of ${p.inputs}`);
		if (!y.every((label) => Number.isInteger(label) && label >= 0 && label < p.classes))
			throw new Error(`a ${part} label is not a class 0–${p.classes - 1}`);
	}
}
