/**
 * The outliers story: five steps, each saying what to look at from the numbers of the state it
 * opens, so a sentence the numbers do not bear out is not said (`holds` is false, and the unit
 * tests check it is true at each step's state, over seeds where a seed draws the data).
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import type { ColumnSummary } from '$lib/ml/outliers';
import { formatCount, formatValue as v } from '$lib/format/format';
import type { Flags } from './analysis';
import type { ColumnPair } from './columns';
import type { OutliersUrlState } from './codec';
import { goesText, rightSkewed } from './text';

/** What the steps read from the widget's state. */
export interface OutliersStepView {
	input: OutliersUrlState;
	data: ColumnPair | null;
	flags: Flags | null;
	/** The index of the learner's point in `data`, or null. */
	added: number | null;
	before: ColumnSummary | null;
	after: ColumnSummary | null;
	withoutAdded: ColumnSummary | null;
	/** What log(1 + x) did to the skewness, in words. */
	logSkew: string | null;
	zLimit: number | null;
	zCapped: boolean;
}

/** The cars table's horsepower, fitted against mpg, as the page opens. */
const cars = { src: 'cars', col: 'horsepower', col2: 'mpg' } as const;

/** A car of 432 hp: six interquartile ranges above the third quartile, as "Add an outlier" puts it. */
export const powerfulCar: [number, number] = [432, 22.75];
/** Ten generated values (about 50 each) and one far point: too few for any z-score to pass 3.5. */
export const smallSample = { src: 'normal', n: 10, z: 3.5, pt: [500, 45] } as const;

const values = (n: number) => (n === 1 ? '1 value' : `${formatCount(n)} values`);

function disagreeStep({ data, flags }: OutliersStepView): StepText | null {
	if (!data || !flags) return null;
	const byIqr = flags.both.length + flags.iqrOnly.length;
	const byZ = flags.both.length + flags.zOnly.length;
	const parts = [
		flags.iqrOnly.length > 0 ? `${values(flags.iqrOnly.length)} flagged by the fences only` : '',
		flags.zOnly.length > 0 ? `${values(flags.zOnly.length)} flagged by the z rule only` : ''
	].filter(Boolean);
	return {
		holds: parts.length > 0,
		text:
			`On ${data.xName} the IQR fences (k = ${flags.iqr.k}) flag ${values(byIqr)}, the z cut-off of ${flags.z.cutoff} flags ${values(byZ)}` +
			`${parts.length > 0 ? `: the rules disagree on ${parts.join(' and ')}` : ''}.`
	};
}

function onePointStep({ before, withoutAdded }: OutliersStepView): StepText | null {
	if (!before) return null;
	if (!withoutAdded) return { holds: false, text: 'Add a point to see what one far value moves.' };
	const meanMoved = Math.abs(before.mean - withoutAdded.mean);
	const medianMoved = Math.abs(before.median - withoutAdded.median);
	return {
		holds: meanMoved > medianMoved,
		text: `With your one point ${goesText('the mean', withoutAdded.mean, before.mean)}; ${goesText('the median', withoutAdded.median, before.median)}. Drag it further out: the mean follows, the median only asks which value is in the middle.`
	};
}

function removeStep({ data, before, after, input }: OutliersStepView): StepText | null {
	if (!data || !before || !after || before.skewness === null || after.skewness === null) return null;
	const removed = before.n - after.n;
	return {
		holds: removed > 0 && after.skewness < before.skewness && after.mean < before.mean,
		text: `Removing the ${values(removed)} outside the ${input.rule === 'iqr' ? 'fences' : 'z cut-offs'} moves the mean from ${v(before.mean)} to ${v(after.mean)} and the skewness from ${v(before.skewness)} to ${v(after.skewness)}. Investigate first: a flagged value may be the case you want to find.`
	};
}

function logStep({ before, after, logSkew }: OutliersStepView): StepText | null {
	if (!before || !after || !logSkew || before.skewness === null || after.skewness === null) return null;
	return {
		holds: before.skewness >= rightSkewed && Math.abs(after.skewness) < before.skewness,
		text: `${logSkew} No row is dropped.`
	};
}

function smallSampleStep({ data, flags, added, zLimit, zCapped }: OutliersStepView): StepText | null {
	if (!data || !flags || added === null || zLimit === null) return null;
	const point = v(data.x[added]);
	return {
		holds: zCapped && flags.byIqr[added] && !flags.byZ[added],
		text:
			`With ${formatCount(data.x.length)} values no z-score can pass √(n − 1) = ${v(zLimit)}, so the cut-off of ${flags.z.cutoff} flags nothing, not even your point at ${point}` +
			`${flags.byIqr[added] ? '; the IQR fences flag it' : ''}.`
	};
}

export const outliersSteps: StoryStep<OutliersUrlState, OutliersStepView>[] = [
	{
		id: 'disagree',
		title: 'Two rules disagree',
		settings: { ...cars, pt: null, k: 1.5, z: 3, treat: 'keep' },
		say: disagreeStep
	},
	{
		id: 'one-point',
		title: 'One point drags the mean',
		settings: { ...cars, pt: powerfulCar, treat: 'keep' },
		// the learner is invited to drag the point and watch the sentence follow
		free: ['pt'],
		say: onePointStep
	},
	{
		id: 'remove',
		title: 'Remove the flagged rows',
		settings: { ...cars, pt: null, k: 1.5, rule: 'iqr', treat: 'remove' },
		say: removeStep
	},
	{
		id: 'log',
		title: 'Log-transform instead',
		settings: { ...cars, pt: null, treat: 'log' },
		say: logStep
	},
	{
		id: 'small-sample',
		title: 'Too few values for z',
		settings: { ...smallSample, pt: [...smallSample.pt] },
		say: smallSampleStep
	}
];
