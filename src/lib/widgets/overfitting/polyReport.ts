/**
 * What the polynomial tab shows, derived once from the fits (polynomial.ts) for its charts,
 * callouts and the story: the fitted curve and the chart's range, the error-against-degree
 * chart's points and what it leaves out, the coefficients' shrinking, and the sentences that
 * quote them. Pure functions, no state.
 */
import { regression1DTruth } from '$lib/ml/datasets';
import { superscript } from '$lib/format/format';
import { FIT_OVER_VAL, FIT_UNDER_TRAIN, type readFit } from './diagnosis';
import { formatRmse as r } from './format';
import { degreeRanges, PENALTY_OFF, type PolyData, type PolyScore } from './polynomial';
import { formatRmseTick, RMSE_FLOOR_LOG, rmseAxis, type RmseAxis } from './rmseAxis';

/** Where the fitted and true curves are drawn: 201 points across [0, 1]. */
export const CURVE_X = Array.from({ length: 201 }, (_, i) => i / 200);
export const TRUE_CURVE = CURVE_X.map(regression1DTruth);

/** How many times b goes into a, to two decimals ("1.89"). */
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const powerOfTen = (log: number) => (Number.isInteger(log) ? `10${superscript(log)}` : `10^${log}`);

export interface FittedCurve {
	/** ŷ at each of CURVE_X; empty without a fit. */
	y: number[];
	/** The chart's y range: ±2 around sin 2πx, widened to whole units until it holds every point. */
	range: [number, number];
	/** Where the curve leaves that range farthest, said in a sentence; '' when it stays inside. */
	escape: string;
}

export function fittedCurve(data: PolyData, score: PolyScore): FittedCurve {
	const y = score.fit ? score.fit.predict(CURVE_X) : [];
	const ys = [...data.train.y, ...data.val.y];
	const range: [number, number] = [
		Math.min(-2, Math.floor(Math.min(...ys))),
		Math.max(2, Math.ceil(Math.max(...ys)))
	];
	let worst: { x: number; y: number } | null = null;
	for (const [i, v] of y.entries())
		if (Number.isFinite(v) && (v < range[0] || v > range[1]) && (!worst || Math.abs(v) > Math.abs(worst.y)))
			worst = { x: CURVE_X[i], y: v };
	return {
		y,
		range,
		escape: worst
			? `The fitted curve leaves the chart and is cut off at its edge: it reaches ŷ = ${r(worst.y)} at x = ${r(worst.x)}.`
			: ''
	};
}

export interface DegreeReport {
	/** The degrees with a fit, in order. */
	scored: (PolyScore & { trainRmse: number; valRmse: number })[];
	/** Degrees without a fit, and why (empty when every degree has one). */
	missing: number[];
	missingWhy: string;
	axis: RmseAxis;
	/** Which RMSEs sit below the axis' floor, drawn on its bottom edge; '' when none. */
	floorNote: string;
	/** The chart's text alternative. */
	summary: string;
	/** Where validation error is lowest and what training error does; null with fewer than two fits. */
	lowest: string | null;
}

export function degreeReport(
	sweep: readonly PolyScore[],
	best: PolyScore | null,
	penalty: number,
	trainX: readonly number[],
	trainingRises: readonly number[]
): DegreeReport {
	const scored = sweep.filter(
		(s): s is PolyScore & { trainRmse: number; valRmse: number } => s.trainRmse !== null && s.valRmse !== null
	);
	const missingScores = sweep.filter((s) => s.fit === null);
	const missing = missingScores.map((s) => s.degree);
	const distinctX = new Set(trainX).size;
	// the rule of fitPolynomial: d + 1 distinct x without a penalty
	const missingWhy =
		missing.length === 0
			? ''
			: penalty === 0
				? `without a penalty a degree-d polynomial needs at least d + 1 distinct training x, and there ${distinctX === 1 ? 'is 1' : `are ${distinctX}`}. Turn on the ridge penalty, add points or raise the training share to fit ${missing.length === 1 ? 'it' : 'them'}`
				: (missingScores[0].problem ?? '');
	const belowFloor = (pick: (s: (typeof scored)[number]) => number) =>
		scored.filter((s) => pick(s) < 10 ** RMSE_FLOOR_LOG).map((s) => s.degree);
	const floorNote = (
		[
			[belowFloor((s) => s.trainRmse), 'training'],
			[belowFloor((s) => s.valRmse), 'validation']
		] as const
	)
		.filter(([degrees]) => degrees.length)
		.map(([degrees, part]) => `${part} RMSE at degree ${degreeRanges(degrees)}`)
		.join('; ');
	return {
		scored,
		missing,
		missingWhy,
		axis: rmseAxis(scored.flatMap((s) => [s.trainRmse, s.valRmse])),
		floorNote,
		summary: degreeSummary(scored, best, missing, missingWhy),
		lowest:
			best && scored.length > 1
				? `Validation error is lowest at degree ${best.degree} (${r(best.valRmse)}). ${
						trainingRises.length
							? `Training error rises at degree ${degreeRanges(trainingRises)}, where λ charges the extra coefficients more than they gain, and otherwise falls`
							: 'Training error only falls with the degree'
					}: it cannot tell a curve that follows the pattern from one that threads every noisy point.`
				: null
	};
}

