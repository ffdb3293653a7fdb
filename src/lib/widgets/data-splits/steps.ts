/**
 * The data-splits story: four steps, each setting the split or the data to make one lesson
 * visible, and saying it with the numbers those settings produce. `holds` says whether the
 * numbers show the lesson (the unit tests check it does, over several seeds); a step whose
 * numbers come from the 50-seed run says nothing (null) until that run is in.
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import { counted, formatCount } from '$lib/format/format';
import { asScore } from '$lib/format/scoreText';
import { testPositivesOverSeeds, type partCounts, type SplitSettings } from './analysis';
import type { SplitsUrlState } from './codec';
import type { SplitData } from '$lib/ml/splitDatasets';
import type { TrainValTest } from '$lib/ml/split';
import type { SeedSummary } from './seedRuns';
import type { LeakPair } from '$lib/ml/selectionLeak';

/** The parts of the page a step reads (the widget's state provides them). */
export interface SplitsStepView {
	input: SplitsUrlState;
	data: SplitData & { copies: number };
	settings: SplitSettings;
	parts: TrainValTest | null;
	counts: ReturnType<typeof partCounts>;
	positives: number;
	/** Positives × test size ÷ n: what the test part holds if it keeps the class share. */
	stratifiedTestShare: number | null;
	duplicates: LeakPair | null;
	summary: SeedSummary | null;
	slowPending: boolean;
}

/** The rare class: 5% of 200 rows, so the 20-row test part should hold 1 positive. */
const rareClass = { n: 200, pos: 5, shuffle: 'on' } as const;

function sayRare(view: SplitsStepView, stratified: boolean): StepText | null {
	const test = view.counts.find((c) => c.part === 'test');
	if (!test || view.stratifiedTestShare === null) return null;
	const holds = `the ${formatCount(test.size)} test rows hold ${formatCount(test.positives)} of the ${formatCount(view.positives)} positives`;
	const range = testPositivesOverSeeds(view.data, view.settings);
	const share = view.stratifiedTestShare.toFixed(1);
	const seeds =
		range.min === range.max
			? `${formatCount(range.min)} on every split seed from 1 to 50`
			: `from ${formatCount(range.min)} to ${formatCount(range.max)} over split seeds 1–50`;
	return stratified
		? {
				holds: range.min === range.max && Math.abs(range.min - view.stratifiedTestShare) < 1,
				text: `Stratified, ${holds}: ${seeds}, within one of ${formatCount(view.positives)} × ${formatCount(test.size)} ÷ ${formatCount(view.data.y.length)} = ${share}.`
			}
		: {
				holds: range.min < range.max,
				text: `Unstratified, ${holds} on this split, and ${seeds}, where the class share gives ${share}. Change the split seed and watch the Test bar.`
			};
}

export const splitsSteps: StoryStep<SplitsUrlState, SplitsStepView>[] = [
	{
		id: 'rare-class',
		title: 'A rare class drifts',
		settings: { ...rareClass, strat: 'off' },
		say: (view) => (view.parts ? sayRare(view, false) : null)
	},
	{
		id: 'stratified',
		title: 'Stratify to keep it',
		settings: { ...rareClass, strat: 'on' },
		say: (view) => (view.parts ? sayRare(view, true) : null)
	},
	{
		id: 'time-order',
		title: 'Time order',
		// enough rows and positives that the last tenth holds both classes, so the in-order split has an AUC
		settings: { time: 'on', shuffle: 'off', n: 500, pos: 30 },
		say({ summary, slowPending, parts }) {
			const time = summary?.time;
			if (slowPending || !time || !parts || time.inOrder === null) return null;
			const trainedBefore = Math.max(...parts.train) < Math.min(...parts.test);
			return {
				holds: trainedBefore,
				text:
					`Split in time order, the ${formatCount(parts.test.length)} test rows come after all ${formatCount(parts.train.length)} training rows, as in a forecast: test AUC ${asScore(time.inOrder)}. ` +
					`Shuffled splits draw test rows from the whole series, among training rows of the same time: ${asScore(time.shuffledMean)} on average over split seeds 1–50.`
			};
		}
	},
	{
		id: 'duplicates',
		title: 'Duplicated rows leak',
		settings: { dup: 'on', k: 1, shuffle: 'on' },
		say({ duplicates, summary, slowPending, data }) {
			const means = summary?.duplicates;
			if (slowPending || !duplicates || !means) return null;
			return {
				holds: means.leaky > means.clean,
				text:
					`${counted(data.copies, 'copied row')} and k = 1: a copy in the test part is answered by its twin in training. ` +
					`Test AUC ${asScore(duplicates.leaky)} with the copies, ${asScore(duplicates.clean)} without; over split seeds 1–50, ${asScore(means.leaky)} against ${asScore(means.clean)}.`
			};
		}
	}
];
