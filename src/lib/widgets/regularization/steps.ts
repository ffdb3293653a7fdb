/**
 * The L1 vs L2 story: four steps on the synthetic table, each setting the penalty (and λ or the
 * scaling) and saying, from the fits on screen, what to look at. `holds` says whether the
 * numbers show the lesson (the unit tests check they do, over seeds); the U step says nothing
 * (null) until the path over λ is in. The seed is never set by a step, so every seed stays on it.
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import type { LambdaFit } from './analysis';
import type { RegularizationUrlState } from './codec';
import type { Problem } from './data';
import { lambdaText, l1Size, listNames, show, zeroedNames } from './explain';

/** What a step reads from the page (the widget's state provides it). */
export interface RegularizationStepView {
	problem: Problem | null;
	chosen: LambdaFit | null;
	ols: LambdaFit | null;
	l2AtLambda: LambdaFit | null;
	otherScaling: LambdaFit | null;
	path: LambdaFit[] | null;
	best: LambdaFit | null;
}

/** The columns the units step compares: the same true effect per σ, in thousands and in hundredths. */
export const THOUSANDS = 3;
export const HUNDREDTHS = 4;
/** How much lower than at the smallest λ the U's bottom must be to count as a U, not noise. */
export const U_DEPTH = 0.01;

/** Every step: the synthetic table, scaled, at its default size. */
const base: Partial<RegularizationUrlState> = { data: 'synthetic', scale: 'on', n: 40, noise: 2 };
/** The λ of the two penalty steps (λ ≈ 0.316). */
const STORY_LOG_LAMBDA = -0.5;

function l2Shrinks({ problem, chosen, ols }: RegularizationStepView): StepText | null {
	if (!problem || !chosen || !ols) return null;
	const [size, full] = [l1Size(chosen.coef), l1Size(ols.coef)];
	const copy = chosen.coef[1];
	return {
		holds: chosen.zeros === 0 && size < full,
		text:
			`L2 at λ = ${lambdaText(chosen.logLambda)}: the weights add up to ${show(size)} (sum of |w| per σ) against ${show(full)} for least squares, so every one has shrunk, ` +
			`yet ${chosen.zeros} of ${chosen.coef.length} is exactly 0. Even x1 copy, which is useless, keeps ${show(copy)}: L2 spreads the weight over correlated features.`
	};
}

function l1Zeroes({ problem, chosen, l2AtLambda }: RegularizationStepView): StepText | null {
	if (!problem || !chosen || !l2AtLambda) return null;
	const names = zeroedNames(chosen, problem.features);
	const useless = problem.features.filter((f, j) => f.truth === 0 && chosen.coef[j] === 0).length;
	return {
		holds: chosen.zeros > 0 && l2AtLambda.zeros === 0 && useless > 0,
		text:
			`L1 at the same λ = ${lambdaText(chosen.logLambda)}: ${chosen.zeros} of ${chosen.coef.length} weights ${chosen.zeros === 1 ? 'is' : 'are'} exactly 0${names.length ? ` (${listNames(names)})` : ''}, ` +
			`${useless} of them with a true weight of 0; L2 at this λ sets ${l2AtLambda.zeros === 0 ? 'none' : l2AtLambda.zeros} to 0. L1 selects features; L2 only shrinks them.`
	};
}

function validationU({ problem, path, best }: RegularizationStepView): StepText | null {
	if (!problem || !path || !best) return null;
	const [first, last] = [path[0], path[path.length - 1]];
	return {
		holds: best.valRmse < first.valRmse * (1 - U_DEPTH) && best.valRmse < last.valRmse,
		text:
			`With ${problem.train.y.length} noisy training rows, validation RMSE is ${show(first.valRmse)} at the smallest λ (${lambdaText(first.logLambda)}), falls to ${show(best.valRmse)} at λ = ${lambdaText(best.logLambda)}, ` +
			`and climbs to ${show(last.valRmse)} at λ = ${lambdaText(last.logLambda)}, while training RMSE only rises (${show(first.trainRmse)} to ${show(last.trainRmse)}). Move λ to the bottom of the U.`
	};
}

function unitsDecide({ problem, chosen, otherScaling }: RegularizationStepView): StepText | null {
	if (!problem || !chosen || !otherScaling) return null;
	const [big, small] = [problem.features[THOUSANDS], problem.features[HUNDREDTHS]];
	const truth = big.truth! * 1000;
	return {
		holds:
			chosen.coef[HUNDREDTHS] === 0 && chosen.coef[THOUSANDS] !== 0 && otherScaling.coef[HUNDREDTHS] !== 0,
		text:
			`Unscaled, L1 at λ = ${lambdaText(chosen.logLambda)} sets ${small.name} to ${show(chosen.coef[HUNDREDTHS])} but keeps ${big.name} at ${show(chosen.coef[THOUSANDS])} per σ, though a change of one σ in either moves y by ${show(truth)} in the generator (true weights per unit ${show(small.truth!)} and ${show(big.truth!)}). ` +
			`The penalty charges per unit of weight, and the hundredths column needs a weight 100,000 times larger. Scaled, it keeps ${show(otherScaling.coef[HUNDREDTHS])}.`
	};
}

export const regularizationSteps: StoryStep<RegularizationUrlState, RegularizationStepView>[] = [
	{
		id: 'l2-shrinks',
		title: 'L2 shrinks every weight',
		settings: { ...base, pen: 'l2', lam: STORY_LOG_LAMBDA },
		say: l2Shrinks
	},
	{
		id: 'l1-zeroes',
		title: 'L1 sets weights to zero',
		settings: { ...base, pen: 'l1', lam: STORY_LOG_LAMBDA },
		say: l1Zeroes
	},
	{
		id: 'validation-u',
		title: 'Find the bottom of the U',
		settings: { ...base, pen: 'l1', n: 25, noise: 3, lam: -3 },
		free: ['lam'],
		say: validationU
	},
	{
		id: 'units',
		title: 'Unscaled, units decide',
		settings: { ...base, pen: 'l1', lam: -1, scale: 'off' },
		say: unitsDecide
	}
];
