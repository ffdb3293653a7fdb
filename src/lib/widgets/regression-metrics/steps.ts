/**
 * The regression-metrics story: four steps, each setting the model, the bias, the big error or
 * the points, and saying from the numbers on screen what to look at. `holds` says whether the
 * numbers show the lesson (the unit tests check it, recomputing every number quoted).
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import { formatPercent } from '$lib/format/format';
import type { BigErrorEffect, Evaluation } from './analysis';
import { defaultLine, defaultPoints, type RegressionUrlState } from './codec';
import { bigErrorSentence, errorSentence, mapeSentence, num, r2Sentence } from './explain';
import type { Point } from './line';

/** What a step reads from the page (the widget's state provides it). */
export interface RegressionStepView {
	input: RegressionUrlState;
	evaluation: Evaluation;
	bigEffect: BigErrorEffect;
}

/** Errors this alike in size keep RMSE within a quarter of MAE. */
export const ALIKE_RATIO = 1.25;
/** The big error "moves RMSE much more than MAE": its growth factor at least this many times MAE's. */
export const MUCH_MORE = 1.5;
/** The big error of the story's second step and the bias of its third. */
export const STORY_BIG = 10;
export const STORY_BIAS = 3;
/** The fourth step's points: P1's actual dragged down to 0.1. */
export const nearZeroPoints: Point[] = defaultPoints.map(([x, y], i) => [x, i === 0 ? 0.1 : y]);

/** The default points, no bias, no big error: the other steps change one thing each. */
const base: Partial<RegressionUrlState> = { pts: defaultPoints, bias: 0, big: 0 };
/** The fixed model of steps 2 and 3: the least-squares line of the default points. */
const fixedModel: Partial<RegressionUrlState> = {
	fit: 'fixed',
	slope: defaultLine.slope,
	icpt: defaultLine.intercept
};

function segmentsAndSquares({ evaluation }: RegressionStepView): StepText {
	const { mae, rmse, r2 } = evaluation.metrics;
	const alike = mae > 0 && rmse / mae < ALIKE_RATIO;
	return {
		holds: alike && r2 !== null && r2 > 0.7,
		text:
			`The line is refitted to the ${evaluation.rows.length} points. Each segment is one point's error; each square has that error as its side. ` +
			errorSentence(evaluation) +
			(alike ? ' Here the errors are alike in size, so the two nearly agree.' : '')
	};
}

function oneBigError({ evaluation, bigEffect }: RegressionStepView): StepText {
	const { maeGrowth, rmseGrowth } = bigEffect;
	const much = maeGrowth !== null && rmseGrowth !== null && rmseGrowth >= maeGrowth * MUCH_MORE;
	return {
		holds: bigEffect.big > 0 && bigEffect.rmseGrewMore && much,
		text:
			`The model is kept fixed, so only P${bigEffect.point}'s error changed. ${bigErrorSentence(bigEffect) ?? ''} ` +
			`That one point holds ${formatPercent(evaluation.largestShare)} of the squared errors. Slide the big error and watch its square grow with the square of its side.`
	};
}

function worseThanMean({ evaluation, input }: RegressionStepView): StepText {
	return {
		holds: evaluation.worseThanMean,
		text: `The same fixed model, but every prediction is ${num(input.bias)} too high. ${r2Sentence(evaluation)}`
	};
}

function mapeNearZero({ evaluation }: RegressionStepView): StepText {
	const p1 = evaluation.rows[0];
	const { mape, mae } = evaluation.metrics;
	return {
		holds: mape !== null && mape > 1 && p1.percent !== null && p1.percent > 5,
		text:
			`P1's actual is now ${num(p1.actual)}. MAE is ${num(mae)}, in the units of y; ${mapeSentence(evaluation)} ` +
			'Drag P1 to exactly 0 and MAPE is undefined.'
	};
}

export const regressionSteps: StoryStep<RegressionUrlState, RegressionStepView>[] = [
	{
		id: 'segments-squares',
		title: 'Segments and squares',
		settings: { ...base, fit: 'refit' },
		free: ['draw'],
		say: segmentsAndSquares
	},
	{
		id: 'one-big-error',
		title: 'One big error',
		settings: { ...base, ...fixedModel, big: STORY_BIG },
		free: ['draw'],
		say: oneBigError
	},
	{
		id: 'worse-than-mean',
		title: 'R² below zero',
		settings: { ...base, ...fixedModel, bias: STORY_BIAS },
		free: ['draw'],
		say: worseThanMean
	},
	{
		id: 'mape-near-zero',
		title: 'MAPE near zero',
		settings: { ...base, fit: 'refit', pts: nearZeroPoints },
		free: ['draw'],
		say: mapeNearZero
	}
];
