/**
 * What the page says about the two fitted models, derived once from their results and read
 * by the panels, the story and the questions alike: each model's size in words, its verdict
 * (near chance, memorising, a gap, or a fair fit) and boosting's curve over the rounds.
 */
import { counted, formatPercent } from '$lib/format/format';
import type { ModelKind } from './codec';
import type { ModelResult } from '$lib/jobs/boundaryModels';

export const MODEL_LABELS: Record<ModelKind, string> = {
	logistic: 'Logistic regression',
	knn: 'k-nearest neighbours',
	tree: 'Decision tree',
	forest: 'Random forest',
	boosting: 'Gradient-boosted trees',
	nn: 'Neural network'
};

/** Test accuracy within this of 50% is "near chance" for two balanced classes. */
export const CHANCE_BAND = 0.1;
/** A training accuracy this far above the test accuracy (10 points) is called a gap. */
export const GAP = 0.1;

/** Accuracy as the page writes it: a percentage with one decimal. */
export const pct = (value: number) => formatPercent(value, 1);

/** The model's size in words: what it learned or keeps. */
export function sizeText(result: ModelResult): string {
	const { parameters, nodes, trees, stored, depth } = result.size;
	if (parameters !== null) return counted(parameters, 'parameter');
	if (stored !== null) return `${counted(stored, 'stored point')} (k = ${result.k})`;
	if (trees === 1 && nodes !== null) return `${counted(nodes, 'node')}, depth ${depth}`;
	if (trees !== null && nodes !== null) return `${counted(trees, 'tree')}, ${counted(nodes, 'node')}`;
	return '';
}

export type VerdictId = 'chance' | 'memorises' | 'gap' | 'fair';

export interface Verdict {
	id: VerdictId;
	/** One sentence with the numbers. */
	text: string;
}

/** Training minus test accuracy, in points of accuracy (a fraction). */
export const gapOf = (result: ModelResult) => result.trainAccuracy - result.testAccuracy;

/** What the numbers say about one model, first match wins: near chance, memorising, a gap, or a fair fit. */
export function verdictOf(result: ModelResult): Verdict {
	const train = pct(result.trainAccuracy);
	const test = pct(result.testAccuracy);
	if (Math.abs(result.testAccuracy - 0.5) <= CHANCE_BAND)
		return {
			id: 'chance',
			text: `Near chance: ${test} on test, as a coin would score on two balanced classes. This model cannot draw the boundary these data need.`
		};
	if (result.trainAccuracy === 1 && result.testAccuracy < 1)
		return {
			id: 'memorises',
			text: `Memorises: 100% on training, ${test} on test. It fits every training point, noise included.`
		};
	if (gapOf(result) > GAP)
		return {
			id: 'gap',
			text: `Overfits: ${train} on training against ${test} on test, a gap of ${pct(gapOf(result))}.`
		};
	return { id: 'fair', text: `${train} on training, ${test} on test: no large gap.` };
}

/** Boosting's accuracy over the rounds: where test accuracy peaked and where it ended. */
export interface BoostingCurve {
	peakTest: number;
	/** The first round at which test accuracy was at its peak (0 = the prior alone). */
	peakRound: number;
	finalTest: number;
	finalTrain: number;
	rounds: number;
}

export function boostingCurve(result: ModelResult): BoostingCurve | null {
	if (!result.staged) return null;
	const { train, test } = result.staged;
	let peakRound = 0;
	for (let r = 1; r < test.length; r++) if (test[r] > test[peakRound]) peakRound = r;
	return {
		peakTest: test[peakRound],
		peakRound,
		finalTest: test[test.length - 1],
		finalTrain: train[train.length - 1],
		rounds: test.length - 1
	};
}
