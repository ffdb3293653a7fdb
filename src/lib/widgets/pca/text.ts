/**
 * The PCA widget's sentences, worded once from the analysis: the callouts, the story and the
 * quiz read these, so a number never reads differently in two places.
 */
import { formatPercent, formatValue } from '$lib/format/format';
import type { PcaAnalysis } from './analysis';
import type { Scaling } from './codec';

/** A share in a sentence: two decimals, so 99.97% is not rounded up to a misleading 100.0%. */
export const share = (value: number) => formatPercent(value, 2);
/** η², the separation measure, to three decimals. */
export const eta = (value: number) => value.toFixed(3);
export const pcName = (index: number) => `PC${index + 1}`;
export const componentsText = (count: number) => (count === 1 ? '1 component' : `${count} components`);

/** "PC1's largest loading is body_mass_g with share 99.97%." */
export function topLoadingText({ top }: PcaAnalysis): string {
	return `PC1's largest loading is ${top.name} with share ${share(top.share)} (its loading squared; the squares add to 1).`;
}

/** How many components reach 95%, and what they reach. */
export function ninetyFiveText({ componentsFor95, cumulative }: PcaAnalysis): string {
	return `${componentsText(componentsFor95)} reach${componentsFor95 === 1 ? 'es' : ''} 95% of the variance (${share(cumulative[componentsFor95 - 1])}).`;
}

/** Which component separates the classes best, beside PC1. */
export function separationText({ separation, bestSeparating, ratios }: PcaAnalysis): string {
	const best = bestSeparating;
	if (best === 0)
		return `PC1 (${share(ratios[0])} of the variance) also separates the classes best: η² = ${eta(separation[0])}.`;
	return `${pcName(best)} separates the classes best (η² = ${eta(separation[best])}), with only ${share(ratios[best])} of the variance; PC1 has ${share(ratios[0])} but η² = ${eta(separation[0])}.`;
}

/** What keeping k components loses. */
export function reconstructionText(analysis: PcaAnalysis, k: number, scaling: Scaling): string {
	const error = analysis.errors[k - 1];
	const d = analysis.ratios.length;
	const units = scaling === 'standard' ? 'standardised units²' : "the features' own units²";
	if (k === d)
		return `Keeping all ${d} components rebuilds every row exactly: nothing is lost (error ${formatValue(error.meanSquared)}).`;
	return `Keeping ${componentsText(k)} of ${d} loses ${share(error.lostShare)} of the variance: the rows rebuilt from ${k === 1 ? 'it' : 'them'} miss by ${formatValue(error.meanSquared)} (${units}) per value on average.`;
}
