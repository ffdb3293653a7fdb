/**
 * The shape of a multi-layer perceptron, without tfjs: which layers it has, how many
 * weights each holds, and the checks on a network the learner asks for. The page uses
 * these to draw and describe the network; `mlp.ts` builds the network from them.
 */

export type Activation = 'relu' | 'tanh' | 'sigmoid' | 'linear';
export const ACTIVATIONS: readonly Activation[] = ['relu', 'tanh', 'sigmoid', 'linear'];

export const MAX_HIDDEN_LAYERS = 6;
export const MAX_UNITS = 16;

/** A fully connected network: inputs → hidden layers (one activation for all) → output. */
export interface NetworkSpec {
	/** Number of input features (2, plus any feature crosses). */
	inputs: number;
	/** Units of each hidden layer, 0 to 6 layers of 1 to 16 units. */
	hidden: number[];
	/** Activation of every hidden layer. */
	activation: Activation;
	/** Number of classes, >= 2: two give one sigmoid output, more a softmax over that many. */
	classes: number;
}

/** One dense layer: a kernel of inputs × units weights and a bias of units. */
export interface LayerShape {
	inputs: number;
	units: number;
	/** inputs · units + units. */
	parameters: number;
}

/** Units of the output layer: 1 (the logit of class 1) for two classes, else one per class. */
export function outputUnits(classes: number): number {
	return classes === 2 ? 1 : classes;
}

/** Throws an Error naming the first setting out of range. */
export function checkSpec(spec: NetworkSpec): void {
	if (!Number.isInteger(spec.inputs) || spec.inputs < 1)
		throw new Error(`a network needs at least one input; got ${spec.inputs}`);
	if (!Array.isArray(spec.hidden) || spec.hidden.length > MAX_HIDDEN_LAYERS) {
		throw new Error(`a network has 0 to ${MAX_HIDDEN_LAYERS} hidden layers; got ${spec.hidden?.length}`);
	}
	spec.hidden.forEach((units, i) => {
		if (!Number.isInteger(units) || units < 1 || units > MAX_UNITS) {
			throw new Error(`hidden layer ${i + 1} has ${units} units; it must have 1 to ${MAX_UNITS}`);
		}
	});
	if (!ACTIVATIONS.includes(spec.activation)) throw new Error(`unknown activation "${spec.activation}"`);
	if (!Number.isInteger(spec.classes) || spec.classes < 2)
		throw new Error(`a classifier needs at least 2 classes; got ${spec.classes}`);
}

/** The dense layers in order, the output layer last. Throws for a bad spec (see {@link checkSpec}). */
export function layerShapes(spec: NetworkSpec): LayerShape[] {
	checkSpec(spec);
	const sizes = [spec.inputs, ...spec.hidden, outputUnits(spec.classes)];
	return sizes
		.slice(1)
		.map((units, i) => ({ inputs: sizes[i], units, parameters: sizes[i] * units + units }));
}

/** Weights and biases in all, as Keras's `count_params()`. */
export function parameterCount(spec: NetworkSpec): number {
	return layerShapes(spec).reduce((sum, layer) => sum + layer.parameters, 0);
}
