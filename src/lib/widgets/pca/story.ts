/**
 * The PCA story: four steps (two on the labels PCA never sees, two on scaling), each worded from the numbers of the state it opens, and `holds`
 * only when those numbers show the lesson (the unit tests check it does, over seeds where a
 * seed draws the data).
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import type { PcaAnalysis } from './analysis';
import type { PcaUrlState } from './codec';
import type { PcaData } from './data';
import { componentsText, eta, pcName, share, topLoadingText } from './text';

/** What the steps read from the widget's state. */
export interface PcaStepView {
	input: PcaUrlState;
	data: PcaData | null;
	analysis: PcaAnalysis | null;
	/** The feature with the largest variance in its own units (index). */
	widestFeature: number | null;
	/** The components kept, clamped to the data's features. */
	k: number;
}

function unscaledStep({ data, analysis, widestFeature }: PcaStepView): StepText | null {
	if (!data || !analysis || widestFeature === null) return null;
	const { top, ratios } = analysis;
	return {
		holds: top.feature === widestFeature && top.share > 0.9 && ratios[0] > 0.95,
		text: `Unscaled, ${topLoadingText(analysis)} It is the feature with the widest range, and PC1 "explains" ${share(ratios[0])} of the variance: that is ${top.name}'s spread in its own units, not structure.`
	};
}

function standardisedStep({ analysis }: PcaStepView): StepText | null {
	if (!analysis) return null;
	const { top, ratios, componentsFor95, cumulative } = analysis;
	return {
		holds: top.share < 0.5 && componentsFor95 > 1,
		text: `Standardised, every feature has variance 1: PC1 explains ${share(ratios[0])}, its largest loading is ${top.name} with share only ${share(top.share)}, and ${componentsText(componentsFor95)} are needed for 95% (${share(cumulative[componentsFor95 - 1])}).`
	};
}

function labelsStep({ analysis }: PcaStepView): StepText | null {
	if (!analysis) return null;
	const { separation, ratios, bestSeparating } = analysis;
	return {
		holds: bestSeparating === 1 && ratios[0] > ratios[1] && separation[1] > separation[0],
		text: `PC1 carries ${share(ratios[0])} of the variance, but its scores separate the two classes with η² = ${eta(separation[0])}; PC2, with ${share(ratios[1])}, has η² = ${eta(separation[1])}. PCA never saw the labels: it ranks directions by spread alone.`
	};
}

function droppedStep({ analysis, k }: PcaStepView): StepText | null {
	if (!analysis) return null;
	const { separation, cumulative, bestSeparating } = analysis;
	const d = cumulative.length;
	const error = analysis.errors[k - 1];
	return {
		holds: bestSeparating >= k && cumulative[k - 1] >= 0.9,
		text: `Keeping ${componentsText(k)} of ${d} holds ${share(cumulative[k - 1])} of the variance and loses ${share(error.lostShare)}, yet ${pcName(bestSeparating)}, the component dropped, is the one that separates the classes (η² = ${eta(separation[bestSeparating])}).`
	};
}

export const pcaSteps: StoryStep<PcaUrlState, PcaStepView>[] = [
	{
		id: 'labels',
		title: 'PC1 ignores the classes',
		settings: { src: 'cloud2', scale: 'none', stretch: 4 },
		say: labelsStep
	},
	{
		id: 'dropped',
		title: 'The dropped component mattered',
		settings: { src: 'cloud3', scale: 'none', stretch: 4, k: 2 },
		say: droppedStep
	},
	{
		id: 'unscaled',
		title: 'Unscaled: grams win',
		settings: { src: 'penguins', scale: 'none' },
		say: unscaledStep
	},
	{
		id: 'standardised',
		title: 'Standardise first',
		settings: { src: 'penguins', scale: 'standard' },
		say: standardisedStep
	}
];
