/**
 * The cross-validation story: five steps, each setting the folds or the data to make one lesson
 * visible and saying it with the numbers those settings produce. `holds` says whether the
 * numbers show the lesson (the unit tests check it does, over several seeds); the leak step
 * says nothing (null) until its cross-validation of the wide table is in.
 */
import type { StoryStep } from '$lib/kit/story';
import type { LeakPair } from '$lib/ml/selectionLeak';
import type { Fold } from '$lib/ml/split';
import { WIDE_TABLE } from '$lib/ml/selectionLeak';
import { counted, formatCount } from '$lib/format/format';
import { asScore } from '$lib/format/scoreText';
import type { CvUrlState } from './codec';
import type { foldSizeRule, meanSdParts, timeSeriesRule } from './folds';

/** The parts of the page a step reads (the widget's state provides them). */
export interface CvStepView {
	input: CvUrlState;
	folds: Fold[];
	scores: (number | null)[];
	positives: number;
	/** Each fold's missing class where it has no score (null where it has one). */
	missing: ('positive' | 'negative' | null)[];
	stratifiedWouldScoreAll: boolean;
	sizeRule: ReturnType<typeof foldSizeRule>;
	timeRule: ReturnType<typeof timeSeriesRule>;
	meanSd: ReturnType<typeof meanSdParts>;
	leak: LeakPair | null;
	slowPending: boolean;
}

/** Every row is in exactly one test fold. */
function testedOnce(folds: Fold[], n: number): boolean {
	const times = new Array<number>(n).fill(0);
	for (const fold of folds) for (const i of fold.test) times[i]++;
	return times.every((t) => t === 1);
}

export const cvSteps: StoryStep<CvUrlState, CvStepView>[] = [
	{
		id: 'fold-sizes',
		title: '5 folds, 5 fits',
		settings: { method: 'kfold', n: 103, folds: 5, fsel: 'off' },
		say({ input, folds, sizeRule: rule }) {
			if (folds.length === 0) return null;
			const sizes = folds.map((f) => f.test.length);
			const expected = [
				...new Array<number>(rule.largeFolds).fill(rule.large),
				...new Array<number>(rule.smallFolds).fill(rule.small)
			];
			return {
				holds: sizes.join() === expected.join() && testedOnce(folds, input.n),
				text:
					`${formatCount(input.n)} = ${rule.small} × ${input.folds} + ${rule.largeFolds}, so ${counted(rule.largeFolds, 'test fold')} of ${rule.large} rows and ${rule.smallFolds} of ${rule.small}. ` +
					`Each row is tested once, by the one of the ${input.folds} fits that did not train on it.`
			};
		}
	},
	{
		id: 'fold-spread',
		title: 'Noisy fold scores',
		settings: { method: 'stratified', folds: 10 },
		say({ folds, scores, meanSd }) {
			if (folds.length === 0 || !meanSd) return null;
			const lo = Math.min(...meanSd.values);
			const hi = Math.max(...meanSd.values);
			return {
				holds: meanSd.count === scores.length && hi - lo >= 0.1,
				text:
					`The ${scores.length} fold AUCs run from ${asScore(lo)} to ${asScore(hi)}: one train/test split would have reported just one of them. ` +
					`Cross-validation reports their mean, ${asScore(meanSd.mean)} ± ${asScore(meanSd.sd)}.`
			};
		}
	},
	{
		id: 'rare-class',
		title: 'A rare class',
		settings: { method: 'kfold', n: 100, pos: 10, folds: 10 },
		say({ folds, missing, positives, stratifiedWouldScoreAll, input }) {
			if (folds.length === 0) return null;
			const noPositive = missing.filter((m) => m === 'positive').length;
			return {
				holds: noPositive > 0 && stratifiedWouldScoreAll,
				text:
					`Plain k-fold leaves ${noPositive} of ${folds.length} test folds without a positive, so they have no AUC and drop out of the mean. ` +
					`With ${counted(positives, 'positive')} for ${input.folds} folds, stratified k-fold would put both classes in every fold.`
			};
		}
	},
	{
		id: 'time-series',
		title: 'Time order',
		settings: { method: 'timeseries', time: 'on' },
		say({ folds, timeRule, input }) {
			if (folds.length === 0) return null;
			const pastOnly = folds.every((f) => Math.max(...f.train) < Math.min(...f.test));
			return {
				holds: pastOnly,
				text:
					`Each of the ${input.folds} splits tests a block of ${counted(timeRule.testSize, 'row')} and trains only on the rows before it; ` +
					`the first ${formatCount(timeRule.firstBlock)} are never tested. Shuffled k-fold would train on rows from after the ones it tests, which a forecast never has.`
			};
		}
	},
	{
		id: 'leak',
		title: 'Selection before the folds',
		settings: { fsel: 'on' },
		say({ leak, slowPending }) {
			if (slowPending || !leak || leak.clean === null || leak.leaky === null) return null;
			return {
				holds: leak.leaky - leak.clean >= 0.15,
				text:
					`On ${formatCount(WIDE_TABLE.features)} features of pure noise, the ${WIDE_TABLE.kept} chosen inside each fold cross-validate to AUC ${asScore(leak.clean)}; ` +
					`chosen once on all rows first, ${asScore(leak.leaky)}: the test folds' labels helped choose them.`
			};
		}
	}
];
