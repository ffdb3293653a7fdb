/**
 * What the final clusters say about k-means' assumptions on the data on screen: where it
 * recovers the true groups, where their shape or the features' units defeat it, and where
 * there are no groups to find. The agreement is the adjusted Rand index (1: the same
 * groups; about 0: no better than chance).
 */
import type { KMeansUrlState } from './codec';
import type { ClusterData } from './data';

export interface FailureNote {
	kind: 'info' | 'warning' | 'success';
	title: string;
	text: string;
}

export function failureNote(input: KMeansUrlState, data: ClusterData, agreement: number | null): FailureNote | null {
	if (input.src === 'uniform') {
		return {
			kind: 'info',
			title: 'There are no clusters here',
			text: `The points are spread evenly, yet k-means still returns ${input.k} clusters: it always does. The elbow plot shows no clear bend and the silhouettes stay low. Finding clusters does not prove they exist.`
		};
	}
	if (agreement === null) return null;
	const groups = data.truthNames.length;
	const ari = `Agreement of the final clusters with the ${groups} true groups (adjusted Rand index): ${agreement.toFixed(2)}`;
	if (agreement >= 0.9) {
		return { kind: 'success', title: 'k-means finds the true groups', text: `${ari}, where 1 is the same grouping. Round, well-separated groups of similar spread are what k-means assumes.` };
	}
	if (input.k !== groups) {
		return { kind: 'info', title: `k = ${input.k}, but the data hold ${groups} groups`, text: `${ari}. Set k = ${groups} to compare like with like, or read the elbow plot below to see whether it would have told you.` };
	}
	if (input.src === 'moons' || input.src === 'circles') {
		return {
			kind: 'warning',
			title: 'k-means fails on these shapes',
			text: `${ari}. Each cluster is the set of points nearest one centroid, a convex region, so k-means cuts ${input.src === 'moons' ? 'across the moons' : 'the rings in half'} instead of following them. Methods that follow density or connections (DBSCAN, spectral clustering) separate them.`
		};
	}
	if (input.src === 'aniso') {
		return {
			kind: 'warning',
			title: 'Stretched clusters mislead k-means',
			text: `${ari}. k-means assumes round clusters of similar spread; a long cluster's far ends are nearer another centroid than their own. A Gaussian mixture with full covariances fits these.`
		};
	}
	if (data.varianceShown && input.scale === 'off' && data.varianceShown[0] > 0.9) {
		return {
			kind: 'warning',
			title: 'One feature dominates the distances',
			text: `${ari}. The first principal component carries ${Math.round(data.varianceShown[0] * 100)}% of the variance because one feature is measured in much larger units; k-means then clusters on that feature alone. Turn on "Standardise features first".`
		};
	}
	return { kind: 'info', title: 'Partly right', text: `${ari}. Overlapping groups cannot be separated by any clustering; k-means also prefers groups of similar spread and size.` };
}
