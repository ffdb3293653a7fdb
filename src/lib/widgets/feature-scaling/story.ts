/**
 * The feature-scaling story: four steps on the cars data, each saying what to look at from
 * the numbers of the state it opens, so a sentence the numbers do not bear out is not said
 * (`holds` is false, and the unit tests check it is true at each step's state, over seeds).
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import { formatCount, formatShort as show } from '$lib/format/format';
import { methodInText, wholePercent, type OutlierEffect, type ScalingData } from './analysis';
import type { ScalingUrlState } from './codec';

/** What the steps read from the widget's state. */
export interface ScalingStepView {
	input: ScalingUrlState;
	data: ScalingData | null;
	/** Each feature's smallest and largest value over the original rows. */
	rawRanges: [[number, number], [number, number]] | null;
	picked: number;
	sameNeighbours: number | null;
	neighbourCount: number;
	effect: OutlierEffect | null;
}

/** The far car the outlier steps add: 770 hp is over three times the most powerful car in the table. */
export const farCar: [number, number] = [770, 2830];

/** The cars table with horsepower and weight, as the page opens. */
const cars = { src: 'cars', fx: 'horsepower', fy: 'weight' } as const;

/** "70% of its range (0.01 to 0.71)": where min-max put the original rows. */
const span = ([lo, hi]: [number, number]) => `${show(lo)} to ${show(hi)}`;

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function unitsStep({
	data,
	rawRanges,
	picked,
	sameNeighbours,
	neighbourCount,
	input
}: ScalingStepView): StepText | null {
	if (!data || !rawRanges || sameNeighbours === null) return null;
	const widths = rawRanges.map(([lo, hi]) => hi - lo);
	const [wide, narrow] = widths[1] >= widths[0] ? [1, 0] : [0, 1];
	const names = [data.xName, data.yName];
	const ratio = widths[narrow] === 0 ? null : widths[wide] / widths[narrow];
	const same = sameNeighbours === 1 ? '1 is' : `${sameNeighbours} are`;
	return {
		holds: ratio !== null && ratio >= 10 && sameNeighbours < neighbourCount,
		text:
			`${capitalised(names[wide])} spans ${span(rawRanges[wide])}, ${names[narrow]} ${span(rawRanges[narrow])}` +
			`${ratio === null ? '' : `: a range ${formatCount(Math.round(ratio))} times wider, so raw distances are mostly ${names[wide]}`}. ` +
			`Of row ${picked + 1}'s ${neighbourCount} nearest neighbours, ${same} still among its nearest after ${methodInText[input.cmp]}.`
	};
}

function squeezeStep({ data, effect }: ScalingStepView): StepText | null {
	if (!data) return null;
	if (!effect)
		return { holds: false, text: 'Add an outlier to see what it does to min-max and robust scaling.' };
	return {
		holds: effect.seen && effect.took === 'maximum' && effect.squeezed && effect.robustHeld,
		text:
			`Min-max takes its ${effect.took ?? 'range'} from the added point, so the other rows' ${data.xName} now spans ${span(effect.minmax)}: ` +
			`${wholePercent(effect.kept)} of the range. Robust scaling uses the median and quartiles and keeps ${wholePercent(effect.robustRatio)} of its spread.`
	};
}

function testRowStep({ data, effect }: ScalingStepView): StepText | null {
	if (!data || !effect) return null;
	const same = span(effect.minmax) === span(effect.minmaxWithout);
	return {
		holds: !effect.seen && same,
		text: `The added point is a test row and the scalers are fitted on the training rows, so min-max keeps the other rows' ${data.xName} at ${span(effect.minmax)}${same ? ', as without it' : ''}.`
	};
}

function leakStep({ data, effect }: ScalingStepView): StepText | null {
	if (!data || !effect) return null;
	return {
		holds: effect.seen && effect.squeezed,
		text: `Fitted on all rows, min-max learns its ${effect.took ?? 'range'} from that test row: the other rows' ${data.xName} shrinks to ${span(effect.minmax)}, ${wholePercent(effect.kept)} of the range. The test rows have leaked into the scaling.`
	};
}

export const scalingSteps: StoryStep<ScalingUrlState, ScalingStepView>[] = [
	{
		id: 'units',
		title: 'Units decide the neighbours',
		settings: { ...cars, out: [], fit: 'train', cmp: 'standard' },
		free: ['cmp'],
		say: unitsStep
	},
	{
		id: 'squeeze',
		title: 'An outlier squeezes min-max',
		settings: { ...cars, out: [farCar], place: 'train', fit: 'train' },
		// the learner may drag or type the point and watch the sentence follow
		free: ['out'],
		say: squeezeStep
	},
	{
		id: 'test-row',
		title: 'An outlier in the test rows',
		settings: { ...cars, out: [farCar], place: 'test', fit: 'train' },
		say: testRowStep
	},
	{
		id: 'leak',
		title: 'Fitting on all rows leaks it',
		settings: { ...cars, out: [farCar], place: 'test', fit: 'all' },
		say: leakStep
	}
];
