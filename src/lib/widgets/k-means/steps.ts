/**
 * The k-means story: five steps, each setting the data and the start and saying, from the run
 * on screen, what to look at: Lloyd's two steps on round blobs, a bad start, moons it cannot
 * follow, and a table whose units decide the distances until it is standardised. Each sentence
 * reads only the state's derived values, and `holds` says whether they show the lesson (the
 * unit tests check they do, over seeds). No step sets the frame on screen, so the learner can
 * step through the run and stay on the step.
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import type { KMeansResult } from '$lib/ml/kmeans';
import { counted, formatFixed, formatShort, formatValue } from '$lib/format/format';
import type { KMeansUrlState } from './codec';
import type { ClusterData } from './data';
import { unitsRatio } from './failures';
import type { Rescaled } from './whatIf';

/** What a step reads from the page (the widget's state provides it). */
export interface KMeansStepView {
	input: KMeansUrlState;
	points: ClusterData | null;
	run: KMeansResult | null;
	/** Inertia after each frame (null at the start). */
	trail: (number | null)[];
	agreement: number | null;
	/** The inertia of the true groups, each around its own mean; null without them. */
	groupsInertia: number | null;
	/** Each raw feature's standard deviation before any scaling. */
	spreads: { name: string; sd: number }[];
	/** The same run on the data scaled the other way. */
	otherScaling: Rescaled | null;
}

const ari = (value: number) => formatFixed(value, 2);
/** Every step starts from k-means++ on unscaled features, with no clicked centroid. */
const start: Partial<KMeansUrlState> = { init: 'k-means++', placed: [], scale: 'off' };

function lloyd({ run, trail, agreement, points }: KMeansStepView): StepText | null {
	if (!run || agreement === null || !points) return null;
	const inertias = trail.filter((v): v is number => v !== null);
	const falls = inertias.every((v, i) => i === 0 || v <= inertias[i - 1]);
	return {
		holds: falls && agreement >= 0.9,
		text:
			`Press Step: assign colours each point by its nearest centroid, update moves each centroid to its points' mean. ` +
			`The inertia falls from ${formatShort(inertias[0])} after the first assign to ${formatShort(run.inertia)}, and the clusters match the ${counted(points.truthNames.length, 'blob')} (agreement ${ari(agreement)}).`
	};
}

function badStart({ run, agreement, groupsInertia }: KMeansStepView): StepText | null {
	if (!run || agreement === null || groupsInertia === null) return null;
	const worse = run.inertia > groupsInertia * 1.005;
	return {
		holds: worse && agreement < 0.9,
		text:
			`From these random rows each step only goes downhill, and the run stops at inertia ${formatShort(run.inertia)}, ` +
			`against ${formatShort(groupsInertia)} for the blobs themselves: a worse local minimum. scikit-learn's n_init keeps the best of several starts.`
	};
}

function moons({ run, agreement, groupsInertia }: KMeansStepView): StepText | null {
	if (!run || agreement === null || groupsInertia === null) return null;
	return {
		holds: agreement < 0.5 && groupsInertia > run.inertia,
		text:
			`Each cluster is the region nearest one centroid, so k-means cuts across the moons (agreement ${ari(agreement)}). ` +
			`The moons' own inertia, ${formatShort(groupsInertia)}, is higher than these clusters' ${formatShort(run.inertia)}: by its only measure, k-means' answer is the better one.`
	};
}

/** The widest and narrowest raw features, and how many times wider the first is. */
function widest(spreads: KMeansStepView['spreads']) {
	const sorted = spreads.filter((c) => c.sd > 0).sort((a, b) => b.sd - a.sd);
	if (sorted.length < 2) return null;
	const [wide, narrow] = [sorted[0], sorted[sorted.length - 1]];
	return { wide, narrow, ratio: wide.sd / narrow.sd };
}

function units({ agreement, spreads }: KMeansStepView): StepText | null {
	const sides = widest(spreads);
	if (agreement === null || !sides) return null;
	const { wide, narrow, ratio } = sides;
	return {
		holds: ratio >= unitsRatio && agreement < 0.5,
		text:
			`Unscaled, ${wide.name} has a standard deviation of ${formatValue(wide.sd)} against ${formatValue(narrow.sd)} for ${narrow.name}: it decides every distance, ` +
			`and the clusters match the species poorly (agreement ${ari(agreement)}).`
	};
}

function scaled({ agreement, otherScaling }: KMeansStepView): StepText | null {
	if (agreement === null || !otherScaling) return null;
	return {
		holds: agreement > otherScaling.agreement,
		text: `Standardised, every feature has standard deviation 1 and counts alike: agreement with the species rises from ${ari(otherScaling.agreement)} unscaled to ${ari(agreement)}.`
	};
}

export const kMeansSteps: StoryStep<KMeansUrlState, KMeansStepView>[] = [
	{
		id: 'lloyd',
		title: 'Assign, update, repeat',
		settings: { src: 'blobs', k: 4, ...start },
		say: lloyd
	},
	{
		id: 'bad-start',
		title: 'A bad start',
		settings: { src: 'blobs', k: 4, dseed: 1, ...start, init: 'random', seed: 1 },
		say: badStart
	},
	{
		id: 'moons',
		title: 'Shapes it cannot follow',
		settings: { src: 'moons', k: 2, ...start },
		say: moons
	},
	{
		id: 'units',
		title: 'Grams outweigh millimetres',
		settings: { src: 'penguins', k: 3, ...start },
		say: units
	},
	{
		id: 'scaled',
		title: 'Standardise first',
		settings: { src: 'penguins', k: 3, ...start, scale: 'on' },
		say: scaled
	}
];
