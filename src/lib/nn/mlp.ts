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

/** Each activation's derivative written in terms of its output a (what backprop has at hand); null: 1. */
const derivative: Record<Activation, ((a: tf.Tensor) => tf.Tensor) | null> = {
	relu: (a) => tf.step(a),
	tanh: (a) => tf.sub(1, tf.square(a)),
	sigmoid: (a) => tf.mul(a, tf.sub(1, a)),
	linear: null
};

/** What one training step's gradient includes besides the data loss. */
export interface GradientOptions {
	dropout?: DropoutPlan;
	l1?: number;
	l2?: number;
}

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
			return tf.tidy(() => ({
				kernel: tf.variable(tf.tensor2d(values, [inputs, units]), true),
				bias: tf.variable(tf.zeros([units]), true)
			}));
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

	/**
	 * The gradient of the mean cross-entropy (plus l1 · Σ|w| + l2 · Σw² over the kernels) for a
	 * batch x with targets y, by backpropagation written out: one entry per variable, in the
	 * order of {@link variables}. The same numbers as tfjs's autodiff of the loss (a test checks
	 * it), in about half the ops: autodiff records and clones every op for its tape, and for
	 * networks this small tfjs's cost is per op, not per multiply. Call inside tf.tidy.
	 */
	gradients(x: tf.Tensor2D, y: tf.Tensor2D, { dropout, l1 = 0, l2 = 0 }: GradientOptions = {}): tf.Tensor[] {
		const last = this.layers.length - 1;
		const layerInputs: tf.Tensor2D[] = [];
		const outputs: tf.Tensor2D[] = [];
		const masks: (tf.Tensor | null)[] = [];
		let h = x;
		this.layers.forEach((layer, i) => {
			layerInputs.push(h);
			h = tf.add(tf.matMul(h, layer.kernel), layer.bias);
			if (i === last) return;
			const a = activate[this.spec.activation](h);
			const mask = dropout && dropout.rate > 0 ? dropoutMask(a.shape, dropout) : null;
			outputs.push(a);
			masks.push(mask);
			h = mask ? tf.mul(a, mask) : a;
		});
		// d(mean cross-entropy)/d(logits) = (p − y) / n, for σ with one output as for softmax
		const p = this.spec.classes === 2 ? tf.sigmoid(h) : tf.softmax(h);
		let delta: tf.Tensor2D = tf.div(tf.sub(p, y), x.shape[0]);
		const grads: tf.Tensor[] = new Array(2 * this.layers.length);
		for (let i = last; i >= 0; i--) {
			const { kernel } = this.layers[i];
			let kernelGrad: tf.Tensor = tf.matMul(layerInputs[i], delta, true, false);
			if (l2 > 0) kernelGrad = tf.add(kernelGrad, tf.mul(2 * l2, kernel));
			if (l1 > 0) kernelGrad = tf.add(kernelGrad, tf.mul(l1, tf.sign(kernel)));
			grads[2 * i] = kernelGrad;
			grads[2 * i + 1] = tf.sum(delta, 0);
			if (i === 0) break;
			let back: tf.Tensor2D = tf.matMul(delta, kernel, false, true);
			const mask = masks[i - 1];
			if (mask) back = tf.mul(back, mask);
			const slope = derivative[this.spec.activation];
			delta = slope ? tf.mul(back, slope(outputs[i - 1])) : back;
		}
		return grads;
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
		return Math.sqrt(
			tf.tidy(() => tf.addN(this.layers.map(({ kernel }) => tf.sum(tf.square(kernel)))).dataSync()[0])
		);
	}

	dispose(): void {
		for (const v of this.variables) v.dispose();
	}
}

function dropoutMask(shape: number[], { rate, rng }: DropoutPlan): tf.Tensor {
	const keep = 1 / (1 - rate);
	const size = shape.reduce((a, b) => a * b, 1);
	return tf.tensor(
		Float32Array.from({ length: size }, () => (rng.next() < rate ? 0 : keep)),
		shape
	);
}
