/**
 * What the final clusters say about k-means' assumptions on the data on screen: where it
 * recovers the true groups, where their shape, the features' units or a bad start defeat it,
 * and where there are no groups to find. Every claim is checked on the numbers shown: the
 * agreement is the adjusted Rand index (1: the same groups; about 0: no better than chance),
 * a bad start is one that ends worse than the best start tried, and the units warning reads
 * the columns' spreads before any scaling or projection.
 */
import type { KneeSuggestion } from '$lib/ml/kmeans';
import { counted, formatCount, formatFixed, formatShort, formatValue } from '$lib/format/format';
import type { KMeansUrlState } from './codec';
import { stretchedGap, stretchedLength, type ClusterData } from './data';
import type { SeedSummary, SweepPoint } from '$lib/jobs/kmeansSweep';

export interface FailureNote {
	kind: 'info' | 'warning' | 'success';
	title: string;
	text: string;
}

/** What the note is judged on, besides the data and the settings. */
export interface FailureEvidence {
	/** Adjusted Rand index of the final clusters against the true groups; null without them. */
	agreement: number | null;
	/** The final inertia of the run on screen; null before a run. */
	inertia: number | null;
	/** The lowest inertia other starts reached with this k, and which starts those were; null until they arrive. */
	best: { inertia: number; from: string } | null;
	/** The elbow sweep and its knee; null until they arrive. */
	sweep: SweepPoint[] | null;
	suggestion: KneeSuggestion | null;
	/** The sweep's k with the highest silhouette score (the state's `bestSilhouette`); null without one. */
	bestSilhouette: { k: number; silhouette: number } | null;
	/** The true groups' inertia, each around its own mean (the state's `groupsInertia`); null without groups. */
	groupsInertia: number | null;
}

/**
 * Whether a start ended in a worse local minimum than the best: more than 0.5% above it.
 * Smaller gaps are other partitions of nearly equal quality (common on moons and noise),
 * not the trap the seeds table is there to show.
 */
export const isWorse = (inertia: number, best: number) => inertia > best * 1.005;

/** How far a start's inertia sits above the best, as the seeds table prints it: "best", "+0.4%". */
export function aboveBest(inertia: number, best: number): string {
	return inertia === best ? 'best' : `+${formatFixed((inertia / best - 1) * 100, 1)}%`;
}

/**
 * Whether the best start ends below `inertia` as the page prints them: the two inertias (4
 * significant digits) differ, or the seeds table's "above the best" is not "+0.0%". Below that
 * precision the page cannot show a difference, so it does not claim one.
 */
export const lowerAsShown = (best: number, inertia: number): boolean =>
	best < inertia && (formatShort(best) !== formatShort(inertia) || aboveBest(inertia, best) !== '+0.0%');

/** The seeds table's best and worst inertia and the starts ending worse than the best; null without starts. */
export function seedSummary(runs: readonly { inertia: number }[]): SeedSummary | null {
	if (runs.length === 0) return null;
	const inertias = runs.map((r) => r.inertia);
	const best = inertias.reduce((a, b) => Math.min(a, b));
	return {
		best,
		worst: inertias.reduce((a, b) => Math.max(a, b)),
		worse: inertias.filter((inertia) => isWorse(inertia, best)).length
	};
}

/** "1 of 10 starts ends", "3 of 10 starts end". */
export const startsEnding = (count: number, total: number): string =>
	`${formatCount(count)} of ${counted(total, 'start')} ${count === 1 ? 'ends' : 'end'}`;

/** A column's standard deviation this many times another's makes it outweigh the other in every distance. */
export const unitsRatio = 10;

/**
 * Whether the raw columns' spreads differ so much that the widest decide every distance:
 * the largest standard deviation at least {@link unitsRatio} times the smallest (constant
 * columns, which add nothing to any distance, aside). Only unscaled tables and CSVs.
 */
