/**
 * PCA's predict-then-see questions: each asks what a change on the page will do, answers it by
 * running the analysis on the changed state, and "Show me" opens that state.
 */
import { showMe } from '$lib/quiz/quiz';
import { analyse } from './analysis';
import { otherScaling, pcaCodec, type PcaUrlState } from './codec';
import { generatedCloud, isGenerated } from './data';
import { componentsText, eta, pcName, share } from './text';
import type { Generator } from './quizView';

const scalingWords = (scale: 'none' | 'standard') =>
	scale === 'standard' ? 'standardise every feature first' : 'turn scaling off (centre only)';

/** "Show me" for the scaling questions: this page with the scaling switched, at the variance chart. */
function seeOtherScaling(input: PcaUrlState) {
	const scale = otherScaling(input.scale);
	return showMe(
		scale === 'standard' ? 'standardised' : 'unscaled',
		pcaCodec,
		input,
		{ scale },
		'variance-chart'
	);
}

export const predictGenerators: Generator[] = [
	({ input, data, summaries }) => {
		const now = summaries[input.scale];
		const after = summaries[otherScaling(input.scale)];
		// a near tie (a standardised 2-D cloud's PC1 is always about (1, 1)/√2) has no answer to foresee
		const shares = after.fit.components[0].map((x) => x * x).sort((p, q) => q - p);
		if (shares[0] - shares[1] < 0.05) return null;
		return {
			id: 'scaling-owner',
			form: 'predict',
			kind: 'choice',
			prompt: `PC1's largest loading is now ${now.top.name}. If you ${scalingWords(otherScaling(input.scale))}, which feature will have PC1's largest loading?`,
			options: [...data.featureNames],
			answer: after.top.name,
			explanation: `${after.top.name}, with share ${share(after.top.share)}. ${input.scale === 'none' ? 'Standardised, each feature has variance 1, so no unit can dominate: PC1 follows the features that vary together.' : 'Unscaled, the feature with the largest variance in its own units takes PC1, whatever it means.'}`,
			see: seeOtherScaling(input)
		};
	},
	({ input, summaries }) => {
		const after = summaries[otherScaling(input.scale)];
		return {
			id: 'scaling-95',
			form: 'predict',
			kind: 'number',
			prompt: `Now ${componentsText(summaries[input.scale].componentsFor95)} reach 95% of the variance. If you ${scalingWords(otherScaling(input.scale))}, how many components will be needed for at least 95%?`,
			answer: after.componentsFor95,
			tolerance: 0,
			explanation: `${componentsText(after.componentsFor95)}: the running total reaches ${share(after.cumulative[after.componentsFor95 - 1])} there. ${input.scale === 'none' ? 'Unscaled, one wide feature made one component look like enough; standardised, the variance spreads over more components.' : 'Unscaled, the widest feature alone "explains" nearly everything.'}`,
			see: seeOtherScaling(input)
		};
	},
	({ input, data }) => {
		if (!isGenerated(input.src) || input.stretch === 1) return null;
		const after = analyse(generatedCloud(input.src, { ...input, stretch: 1 }), input.scale);
		const options = data.featureNames.map((_, j) => pcName(j));
		return {
			id: 'stretch-one',
			form: 'predict',
			kind: 'choice',
			prompt: `Set the stretch to 1, so the long axis is no longer long (spread 1, while the classes' axis has about 1.12). Which component will separate the two classes best?`,
			options,
			answer: pcName(after.bestSeparating),
			explanation: `${pcName(after.bestSeparating)} (η² = ${eta(after.separation[after.bestSeparating])}). ${after.bestSeparating === 0 ? "The classes' axis is now the widest, so the direction of most variance happens to separate them: PCA found it by spread, not by the labels." : "The classes' axis is still not the widest (the 3-D cloud's middle axis has spread 1.5): PCA ranks directions by spread, never by the labels."}`,
			see: showMe('stretch 1', pcaCodec, input, { stretch: 1 }, 'projection-plot')
		};
	},
	({ input, summaries }) => {
		if (!isGenerated(input.src) || input.scale !== 'none') return null;
		const angle = (input.angle + 90) % 180;
		const now = summaries.none.ratios[0];
		const options = ['It rises', 'It falls', 'It stays the same'];
		return {
			id: 'rotate',
			form: 'predict',
			kind: 'choice',
			prompt: `PC1 explains ${share(now)} of the variance, unscaled. Turn the cloud to ${angle}°: what happens to PC1's share?`,
			options,
			answer: options[2],
			explanation: `It stays at ${share(now)} (the same points, turned): a rotation moves the principal axes with the data but leaves their variances alone. Standardising would not: it stretches x and y by different amounts.`,
			see: showMe(`angle ${angle}°`, pcaCodec, input, { angle }, 'variance-chart')
		};
	}
];
