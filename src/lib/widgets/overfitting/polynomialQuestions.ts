/**
 * The polynomial tab's questions. Predict questions grade by fitting the changed state with
 * the same engine the page uses (the fits take milliseconds), and "Show me" opens that state;
 * the diagnosis question states a degree's errors and is graded by the page's own rule.
 */
import type { Rng } from '$lib/ml/random';
import { choiceScenario } from '$lib/quiz/scenario';
import { formatShort } from '$lib/format/format';
import { showMe, type Question } from '$lib/quiz/quiz';
import { overfittingCodec, type OverfittingUrlState } from './codec';
import { diagnoseFit, FIT_OVER_VAL, FIT_UNDER_TRAIN, type FitKind } from './diagnosis';
import {
	lowestValidation,
	penaltyOf,
	PENALTY_OFF,
	polyData,
	POINTS_RANGE,
	scoreFit,
	splitLeavesEnough,
	type PolyData,
	type PolyScore
} from './polynomial';

export interface PolynomialQuizView {
	input: OverfittingUrlState;
	data: PolyData;
	/** Every degree's fit at the current penalty. */
	sweep: PolyScore[];
}

/** An RMSE as the questions state it: three decimals, or four significant digits from 1,000 on (a wild fit's validation error). */
const stated = (v: number) => (Math.abs(v) < 1000 ? Number(v.toFixed(3)) : Number(v.toPrecision(4)));
const rmse = (v: number) => (Math.abs(v) < 1000 ? v.toFixed(3) : formatShort(v));
type Scored = PolyScore & { trainRmse: number; valRmse: number };
const scored = (s: PolyScore | undefined | null): s is Scored =>
	!!s && s.trainRmse !== null && s.valRmse !== null;
/** Whether a and b differ by at least 1%: smaller moves are not a direction a learner could see. */
const moved = (a: number, b: number) => Math.abs(b - a) >= 0.01 * Math.max(Math.abs(a), Math.abs(b));
const way = (a: number, b: number) => (b < a ? 'falls' : 'rises');

/**
 * The two fits of a predict question, or null unless both scored and each error moved by a
 * visible amount: the learner must have a direction to predict.
 */
function visibleChange(
	now: PolyScore | null | undefined,
	then: PolyScore | null | undefined
): [Scored, Scored] | null {
	if (!scored(now) || !scored(then)) return null;
	return moved(now.trainRmse, then.trainRmse) && moved(now.valRmse, then.valRmse) ? [now, then] : null;
}

/** The four ways two errors can move from one fit to another, as options; the answer is the one the fits show. */
function directionOptions(now: Scored, then: Scored): { options: string[]; answer: string } {
	const options = [
		'Training RMSE falls, validation RMSE rises',
		'Both fall',
		'Both rise',
		'Training RMSE rises, validation RMSE falls'
	];
	const [t, v] = [way(now.trainRmse, then.trainRmse), way(now.valRmse, then.valRmse)];
	const answer =
		t === v ? (t === 'falls' ? options[1] : options[2]) : t === 'falls' ? options[0] : options[3];
	return { options, answer };
}

function degreeQuestion({ input, sweep }: PolynomialQuizView): Question | null {
	const from = input.deg;
	// up to 12 from a low degree (as the exam's "degree 12" case), down to 3 from a high one
	const to = from <= 6 ? [12, 11, 10, 9].find((d) => scored(sweep[d - 1])) : 3;
	const fits = to ? visibleChange(sweep[from - 1], sweep[to - 1]) : null;
	if (!to || !fits) return null;
	const [now, then] = fits;
	const { options, answer } = directionOptions(now, then);
	const penalised = input.lam > PENALTY_OFF;
	const bend =
		to < from
			? 'A lower degree bends less'
			: penalised
				? 'A higher degree can bend more'
				: 'A higher degree bends more, so without a penalty training error can only fall';
	return {
		id: 'poly-degree',
		form: 'predict',
		kind: 'choice',
		prompt: `Degree ${from}: training RMSE ${rmse(now.trainRmse)}, validation RMSE ${rmse(now.valRmse)}. Predict: on the same points, what do the two errors do at degree ${to}?`,
		options,
		answer,
		explanation: `At degree ${to}: training RMSE ${rmse(then.trainRmse)}, validation RMSE ${rmse(then.valRmse)}. ${bend}; validation error shows whether the curve follows the sine or the noise.`,
		see: showMe(`degree ${to}`, overfittingCodec, input, { tab: 'polynomial', deg: to })
	};
}

/** The degree a question about data or the penalty is asked at: the learner's, or 9 (bendy enough to overfit) when theirs is lower. */
const bendyDegree = (input: OverfittingUrlState) => Math.max(input.deg, 9);