export function unitsImbalance(data: Pick<ClusterData, 'columnSpreads'>, scaled: boolean): string | null {
	const spreads = (data.columnSpreads ?? []).filter((c) => c.sd > 0).sort((a, b) => b.sd - a.sd);
	if (scaled || spreads.length < 2) return null;
	const [widest, narrowest] = [spreads[0], spreads[spreads.length - 1]];
	const ratio = widest.sd / narrowest.sd;
	if (ratio < unitsRatio) return null;
	const share = widest.sd ** 2 / spreads.reduce((s, c) => s + c.sd ** 2, 0);
	const effect =
		share > 0.9
			? `${Math.min(99.9, Math.floor(share * 1000) / 10)}% of the total variance comes from “${widest.name}”, so k-means clusters on it almost alone`
			: `the widest columns decide every distance and “${narrowest.name}” barely counts`;
	return `“${widest.name}” has a standard deviation of ${formatValue(widest.sd)} and “${narrowest.name}” ${formatValue(narrowest.sd)}, in the file's own units (${Math.round(ratio)} times less): ${effect}.`;
}

/** Σ squared distance from each point to the mean of its group: the inertia of a labelling. */
export function groupInertia(X: readonly (readonly number[])[], labels: readonly number[]): number {
	const sums = new Map<number, { count: number; sum: number[] }>();
	X.forEach((row, i) => {
		const group = sums.get(labels[i]) ?? { count: 0, sum: row.map(() => 0) };
		group.count++;
		row.forEach((v, j) => (group.sum[j] += v));
		sums.set(labels[i], group);
	});
	return X.reduce((total, row, i) => {
		const { count, sum } = sums.get(labels[i])!;
		return total + row.reduce((s, v, j) => s + (v - sum[j] / count) ** 2, 0);
	}, 0);
}

/** How many points lie nearer another group's mean than their own group's (the true groups' centres). */
export function nearerAnotherGroup(X: readonly (readonly number[])[], labels: readonly number[]): number {
	const groups = [...new Set(labels)];
	const means = groups.map((g) => {
		const members = X.filter((_, i) => labels[i] === g);
		return members[0].map((_, j) => members.reduce((s, p) => s + p[j], 0) / members.length);
	});
	return X.filter((p, i) => {
		const d = means.map((m) => p.reduce((s, v, j) => s + (v - m[j]) ** 2, 0));
		return groups[d.indexOf(Math.min(...d))] !== labels[i];
	}).length;
}

/** Kaufman & Rousseeuw's reading of a mean silhouette (Finding Groups in Data, 1990, ch. 2). */
export function silhouetteReading(s: number): string {
	if (s > 0.7) return 'a strong structure';
	if (s > 0.5) return 'a reasonable structure';
	if (s > 0.25) return 'a weak structure that could be artificial';
	return 'no substantial structure';
}

function noClusters(input: KMeansUrlState, evidence: FailureEvidence): FailureNote {
	const { sweep, suggestion, bestSilhouette: top } = evidence;
	let elbow = 'The elbow plot below shows whether the inertia curve bends.';
	if (sweep) {
		elbow = suggestion
			? `Even so, the knee finder suggests k = ${suggestion.k} on the elbow plot: a smooth curve still has a point of greatest bend, so a suggested k is no proof of clusters.`
			: 'The elbow plot shows no clear bend.';
	}
	const silhouette = top
		? ` The highest silhouette score is ${formatFixed(top.silhouette, 2)} (k = ${top.k}), which Kaufman and Rousseeuw read as ${silhouetteReading(top.silhouette)}.`
		: '';
	return {
		kind: 'info',
		title: 'There are no clusters here',
		text: `The points are spread evenly, yet k-means still returns ${counted(input.k, 'cluster')}: it always does. ${elbow}${silhouette} Finding clusters does not prove they exist.`
	};
}

