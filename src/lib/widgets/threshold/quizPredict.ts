/**
 * Predict-then-see questions: what a change to the scores on screen does (move the threshold,
 * make positives rarer, raise a cost, take the evidence away). Each answer comes from running
 * the engine on the changed state, and "Show me" opens exactly that state.
 */
import { rememberLast } from '$lib/kit/rememberLast';
import type { Counts } from '$lib/ml/metrics';
import type { Rng } from '$lib/ml/random';
import { makeScores } from '$lib/ml/scores';
import { countsAt, minCostThreshold } from '$lib/ml/threshold';
import { formatAmount, formatCount } from '$lib/format/format';
import { showMe, type Question } from '$lib/quiz/quiz';
import { formatMetric } from '$lib/metrics/metricInfo';
import { analyse, calibratedCostThreshold } from './analysis';
import { maxCost, thresholdCodec } from './codec';
import { formatThreshold, stepThreshold } from './format';
import type { Generator, QuizView } from './quizView';

const n = formatCount;
const f = formatMetric;
export const rises = 'It rises';
export const falls = 'It falls';
export const stays = 'It stays the same';
const directions = [rises, falls, stays];

const direction = (before: number, after: number) =>
	after > before ? rises : after < before ? falls : stays;

/** A threshold 0.1–0.3 away from `from`, on the 0.01 grid, inside [0.05, 0.95]; null if none is. */
export function moveTarget(from: number, rng: Rng): number | null {
	const targets = [-0.3, -0.2, -0.1, 0.1, 0.2, 0.3]
		.map((d) => stepThreshold(from, d))
		.filter((t) => t >= 0.05 && t <= 0.95 && t !== from);
	return targets.length ? targets[rng.int(targets.length)] : null;
}

/** A threshold as a sentence says it; "flag nothing" is above every score. */
const saidThreshold = (t: number) =>
	t === Infinity ? 'above every score (flag nothing)' : formatThreshold(t);

/** The opening every threshold-move question shares, and its Show me. */
function move({ a, threshold, input }: QuizView, to: number) {
	return {
		opening: `On these ${n(a.set.scores.length)} scores, the threshold moves from ${formatThreshold(threshold)} to ${formatThreshold(to)}.`,
		see: showMe(`threshold ${formatThreshold(to)}`, thresholdCodec, input, { t: to, pick: 'none' }),
		raised: to > threshold
	};
}

/** A threshold-move question asking which way `quantity` goes; `answer` is one of `directions`. */
const moveQuestion = (
	id: string,
	{ opening, see }: ReturnType<typeof move>,
	quantity: string,
	answer: string,
	explanation: string
): Question => ({
	id,
	form: 'predict',
	see,
	kind: 'choice',
	prompt: `${opening} What happens to ${quantity}?`,
	options: directions,
	answer,
	explanation
});

interface Rate {
	name: string;
	/** The value and how it is worked out, or null when it is 0/0. */
	of(c: Counts): { value: number; said: string } | null;
}

const rate = (num: number, den: number) =>
	den === 0 ? null : { value: num / den, said: `${n(num)} / ${n(den)} = ${f(num / den)}` };
const monotone: Rate[] = [
	{ name: 'recall', of: (c) => rate(c.tp, c.tp + c.fn) },
	{ name: 'the false positive rate', of: (c) => rate(c.fp, c.fp + c.tn) },
	{ name: 'the number of samples flagged', of: (c) => ({ value: c.tp + c.fp, said: n(c.tp + c.fp) }) }
];

const metricDirection: Generator = (view, rng) => {
	const to = moveTarget(view.threshold, rng);
	if (to === null) return null;
	const metric = monotone[rng.int(monotone.length)];
	const before = metric.of(view.counts);
	const after = metric.of(countsAt(view.a.index, to));
	if (!before || !after) return null;
	const moved = move(view, to);
	return moveQuestion(
		'metric-direction',
		moved,
		metric.name,
		direction(before.value, after.value),
		`${moved.raised ? 'A higher threshold flags fewer samples, so true and false positives can only fall or stay' : 'A lower threshold flags more samples, so true and false positives can only rise or stay'}: ` +
			`${metric.name} goes from ${before.said} to ${after.said}.`
	);
};

