/**
 * "Check yourself" for feature scaling: predict-then-see questions (quizPredict.ts), exam
 * scenarios (quizScenario.ts) and a few computations with the fitted numbers, dealt by seed.
 * Each computation asks about a row other than the picked one, whose working the page prints.
 */
import type { MinMaxParams, RobustParams, StandardParams } from '$lib/ml/scaling';
import { dealQuestions, type Question } from '$lib/quiz/quiz';
import { questionsFrom } from '$lib/quiz/generators';
import { formatShort as show } from '$lib/format/format';
import type { Version } from './analysis';
import { predictGenerators } from './quizPredict';
import { scenarioGenerators } from './quizScenario';
import type { ScalingQuizView, Generator } from './quizView';

// Defined a level down so the generator modules need not import this module back.
export type { ScalingQuizView, Generator } from './quizView';

function params<T>(versions: Version[], id: string): T | null {
	return (versions.find((v) => v.id === id)?.scaler?.params as T | undefined) ?? null;
}

/** An original row that is not the picked one (the page works the picked one through the formula). */
const otherRow = ({ data, picked }: ScalingQuizView) => (picked === 0 ? Math.min(1, data.addedFrom - 1) : 0);

/**
 * A row other than the picked one and its value of `feature`, with the parameters scaler `id`
 * learned on the training rows; null when that feature came out constant or no such row exists.
 */
function otherRowScaled<T extends { constant: boolean[] }>(
	view: ScalingQuizView,
	id: string,
	feature: number
) {
	const p = params<T>(view.trainFit, id);
	const i = otherRow(view);
	if (!p || p.constant[feature] || i === view.picked) return null;
	return { p, i, x: view.data.X[i][feature] };
}

/**
 * A computation: another row's value of `feature` through scaler `id`'s fitted (x − shift) / spread,
 * asked and explained in the scaler's own terms.
 */
function scaledValue<T extends { constant: boolean[] }>(
	id: string,
	feature: number,
	tolerance: number,
	fitted: (p: T) => { shift: number; spread: number },
	text: (
		p: T,
		row: { i: number; x: number; answer: number },
		view: ScalingQuizView
	) => { prompt: string; explanation: string }
): Generator {
	return (view) => {
		const row = otherRowScaled<T>(view, id, feature);
		if (!row) return null;
		const { shift, spread } = fitted(row.p);
		const answer = (row.x - shift) / spread;
		return {
			id: `${id}-value`,
			form: 'compute',
			kind: 'number',
			answer,
			tolerance,
			...text(row.p, { i: row.i, x: row.x, answer }, view)
		};
	};
}

const computeGenerators: Generator[] = [
	scaledValue<MinMaxParams>(
		'minmax',
		0,
		0.005,
		(p) => ({ shift: p.min[0], spread: p.max[0] - p.min[0] }),
		(p, { i, x, answer }, view) => ({
			prompt: `Min-max scaling fitted on the training rows learned min ${show(p.min[0])} and max ${show(p.max[0])} for ${view.data.xName}. What does row ${i + 1}'s ${show(x)} become?`,
			explanation: `(x − min) / (max − min) = (${show(x)} − ${show(p.min[0])}) / (${show(p.max[0])} − ${show(p.min[0])}) = ${show(answer)}.`
		})
	),
	scaledValue<StandardParams>(
		'standard',
		0,
		0.01,
		(p) => ({ shift: p.mean[0], spread: p.scale[0] }),
		(p, { i, x, answer }, view) => ({
			prompt: `Standardise row ${i + 1}'s ${view.data.xName} (${show(x)}) with μ = ${show(p.mean[0])} and σ = ${show(p.scale[0])}. What is its z-score?`,
			explanation: `z = (x − μ) / σ = (${show(x)} − ${show(p.mean[0])}) / ${show(p.scale[0])} = ${show(answer)}.`
		})
	),
	scaledValue<RobustParams>(
		'robust',
		1,
		0.01,
		(p) => ({ shift: p.center[1], spread: p.scale[1] }),
		(p, { i, x, answer }, view) => ({
			prompt: `The robust scaler learned median ${show(p.center[1])} and IQR ${show(p.scale[1])} for ${view.data.yName}. What does row ${i + 1}'s ${show(x)} become?`,
			explanation: `(x − median) / IQR = (${show(x)} − ${show(p.center[1])}) / ${show(p.scale[1])} = ${show(answer)}.`
		})
	),
	(view) => {
		const i = otherRow(view);
		const row = view.data.X[i];
		if (row[0] === 0 && row[1] === 0) return null;
		return {
			id: 'normalizer',
			form: 'compute',
			kind: 'number',
			prompt: `The normalizer (L2) rescales each row on its own. What is the length √(x₁² + x₂²) of row ${i + 1}, (${show(row[0])}, ${show(row[1])}), afterwards?`,
			answer: 1,
			explanation: `Each row is divided by its own length, √(${show(row[0])}² + ${show(row[1])}²) = ${show(Math.hypot(row[0], row[1]))}, so every non-zero row ends with length 1. It works per row, not per feature: it is for comparing directions (e.g. text vectors), not for putting features on one scale.`
		};
	}
];

/** Every question the numbers on screen allow, before dealing. */
export function allScalingQuestions(view: ScalingQuizView): Question[] {
	return questionsFrom([...predictGenerators, ...scenarioGenerators, ...computeGenerators], view);
}

/** `count` questions dealt by `seed`, at least half of them predict or scenario questions. */
export function scalingQuestions(view: ScalingQuizView, seed: number, count = 4): Question[] {
	return dealQuestions(allScalingQuestions(view), seed, count);
}