export function failureNote(
	input: KMeansUrlState,
	data: ClusterData,
	evidence: FailureEvidence
): FailureNote | null {
	if (input.src === 'uniform') return noClusters(input, evidence);
	const units = unitsImbalance(data, input.scale === 'on');
	const unitsTitle = 'One feature’s units dominate the distances';
	const standardise = ' Turn on “Standardise features first”.';
	const { agreement, inertia, best } = evidence;
	if (agreement === null)
		return units ? { kind: 'warning', title: unitsTitle, text: units + standardise } : null;

	const groups = data.truthNames.length;
	const ari = `Agreement of the final clusters with the ${counted(groups, 'true group')} (adjusted Rand index): ${formatFixed(agreement, 2)}`;
	if (agreement >= 0.9) {
		const misplaced = input.src === 'aniso' && data.truth ? nearerAnotherGroup(data.X, data.truth) : 0;
		const why =
			input.src === 'aniso'
				? `Stretched as they are, ${misplaced === 0 ? 'every point is still nearest its own group’s centre' : `only ${counted(misplaced, 'point')} ${misplaced === 1 ? 'lies' : 'lie'} nearer another group’s centre than their own`}; widen the spread and k-means cuts across them.`
				: 'Round, well-separated groups of similar spread are what k-means assumes.';
		return {
			kind: 'success',
			title: 'k-means finds the true groups',
			text: `${ari}, where 1 is the same grouping. ${why}`
		};
	}
	if (input.k !== groups) {
		return {
			kind: 'info',
			title: `k = ${input.k}, but the data hold ${counted(groups, 'group')}`,
			text: `${ari}. Set k = ${groups} to compare like with like, or read the elbow plot below to see whether it would have told you.`
		};
	}
	// the true groups' inertia against the run's: which partition k-means' own measure prefers
	const truth = inertia !== null ? evidence.groupsInertia : null;
	const ownMeasure =
		truth !== null && inertia !== null && truth >= inertia
			? ` The true groups' inertia is ${formatShort(truth)}, these clusters' ${formatShort(inertia)}: by the only measure k-means has, its own answer is the better one, so keeping the best of more starts would never pick the true groups.`
			: '';
	if (input.src === 'moons' || input.src === 'circles') {
		return {
			kind: 'warning',
			title: 'k-means fails on these shapes',
			text: `${ari}. Each cluster is the set of points nearest one centroid, a convex region, so k-means cuts ${input.src === 'moons' ? 'across the moons' : 'the rings in half'} instead of following them.${ownMeasure} Methods that follow density or connections (DBSCAN, spectral clustering) separate them.`
		};
	}
	if (input.src === 'aniso') {
		const misplaced = data.truth ? nearerAnotherGroup(data.X, data.truth) : 0;
		const longer =
			stretchedLength(input.spread) > stretchedGap ? ' and longer than the gap to its neighbour' : '';
		const far =
			misplaced > 0
				? `, so ${counted(misplaced, 'point')} ${misplaced === 1 ? 'lies' : 'lie'} nearer another group's centre than their own`
				: '';
		return {
			kind: 'warning',
			title: 'Stretched clusters mislead k-means',
			text: `${ari}. Each group is about 6 times longer than wide${longer}${far}.${ownMeasure} k-means assumes round clusters; a Gaussian mixture with full covariances fits stretched ones.`
		};
	}
	if (units) return { kind: 'warning', title: unitsTitle, text: `${ari}. ${units}${standardise}` };
	if (inertia !== null && best && isWorse(inertia, best.inertia)) {
		return {
			kind: 'warning',
			title: 'A bad start: stuck in a worse local minimum',
			text: `${ari}. This start ends at inertia ${formatShort(inertia)}, against ${formatShort(best.inertia)} for ${best.from}: each step only goes downhill from where the centroids began, so a poor start can stop in a worse minimum. scikit-learn runs several starts (n_init) and keeps the lowest inertia for this reason.`
		};
	}
	if (ownMeasure) {
		const overlap =
			' The groups overlap, or differ in size or spread, in ways that minimising inertia does not follow.';
		// what the starts tried say, read from their numbers as the page prints them; nothing until they arrive
		if (inertia !== null && best && lowerAsShown(best.inertia, inertia)) {
			return {
				kind: 'info',
				title: 'Partly right; another start ends a little lower',
				text: `${ari}.${ownMeasure} ${capitalised(best.from)} ends at ${formatShort(best.inertia)}, this start at ${formatShort(inertia)}: a slightly different cut of nearly equal quality.${overlap}`
			};
		}
		if (inertia !== null && best) {
			return {
				kind: 'info',
				title: 'Partly right, and no start tried ends lower',
				text: `${ari}.${ownMeasure}${overlap}`
			};
		}
		return { kind: 'info', title: 'Partly right', text: `${ari}.${ownMeasure}${overlap}` };
	}
	const closer =
		truth !== null && inertia !== null
			? ` The true groups' inertia (${formatShort(truth)}) is lower than these clusters' (${formatShort(inertia)}), so a start nearer them would end lower; compare the starts below.`
			: '';
	return { kind: 'info', title: 'Partly right', text: `${ari}.${closer}` };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
