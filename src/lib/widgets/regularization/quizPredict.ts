/**
 * Predict questions for the L1 vs L2 widget: each asks what a change of penalty, λ or scaling
 * will do, with the numbers it needs, and gets its key by fitting the changed state (the same
 * engine the page runs); "Show me" opens that state. A question whose key would rest on a hair's
 * difference is not asked.
 */
import { showMe, type Question } from '$lib/quiz/quiz';
import { fitAtLambda, prepareDesign, type LambdaFit, type PenaltySettings } from './analysis';
import { regularizationCodec, type Penalty, type RegularizationUrlState } from './codec';
import type { Problem } from './data';
import { lambdaText, PENALTY_NAMES, show } from './explain';
import { HUNDREDTHS } from './steps';

export interface QuizContext {
	/** The link state with the λ the questions ask about, never the one on screen (quiz.ts picks it). */
	input: RegularizationUrlState;
	problem: Problem;
}

/** The fit the page would show with `change` applied to the link state. */
export function fitWith(
	problem: Problem,
	input: RegularizationUrlState,
	change: Partial<RegularizationUrlState>
): LambdaFit {
	const state = { ...input, ...change };
	const settings: PenaltySettings = { pen: state.pen, mix: state.mix, scale: state.scale === 'on' };
	return fitAtLambda(prepareDesign(problem, settings.scale), settings, state.lam);
}

export const zeroOptions = ['None of them', 'Some of them', 'All of them'] as const;
/** The option for `zeros` of `total` weights at exactly 0. */
export const zeroOption = (zeros: number, total: number) =>
	zeros === 0 ? zeroOptions[0] : zeros === total ? zeroOptions[2] : zeroOptions[1];

export const unitOptions = ['It becomes exactly 0', 'It shrinks but stays above 0', 'It grows'] as const;

export const errorOptions = ['Higher', 'Lower'] as const;
/** Validation RMSEs closer than this share are not asked about: the key would rest on noise. */
export const ERROR_MARGIN = 0.02;

const setting = (input: RegularizationUrlState) =>
	`${input.data === 'cars' ? 'the cars table' : `the synthetic table (${input.n} training rows, seed ${input.seed})`}, features ${input.scale === 'on' ? 'scaled' : 'unscaled'}`;

type Generator = (c: QuizContext) => Question | null;

export const predictGenerators: Generator[] = [
	// the curriculum's "check yourself": zero weights under L1 and L2 at one λ
	({ input, problem }) => {
		const otherLogLambda = input.lam;
		const change = { pen: 'l1' as Penalty, lam: otherLogLambda };
		const l1 = fitWith(problem, input, change);
		const l2 = fitWith(problem, input, { pen: 'l2', lam: otherLogLambda });
		return {
			id: 'zeros-l1',
			form: 'predict',
			kind: 'number',
			prompt: `On ${setting(input)}, with λ = ${lambdaText(otherLogLambda)}: L2 sets ${l2.zeros} of the ${l1.coef.length} weights to exactly 0. How many will be exactly 0 under L1 at the same λ?`,
			answer: l1.zeros,
			tolerance: 0,
			explanation: `${l1.zeros} of ${l1.coef.length}. L1's penalty has a corner at 0: a weight whose pull on the error is weaker than λ is set to exactly 0, so L1 drops features. L2's penalty is smooth at 0 and only shrinks.`,
			see: showMe(`L1 at λ = ${lambdaText(otherLogLambda)}`, regularizationCodec, input, change)
		};
	},
	...(['l2', 'l1'] as const).map((pen): Generator => ({ input, problem }) => {
		const change = { pen, lam: 2 };
		const fit = fitWith(problem, input, change);
		return {
			id: `zeros-${pen}-largest`,
			form: 'predict',
			kind: 'choice',
			prompt: `On ${setting(input)}, you pick ${PENALTY_NAMES[pen]} and raise λ to 100, the slider's top. How many of the ${fit.coef.length} weights will be exactly 0?`,
			options: [...zeroOptions],
			answer: zeroOption(fit.zeros, fit.coef.length),
			explanation: `${fit.zeros} of ${fit.coef.length} are exactly 0. ${pen === 'l2' ? 'L2 divides each weight down (to as little as ' + show(Math.min(...fit.coef.map(Math.abs))) + ' per σ here) but never reaches 0.' : 'Once λ exceeds every feature’s correlation with the residual, L1 sets every weight to 0 and the model predicts the mean.'}`,
			see: showMe(`${pen.toUpperCase()} at λ = 100`, regularizationCodec, input, change)
		};
	}),
	({ input, problem }) => {
		if (input.data !== 'synthetic') return null;
		const scaled = fitWith(problem, input, { pen: 'l1', lam: -1, scale: 'on' });
		const change = { pen: 'l1' as Penalty, lam: -1, scale: 'off' as const };
		const raw = fitWith(problem, input, change);
		const [before, after] = [scaled.coef[HUNDREDTHS], raw.coef[HUNDREDTHS]];
		const answer =
			after === 0 ? unitOptions[0] : Math.abs(after) < Math.abs(before) ? unitOptions[1] : unitOptions[2];
		const name = problem.features[HUNDREDTHS].name;
		return {
			id: 'units-off',
			form: 'predict',
			kind: 'choice',
			prompt: `On ${setting({ ...input, scale: 'on' })}, L1 at λ = 0.1 gives ${name} a weight of ${show(before)} per σ. The column is measured in hundredths (σ ≈ 0.01). You turn scaling off. What happens to its weight?`,
			options: [...unitOptions],
			answer,
			explanation: `It goes to ${show(after)} per σ. On raw units the column needs a weight of about 150 per unit to matter, and L1 charges λ for every unit of weight, so it is the first to go. Scale features before an L1 or L2 penalty.`,
			see: showMe('L1 at λ = 0.1, unscaled', regularizationCodec, input, change)
		};
	},
	({ input, problem }) => {
		if (input.pen === 'none') return null;
		const here = fitWith(problem, input, {});
		const change = { lam: 2 };
		const top = fitWith(problem, input, change);
		if (Math.abs(top.valRmse - here.valRmse) < ERROR_MARGIN * here.valRmse) return null;
		return {
			id: 'validation-largest',
			form: 'predict',
			kind: 'choice',
			prompt: `On ${setting(input)} with ${PENALTY_NAMES[input.pen]} at λ = ${lambdaText(input.lam)}, validation RMSE is ${show(here.valRmse)}. You raise λ to 100. Will validation RMSE be higher or lower?`,
			options: [...errorOptions],
			answer: top.valRmse > here.valRmse ? errorOptions[0] : errorOptions[1],
			explanation: `It goes to ${show(top.valRmse)}. ${top.valRmse > here.valRmse ? 'So much penalty squeezes the weights far below the truth: the model underfits, and training error rises too.' : 'Here the model was fitting noise, and the extra penalty helped it generalise.'}`,
			see: showMe('λ = 100', regularizationCodec, input, change)
		};
	}
];