function degreeSummary(
	scored: DegreeReport['scored'],
	best: PolyScore | null,
	missing: number[],
	missingWhy: string
): string {
	const none = missing.length ? ` No fit at degree ${degreeRanges(missing)}: ${missingWhy}.` : '';
	if (!best) return `No degree can be fitted: ${missingWhy}.`;
	const [first, last] = [scored[0], scored[scored.length - 1]];
	if (first === last)
		return `Only degree ${first.degree} has a fit: training RMSE ${r(first.trainRmse)}, validation RMSE ${r(first.valRmse)}.${none}`;
	return (
		`On a log scale: training RMSE goes from ${r(first.trainRmse)} at degree ${first.degree} to ${r(last.trainRmse)} at degree ${last.degree}; ` +
		`validation RMSE is lowest at degree ${best.degree} (${r(best.valRmse)}) and is ${r(last.valRmse)} at degree ${last.degree}.${none}`
	);
}

/** The floor of the RMSE axis as its tick reads. */
export const RMSE_FLOOR = formatRmseTick(RMSE_FLOOR_LOG);

export interface ShrinkReport {
	/** The penalties with a fit, and the coefficients' size at each. */
	points: { logPenalty: number; norm: number }[];
	maxNorm: number;
	/** How far ‖c‖ falls across the penalties; null with fewer than two fits. */
	text: string | null;
}

export function shrinkReport(shrinkage: readonly { logPenalty: number; score: PolyScore }[], degree: number) {
	const points = shrinkage
		.filter((s) => s.score.norm !== null)
		.map((s) => ({ logPenalty: s.logPenalty, norm: s.score.norm! }));
	const [first, last] = [points[0], points[points.length - 1]];
	return {
		points,
		maxNorm: Math.max(1, ...points.map((p) => p.norm)) * 1.05,
		text:
			points.length > 1
				? `The penalty λ·Σc² charges for large coefficients, so the curve cannot swing hard between points: at degree ${degree}, ‖c‖ falls from ${r(first.norm)} at λ = ${powerOfTen(first.logPenalty)} to ${r(last.norm)} at λ = ${powerOfTen(last.logPenalty)}.`
				: null
	};
}

/** The fitted polynomial's first terms, "0.120 + 5.310x − 12.000x² + …"; '' without a fit. */
export function equation(score: PolyScore): string {
	if (!score.fit) return '';
	const terms = score.fit.coefficients
		.slice(0, 4)
		.map((c, p) =>
			p === 0 ? r(c) : `${c < 0 ? '−' : '+'} ${r(Math.abs(c))}x${p > 1 ? superscript(p) : ''}`
		);
	return terms.join(' ') + (score.degree > 3 ? ' + …' : '');
}

/** The ridge slider's label: "off" at the far left, else 10^log. */
export const lambdaText = (log: number) => (log <= PENALTY_OFF ? 'off' : `10^${log}`);

/** The verdict callout on one degree's fit, with the reason diagnosis.ts gives; null without a fit. */
export function fitSentence(
	reading: ReturnType<typeof readFit> | null,
	score: PolyScore,
	best: PolyScore | null
): string | null {
	if (!reading || !best || best.valRmse === null || score.trainRmse === null || score.valRmse === null)
		return null;
	const [train, val, lowest] = [score.trainRmse, score.valRmse, best.valRmse];
	switch (reading.why) {
		case 'train-high':
			return `Underfitting: training RMSE is ${ratio(train, lowest)} × the lowest validation RMSE (${r(lowest)}, degree ${best.degree}), over ${FIT_UNDER_TRAIN} ×: the curve misses even the points it was fitted to.`;
		case 'gap':
			return r(train) === '0.000'
				? `Overfitting: training RMSE ${r(train)}, validation RMSE ${r(val)}: the curve passes through its training points and misses new ones.`
				: `Overfitting: validation RMSE is ${ratio(val, train)} × training RMSE, over ${FIT_OVER_VAL} ×: the curve threads its training points and misses new ones.`;
		case 'best-degree':
			return `Neither over- nor underfitting: no degree predicts the validation points better than degree ${best.degree}, though its training RMSE is ${ratio(train, lowest)} × its validation RMSE (these validation points happen to be easier).`;
		default:
			return `Neither over- nor underfitting: training RMSE is ${ratio(train, lowest)} × the lowest validation RMSE (at most ${FIT_UNDER_TRAIN} ×), and validation RMSE ${ratio(val, train)} × training RMSE (at most ${FIT_OVER_VAL} ×).`;
	}
}
