/**
 * A multi-layer perceptron in tfjs, built from raw ops rather than tf.layers: the weights
 * are plain variables, so initialising them from our seeded generator, copying the best
 * epoch's weights and restoring them are each a few lines, and every tensor's life is
 * in sight. Glorot-uniform kernels and zero biases, as Keras's Dense layer.
 */
import { tf } from './tf';
import type { Rng } from '$lib/ml/random';
import { layerShapes, type Activation, type NetworkSpec } from './architecture';

/** One dense layer's variables: kernel [inputs, units] and bias [units]. */
export interface DenseLayer {
	kernel: tf.Variable;
	bias: tf.Variable;
}

/** Inverted dropout for one forward pass: the rate and where its masks come from. */
export interface DropoutPlan {
	rate: number;
	rng: Rng;
}

// tf.fused.matMul was tried and is slower here: its gradient adds reshapes and batched
// matMuls, and for networks this small tfjs's cost is per op, not per multiply.
const activate: Record<Activation, (x: tf.Tensor2D) => tf.Tensor2D> = {
	relu: (x) => tf.relu(x),
	tanh: (x) => tf.tanh(x),
	sigmoid: (x) => tf.sigmoid(x),
	linear: (x) => x
};

export class Mlp {
	readonly layers: DenseLayer[];
	readonly spec: NetworkSpec;

	/** Builds the network's variables (caller owns them: call {@link dispose}). Throws for a bad spec. */
	constructor(spec: NetworkSpec, rng: Rng) {
		this.spec = spec;
		this.layers = layerShapes(spec).map(({ inputs, units }) => {
			// Glorot uniform: U(−limit, limit) with limit = √(6 / (fan_in + fan_out)).
			const limit = Math.sqrt(6 / (inputs + units));
			const values = Float32Array.from({ length: inputs * units }, () => (2 * rng.next() - 1) * limit);
			// tidy disposes the initial tensors; the variables keep their data (variables outlive tidy)
			return tf.tidy(() => ({ kernel: tf.variable(tf.tensor2d(values, [inputs, units]), true), bias: tf.variable(tf.zeros([units]), true) }));
		});
	}

	get variables(): tf.Variable[] {
		return this.layers.flatMap((layer) => [layer.kernel, layer.bias]);
	}

	/**
	 * The output layer's logits for a batch x [rows, inputs] → [rows, output units]. With a
	 * dropout plan (training only), each hidden unit's output is zeroed with probability rate
	 * and the rest scaled by 1 / (1 − rate), so nothing changes on average. Call inside tf.tidy.
	 */
	logits(x: tf.Tensor2D, dropout?: DropoutPlan): tf.Tensor2D {
		let h = x;
		this.layers.forEach((layer, i) => {
			h = tf.add(tf.matMul(h, layer.kernel), layer.bias);
			if (i === this.layers.length - 1) return;
			h = activate[this.spec.activation](h);
			if (dropout && dropout.rate > 0) h = tf.mul(h, dropoutMask(h.shape, dropout));
		});
		return h;
	}

	/** l1 · Σ|w| + l2 · Σw² over the kernels (not the biases), as Keras's kernel_regularizer. Call inside tf.tidy. */
	penalty(l1: number, l2: number): tf.Scalar {
		let total: tf.Scalar = tf.scalar(0);
		for (const { kernel } of this.layers) {
			if (l1 > 0) total = tf.add(total, tf.mul(l1, tf.sum(tf.abs(kernel))));
			if (l2 > 0) total = tf.add(total, tf.mul(l2, tf.sum(tf.square(kernel))));
		}
		return total;
	}

	/** A copy of every weight, kernels and biases in layer order (read synchronously: the networks are tiny). */
	snapshot(): Float32Array[] {
		return this.variables.map((v) => v.dataSync() as Float32Array).map((values) => values.slice());
	}

	/** Puts back weights taken by {@link snapshot}. */
	restore(weights: readonly Float32Array[]): void {
		this.variables.forEach((v, i) => tf.tidy(() => v.assign(tf.tensor(weights[i], v.shape))));
	}

	/** The kernels as nested arrays, kernels[layer][input][unit], for drawing the network. */
	kernels(): number[][][] {
		return this.layers.map(({ kernel }) => kernel.arraySync() as number[][]);
	}

	/** √(Σ w²) over all kernels: the size that L2 shrinks. */
	kernelNorm(): number {
		return Math.sqrt(tf.tidy(() => tf.addN(this.layers.map(({ kernel }) => tf.sum(tf.square(kernel)))).dataSync()[0]));
	}

	dispose(): void {
		for (const v of this.variables) v.dispose();
	}
}

function dropoutMask(shape: number[], { rate, rng }: DropoutPlan): tf.Tensor {
	const keep = 1 / (1 - rate);
	const size = shape.reduce((a, b) => a * b, 1);
	return tf.tensor(Float32Array.from({ length: size }, () => (rng.next() < rate ? 0 : keep)), shape);
}