function pointsQuestion({ input, data }: PolynomialQuizView): Question | null {
	const degree = bendyDegree(input);
	const more = input.pn <= 50;
	const to = more
		? Math.min(POINTS_RANGE.max, 4 * input.pn)
		: Math.max(POINTS_RANGE.min, Math.round(input.pn / 4));
	if (!splitLeavesEnough(to, input.pval)) return null;
	const lam = penaltyOf(input.lam);
	const [now, then] = [
		scoreFit(data, degree, lam),
		scoreFit(polyData(to, input.pnoise, input.pseed, input.pval), degree, lam)
	];
	if (!scored(now) || !scored(then)) return null;
	const [gapNow, gapThen] = [now.valRmse - now.trainRmse, then.valRmse - then.trainRmse];
	if (!moved(gapNow, gapThen)) return null;
	const options = ['The gap narrows', 'The gap widens'];
	const answer = gapThen < gapNow ? options[0] : options[1];
	const usual = more === gapThen < gapNow;
	const principle = more
		? 'More points pin a bendy curve down between them, so it has less room to chase noise'
		: 'Fewer points leave a bendy curve free to thread them all';
	return {
		id: 'poly-points',
		form: 'predict',
		kind: 'choice',
		prompt: `Degree ${degree}, ${input.pn} points: training RMSE ${rmse(now.trainRmse)}, validation RMSE ${rmse(now.valRmse)}, a gap of ${rmse(gapNow)}. Predict: with ${to} points from the same curve and noise, does the gap narrow or widen?`,
		options,
		answer,
		explanation: `With ${to} points: training ${rmse(then.trainRmse)}, validation ${rmse(then.valRmse)}, a gap of ${rmse(gapThen)}. ${principle}${usual ? '.' : `; here the new sample went the other way, which a small sample can do.`}`,
		see: showMe(`${to} points at degree ${degree}`, overfittingCodec, input, {
			tab: 'polynomial',
			pn: to,
			deg: degree
		})
	};
}

function penaltyQuestion({ input, data }: PolynomialQuizView): Question | null {
	const degree = bendyDegree(input);
	const on = input.lam > PENALTY_OFF;
	// switch a penalty on at 0.001 (a mid-slider value), or the learner's off
	const toLam = on ? PENALTY_OFF : -3;
	const fits = visibleChange(
		scoreFit(data, degree, penaltyOf(input.lam)),
		scoreFit(data, degree, penaltyOf(toLam))
	);
	if (!fits) return null;
	const [now, then] = fits;
	const { options, answer } = directionOptions(now, then);
	const change = on
		? `turn the ridge penalty off (λ = ${formatShort(penaltyOf(input.lam))} now)`
		: 'turn on a ridge penalty of λ = 0.001';
	const why = on
		? 'Without the penalty, least squares fits the training points as closely as the degree allows, so training error falls'
		: 'The penalty charges for large coefficients, so the fit gives up some closeness to the training points: training error rises';
	return {
		id: 'poly-ridge',
		form: 'predict',
		kind: 'choice',
		prompt: `Degree ${degree}: training RMSE ${rmse(now.trainRmse)}, validation RMSE ${rmse(now.valRmse)}. Predict: ${change}. What do the two errors do?`,
		options,
		answer,
		explanation: `Then: training RMSE ${rmse(then.trainRmse)}, validation RMSE ${rmse(then.valRmse)}. ${why}. Validation error ${way(now.valRmse, then.valRmse)}: only new points show whether the curve's swings were the sine's or the noise's.`,
		see: showMe(
			on ? `degree ${degree}, no penalty` : `degree ${degree}, λ = 0.001`,
			overfittingCodec,
			input,
			{ tab: 'polynomial', deg: degree, lam: toLam }
		)
	};
}

/** Ratios within 3% of a threshold are left out where others exist: the learner reads them off rounded numbers. */
const clearCut = (s: Scored, best: number) =>
	[s.trainRmse / best / FIT_UNDER_TRAIN, s.valRmse / s.trainRmse / FIT_OVER_VAL].every(
		(r) => Math.abs(r - 1) > 0.03
	);

function diagnoseQuestion({ input, sweep }: PolynomialQuizView, rng: Rng): Question | null {
	const best = lowestValidation(sweep);
	if (!best || best.valRmse === null || best.valRmse === 0) return null;
	// a training RMSE that rounds to 0.000 would make the stated ratio a division by zero
	// neither the degree on screen (whose verdict the page prints) nor the best one (which the rule never calls underfitting)
	const others = sweep.filter(
		(s): s is Scored =>
			scored(s) && s.degree !== input.deg && s.degree !== best.degree && stated(s.trainRmse) > 0
	);
	const clear = others.filter((s) => clearCut(s, best.valRmse!));
	const pool = clear.length ? clear : others;
	if (!pool.length) return null;
	// the exam's "degree 12" when it is on offer, else any other degree
	const chosen = pool.find((s) => s.degree === 12 && rng.next() < 0.5) ?? pool[rng.int(pool.length)];
	const [train, val, lowest] = [stated(chosen.trainRmse), stated(chosen.valRmse), stated(best.valRmse)];
	const verdict = diagnoseFit({ train, val, lowestVal: lowest, isBest: false });
	const options = ['Overfitting', 'Underfitting', 'Neither'];
	const kinds: FitKind[] = ['overfitting', 'underfitting', 'neither'];
	const times = (v: number) => (v < 100 ? v.toFixed(2) : formatShort(v));
	const ratios = `Training RMSE is ${times(train / lowest)} × the lowest validation RMSE (underfitting above ${FIT_UNDER_TRAIN}); validation RMSE is ${times(val / train)} × training RMSE (overfitting above ${FIT_OVER_VAL}).`;
	const meaning: Record<FitKind, string> = {
		underfitting:
			'The curve misses even its own training points by more than the best degree misses new ones: too stiff.',
		overfitting: 'The curve threads its training points and misses new ones: it learned the noise.',
		neither:
			'The curve fits new points about as well as its training points, and nearly as well as the best degree.'
	};
	return choiceScenario({
		id: 'poly-diagnose',
		prompt: `A polynomial of degree ${chosen.degree}: training RMSE ${rmse(train)}, validation RMSE ${rmse(val)}. The lowest validation RMSE of any degree on this data is ${rmse(lowest)}, at degree ${best.degree}. Over- or underfitting?`,
		options,
		answer: options[kinds.indexOf(verdict)],
		explanation: `${ratios} ${meaning[verdict]}`
	});
}

export const polynomialGenerators = [degreeQuestion, pointsQuestion, penaltyQuestion, diagnoseQuestion];
