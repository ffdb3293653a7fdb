/** "Check yourself" questions built from the data, scalers and point on screen. */
import { createRng } from '$lib/ml/random';
import type { MinMaxParams, RobustParams, StandardParams } from '$lib/ml/scaling';
import type { Question } from '$lib/ui/quiz';
import type { ScalingData, Version } from './analysis';

export interface ScalingQuizView {
	data: ScalingData;
	versions: Version[];
	split: { train: number[]; test: number[] };
	picked: number;
	fit: 'train' | 'all';
}

/** Up to four significant digits, as the widget writes data values. */
export const show = (v: number) => String(Number(v.toPrecision(4)));
const three = (v: number) => v.toFixed(3);

type Generator = (v: ScalingQuizView) => Question | null;

function params<T>(versions: Version[], id: string): T | null {
	return (versions.find((v) => v.id === id)?.scaler?.params as T | undefined) ?? null;
}

const generators: Generator[] = [
	({ data, versions }) => {
		const p = params<MinMaxParams>(versions, 'minmax');
		if (!p || p.constant[0]) return null;
		// the learner's newest point if there is one: the outlier question the lesson is about
		const i = data.X.length > data.addedFrom ? data.X.length - 1 : 0;
		const x = data.X[i][0];
		const answer = (x - p.min[0]) / (p.max[0] - p.min[0]);
		const which = i >= data.addedFrom ? 'the point you added' : 'the first row';
		return {
			id: 'minmax-value',
			form: 'compute',
			kind: 'number',
			prompt: `After min-max scaling, what value does ${which} (${data.xName} = ${show(x)}) get?`,
			answer,
			tolerance: 0.005,
			explanation: `(x − min) / (max − min) = (${show(x)} − ${show(p.min[0])}) / (${show(p.max[0])} − ${show(p.min[0])}) = ${three(answer)}.`
		};
	},
	({ data, versions, picked }) => {
		const p = params<StandardParams>(versions, 'standard');
		if (!p || p.constant[0]) return null;
		const x = data.X[picked][0];
		const answer = (x - p.mean[0]) / p.scale[0];
		return {
			id: 'standard-value',
			form: 'compute',
			kind: 'number',
			prompt: `Standardise the picked point's ${data.xName} (${show(x)}) with μ = ${show(p.mean[0])} and σ = ${show(p.scale[0])}. What is its z-score?`,
			answer,
			tolerance: 0.01,
			explanation: `z = (x − μ) / σ = (${show(x)} − ${show(p.mean[0])}) / ${show(p.scale[0])} = ${three(answer)}.`
		};
	},
	({ data, versions, picked }) => {
		const p = params<RobustParams>(versions, 'robust');
		if (!p || p.constant[1]) return null;
		const x = data.X[picked][1];
		const answer = (x - p.center[1]) / p.scale[1];
		return {
			id: 'robust-value',
			form: 'compute',
			kind: 'number',
			prompt: `The robust scaler learned median ${show(p.center[1])} and IQR ${show(p.scale[1])} for ${data.yName}. What does the picked point's ${show(x)} become?`,
			answer,
			tolerance: 0.01,
			explanation: `(x − median) / IQR = (${show(x)} − ${show(p.center[1])}) / ${show(p.scale[1])} = ${three(answer)}.`
		};
	},
	({ data, versions, split, fit }) => {
		const standard = versions.find((v) => v.id === 'standard');
		if (!standard || fit !== 'train' || split.test.length === 0) return null;
		const testMean = split.test.reduce((sum, i) => sum + standard.X[i][0], 0) / split.test.length;
		const options = ['Yes: standardised data must have mean 0', 'No: only the training rows were used to fit it'];
		return {
			id: 'test-mean',
			form: 'compute',
			kind: 'choice',
			prompt: `The standard scaler was fitted on the training rows. After scaling, the test rows' mean ${data.xName} is ${three(testMean)}, not 0. Is that a bug?`,
			options,
			answer: options[1],
			explanation: 'The training rows have mean 0 after scaling; the test rows are new data, scaled with the training μ and σ, so their mean is near 0 but not exactly. Refitting on the test rows would leak them into the model.'
		};
	},
	() => {
		const options = ['Yes, the splits move', 'No, it makes the same splits'];
		return {
			id: 'tree',
			form: 'compute',
			kind: 'choice',
			prompt: 'Does standardising the features change what a decision tree predicts?',
			options,
			answer: options[1],
			explanation: 'A tree splits one feature at a time at a threshold. Scaling a feature by a positive factor and shifting it keeps the order of its values, so the same rows fall on each side of the (moved) threshold. Distance-based models (k-NN, k-means) and gradient-trained ones (linear models, neural nets) do change.'
		};
	},
	({ data }) => {
		const row = data.X[0];
		if (row[0] === 0 && row[1] === 0) return null;
		return {
			id: 'normalizer',
			form: 'compute',
			kind: 'number',
			prompt: `The normalizer (L2) rescales each row on its own. What is the length √(x₁² + x₂²) of the first row (${show(row[0])}, ${show(row[1])}) afterwards?`,
			answer: 1,
			explanation: `Each row is divided by its own length, √(${show(row[0])}² + ${show(row[1])}²) = ${show(Math.hypot(row[0], row[1]))}, so every non-zero row ends with length 1. It works per row, not per feature: it is for comparing directions (e.g. text vectors), not for putting features on one scale.`
		};
	}
];

export function scalingQuestions(view: ScalingQuizView, seed: number, count = 4): Question[] {
	const available = generators.map((make) => make(view)).filter((q): q is Question => q !== null);
	return createRng(seed).shuffle(available).slice(0, count);
}