const precisionDirection: Generator = (view, rng) => {
	const to = moveTarget(view.threshold, rng);
	if (to === null) return null;
	const next = countsAt(view.a.index, to);
	const before = rate(view.counts.tp, view.counts.tp + view.counts.fp);
	const after = rate(next.tp, next.tp + next.fp);
	// 0/0 has no direction; a change too small to show in three decimals would look like none
	if (!before || !after || (before.value !== after.value && f(before.value) === f(after.value))) return null;
	return moveQuestion(
		'precision-direction',
		move(view, to),
		'precision',
		direction(before.value, after.value),
		`Precision = TP / (TP + FP) goes from ${before.said} to ${after.said}. It rises when the samples that change sides are mostly false alarms, and falls when they are mostly positives.`
	);
};

const areasStay: Generator = (view, rng) => {
	const to = moveTarget(view.threshold, rng);
	if (to === null) return null;
	const area =
		rng.int(2) === 0
			? { name: 'the ROC AUC', value: view.a.auc }
			: { name: 'the average precision (PR-AUC)', value: view.a.ap };
	return moveQuestion(
		'area-threshold',
		move(view, to),
		area.name,
		stays,
		`The curves already hold every threshold at once; moving the threshold moves the point along them. The areas measure how the scores rank positives above negatives, so ${area.name} stays ${f(area.value)}.`
	);
};

/** Changes in area this small are "about the same"; this large, "a lot"; anything between has no clear answer. */
const aboutSame = 0.05;
const aLot = 0.1;
export const rarerOptions = [
	'ROC AUC stays about the same; average precision falls a lot',
	'Both fall a lot',
	'Both stay about the same',
	'ROC AUC falls a lot; average precision stays about the same'
];

/** Simulated scores, analysed; kept for the last settings, as the threshold moves far more often than they do. */
const analysedScores = rememberLast((size: number, share: number, sep: number, sd: number, seed: number) =>
	analyse(makeScores({ n: size, positiveShare: share, separation: sep, spread: sd, seed }))
);

const rarerPositives: Generator = ({ a, input }) => {
	if (input.src !== 'simulated' || input.pos < 10) return null;
	const pos = Math.max(1, Math.round(input.pos / 10));
	const { n: size, sep, sd, seed } = input;
	const rarer = analysedScores(size, pos / 100, sep, sd, seed);
	const dAuc = rarer.auc - a.auc;
	const dAp = rarer.ap - a.ap;
	const auc = Math.abs(dAuc) <= aboutSame ? 'same' : dAuc <= -aLot ? 'falls' : null;
	const ap = Math.abs(dAp) <= aboutSame ? 'same' : dAp <= -aLot ? 'falls' : null;
	// one option for each clear outcome; a change between "about the same" and "a lot" has none
	const outcomes: Record<string, number> = {
		'same falls': 0,
		'falls falls': 1,
		'same same': 2,
		'falls same': 3
	};
	const answer = outcomes[`${auc} ${ap}`];
	if (answer === undefined) return null;
	return {
		id: 'rarer-positives',
		form: 'predict',
		see: showMe(`${pos}% positives`, thresholdCodec, input, { pos }),
		kind: 'choice',
		prompt: `${n(size)} samples, ${input.pos}% of them positive, separation ${sep}: ROC AUC ${f(a.auc)}, average precision ${f(a.ap)}. The positives drop to ${pos}%, the classifier unchanged. What happens to the two areas?`,
		options: rarerOptions,
		answer: rarerOptions[answer],
		explanation:
			`With ${pos}% positives (${n(rarer.index.positives)} of ${n(size)}), ROC AUC is ${f(rarer.auc)} and average precision ${f(rarer.ap)}. ` +
			'ROC AUC compares positives with negatives pair by pair, so the class balance barely moves it; precision sets false alarms against hits, and rare positives bring more false alarms per hit.'
	};
};

export const costOptions = [
	'Lower: it flags more samples',
	'Higher: it flags fewer samples',
	'It stays where it is'
];

const costMoves: Generator = ({ a, input }, rng) => {
	const which = rng.int(2) === 0 ? 'cfn' : 'cfp';
	const now = input[which];
	const raised = now > 0 ? now * 4 : 5;
	if (raised > maxCost) return null;
	const costs = { cfp: input.cfp, cfn: input.cfn, [which]: raised };
	const before = minCostThreshold(a.index, input.cfp, input.cfn).threshold;
	const after = minCostThreshold(a.index, costs.cfp, costs.cfn).threshold;
	const name = which === 'cfn' ? 'false negative' : 'false positive';
	const formulaBefore = calibratedCostThreshold(input.cfp, input.cfn);
	const formulaAfter = calibratedCostThreshold(costs.cfp, costs.cfn) as number;
	const formula =
		formulaBefore === null
			? ''
			: ` For calibrated probabilities, c_FP / (c_FP + c_FN) goes from ${f(formulaBefore)} to ${f(formulaAfter)}.`;
	return {
		id: 'cost-moves',
		form: 'predict',
		see: showMe(`a ${name} costs ${formatAmount(raised)}`, thresholdCodec, input, {
			[which]: raised,
			pick: 'cost'
		}),
		kind: 'choice',
		prompt: `A false positive costs ${formatAmount(input.cfp)} and a false negative ${formatAmount(input.cfn)}. If a ${name} costs ${formatAmount(raised)} instead, where does the cheapest threshold on these ${n(a.set.scores.length)} scores move?`,
		options: costOptions,
		answer: costOptions[after < before ? 0 : after > before ? 1 : 2],
		explanation:
			`The cheapest threshold goes from ${saidThreshold(before)} to ${saidThreshold(after)}. ${which === 'cfn' ? 'Dearer misses make a flag worth it at lower scores.' : 'Dearer false alarms make a flag worth it only at higher scores.'}` +
			formula
	};
};

/** Scores with no evidence (separation 0), kept for the last settings (see analysedScores). */
const flatScores = rememberLast((size: number, share: number, sd: number, seed: number) =>
	makeScores({ n: size, positiveShare: share, separation: 0, spread: sd, seed })
);

const noEvidence: Generator = ({ a, input }) => {
	if (input.src !== 'simulated' || input.sep === 0) return null;
	const size = a.set.scores.length;
	const prior = a.index.positives / size;
	if (f(prior) === f(0.5)) return null; // the right option and "0.500" would be the same
	const flat = flatScores(size, input.pos / 100, input.sd, input.seed);
	if (!flat.scores.every((s) => Math.abs(s - prior) < 1e-12)) return null;
	const options = [
		`Every score is ${f(prior)}`,
		`Every score is ${f(0.5)}`,
		'Scores spread evenly from 0 to 1',
		`Every score is ${f(0)}`
	];
	return {
		id: 'no-evidence',
		form: 'predict',
		see: showMe('separation 0', thresholdCodec, input, { sep: 0 }),
		kind: 'choice',
		prompt: `These scores are calibrated probabilities for ${n(size)} samples, ${n(a.index.positives)} of them positive. If the separation drops to 0, so the evidence says nothing about the class, what scores do the samples get?`,
		options,
		answer: options[0],
		explanation: `With no evidence, the best estimate for every sample is the share of positives: ${n(a.index.positives)} / ${n(size)} = ${f(prior)}. Every score ties, so the ROC AUC is exactly 0.5.`
	};
};

export const predictGenerators: Generator[] = [
	metricDirection,
	precisionDirection,
	areasStay,
	rarerPositives,
	costMoves,
	noEvidence
];
