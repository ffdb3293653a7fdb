/**
 * "Check yourself" questions about the run on screen. None asks for what the page prints (the
 * knee, the silhouette, the seeds table): they ask what a change would do, answered by the
 * engine on the changed state that "Show me" opens, or they are exam scenarios and sums on
 * stated numbers (scenarios.ts). Every prompt states the numbers it needs.
 */
import { createRng } from '$lib/ml/random';
import { formatFixed, formatShort } from '$lib/format/format';
import { dealQuestions, showMe, type Question } from '$lib/quiz/quiz';
import { kMeansCodec, maxK, type KMeansUrlState } from './codec';
import { unitsRatio } from './failures';
import { frameAt } from './frames';
import { kMeansScenarios, type ScenarioContext } from './scenarios';
import { lastStep } from './whatIf';
import type { KMeansQuizView, Candidate } from './quizView';

// Defined a level down so the generator modules need not import this module back.
export type { KMeansQuizView, Candidate } from './quizView';

export const clusterName = (c: number) => `cluster ${c + 1}`;
const squared = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, j) => s + (v - b[j]) ** 2, 0);
/** Coordinates as the plot's table shows them (3 significant digits), without thousands separators, whose commas would read as more coordinates. */
const coordinate = (v: number) => Number(v.toPrecision(3));
const point = (p: readonly number[]) => `(${p.map(coordinate).join(', ')})`;
const nearest = (p: readonly number[], centroids: readonly (readonly number[])[]) => {
	const d = centroids.map((c) => squared(p, c));
	const best = Math.min(...d);
	return { index: d.indexOf(best), distances: d, tie: d.filter((v) => v === best).length > 1 };
};
const startName = (input: KMeansUrlState) =>
	input.init === 'click' ? 'from clicked centroids' : `from a ${input.init} start with seed ${input.seed}`;

/**
 * The question seed's stream for picking the ringed point. The starts draw their first
 * centroid with createRng(start seed).int(n), and both seeds are 1 by default: the same
 * stream would ring the very point the first centroid sits on. Shifted past the largest start
 * seed the link allows (1,000,000), it can never be a start's stream.
 */
const focusStream = (seed: number) => createRng(seed + 1_000_003);

/**
 * The point the "next assign" question asks about: one whose cluster the next assign step
 * changes, when there is one (the interesting case), chosen with the question seed. A point
 * a centroid sits on is never chosen: the centroid's disc hides it and the answer is trivial.
 */
export function focusPoint(
	view: Pick<KMeansQuizView, 'X' | 'history' | 'frame'>,
	seed: number
): number | null {
	const { X, history, frame } = view;
	if (frame.phase === 'assign' || X.length === 0) return null;
	const next = history[frame.phase === 'start' ? 0 : frame.iteration + 1].labels;
	const visible = X.map((_, i) => i).filter(
		(i) => !frame.centroids.some((c) => c.every((v, j) => v === X[i][j]))
	);
	const movers = frame.labels ? visible.filter((i) => next[i] !== frame.labels![i]) : [];
	const pool = movers.length > 0 ? movers : visible;
	return pool.length > 0 ? pool[focusStream(seed).int(pool.length)] : null;
}

/** The point ringed on the plot: the next-assign question's, and on the assign frame after it the same point, so "Show me" shows where it went. */
export function ringedPoint(
	view: Pick<KMeansQuizView, 'X' | 'history' | 'trail' | 'frame'>,
	seed: number
): number | null {
	const { X, history, trail, frame } = view;
	if (frame.phase !== 'assign') return focusPoint(view, seed);
	return focusPoint({ X, history, frame: frameAt(X, history, trail, frame.index - 1) }, seed);
}

/** A change of this size or less in the adjusted Rand index counts as "about the same". */
export const agreementStep = 0.05;

type Generator = (view: KMeansQuizView, seed: number) => Candidate | null;

/** Where the ringed point goes on the next assign step, from the coordinates the prompt states. */
const nextAssign: Generator = (view, seed) => {
	const { X, frame, input } = view;
	const i = focusPoint(view, seed);
	if (i === null || input.src === 'upload') return null;
	// the learner works from the stated, rounded coordinates: they must give the run's own answer, without a tie
	const exact = nearest(X[i], frame.centroids);
	const stated = nearest(
		X[i].map(coordinate),
		frame.centroids.map((c) => c.map(coordinate))
	);
	if (exact.index !== stated.index || stated.tie) return null;
	return {
		id: 'next-assign',
		form: 'predict',
		make: () => ({
			id: 'next-assign',
			form: 'predict',
			see: showMe('the next assign step', kMeansCodec, input, { step: frame.index + 1 }),
			kind: 'choice',
			prompt: `The centroids are at ${frame.centroids.map((c, j) => `${point(c)} (${clusterName(j)})`).join(', ')}. After the next assign step, which cluster will the ringed point at ${point(X[i])} belong to?`,
			options: frame.centroids.map((_, c) => clusterName(c)),
			answer: clusterName(stated.index),
			explanation: `Assign puts each point with its nearest centroid. Its squared distances are ${stated.distances.map((d, c) => `${clusterName(c)}: ${formatShort(d)}`).join(', ')}; the smallest is ${clusterName(stated.index)}'s.`
		})
	};
};

const moves = ['Fall', 'Rise', 'Stay the same'] as const;
const moveOf = (before: number, after: number) =>
	Math.abs(after - before) <= 1e-9 * Math.max(1, before) ? moves[2] : after < before ? moves[0] : moves[1];

/**
 * Points × clusters up to which the one-more-cluster question is offered. Its twenty k-means
 * starts run in the k-means worker, but "Show me"'s run with k + 1, every step recorded, is
 * built on the page's thread when the question is dealt; this bound keeps that a few
 * milliseconds. 300 points (the default), Iris and the penguins fit at every k the page allows.
 */
export const oneMoreBudget = 4000;

/** Whether the one-more-cluster question can be asked of these settings: the state starts its worker job only then. */
export function offersOneMore(input: KMeansUrlState, n: number, k: number): boolean {
	return (
		input.src !== 'upload' && input.init !== 'click' && k < maxK && k + 1 <= n && n * (k + 1) <= oneMoreBudget
	);
}

/**
 * One more cluster, keeping the best of the ten table starts: which way does the best inertia
 * go? The page teaches that the lowest inertia never rises with k (k + 1 centroids can copy
 * k and split a cluster). Ten starts can miss that lowest inertia; then the rule does not show
 * in these numbers and the question is not asked (make gives null), so its key always follows
 * from the rule and the numbers Show me opens.
 */
const oneMoreCluster: Generator = (view) => {
	const { input, k } = view;
	if (!offersOneMore(input, view.X.length, k)) return null;
	return {
		id: 'one-more-cluster',
		form: 'predict',
		make: () => {
			const more = view.oneMore();
			if (!more) return null;
			const answer = moveOf(more.bestBefore, more.best);
			if (answer === 'Rise') return null;
			const starts = `${input.init} starts with seeds 1 to 10`;
			return {
				id: 'one-more-cluster',
				form: 'predict',
				see: showMe(`k = ${k + 1}, its ten starts`, kMeansCodec, input, {
					k: k + 1,
					step: lastStep(more.run)
				}),
				kind: 'choice',
				prompt: `Ten ${starts}, k = ${k}: the best ends at inertia ${formatShort(more.bestBefore)}. Run the same ten starts with k = ${k + 1} and keep the best: what does the best inertia do?`,
				options: [...moves],
				answer,
				explanation: `With k = ${k + 1} the best of the ten ends at ${formatShort(more.best)}. ${k + 1} centroids can copy the ${k} clusters and split one, so the lowest inertia never rises with k; that is why the lowest inertia cannot choose k.`
			};
		}
	};
};

/** Standardise (or stop standardising): does the agreement with the true groups move by more than 0.05? */
const flipScaling: Generator = (view) => {
	const { input, k, agreement, spreads } = view;
	if (input.src === 'upload' || input.init === 'click' || agreement === null || spreads.length < 2)
		return null;
	const options = [
		`Rise by more than ${agreementStep}`,
		`Fall by more than ${agreementStep}`,
		`Change by ${agreementStep} or less`
	];
	const toScaled = input.scale === 'off';
	return {
		id: 'flip-scaling',
		form: 'predict',
		make: () => {
			const other = view.rescaled();
			if (!other) return null;
			const change = other.agreement - agreement;
			const answer = change > agreementStep ? options[0] : change < -agreementStep ? options[1] : options[2];
			const sorted = [...spreads].filter((s) => s.sd > 0).sort((a, b) => b.sd - a.sd);
			const [widest, narrowest] = [sorted[0], sorted[sorted.length - 1]];
			const ratio = widest && narrowest ? widest.sd / narrowest.sd : 1;
			const why =
				ratio >= unitsRatio
					? `Raw, “${widest.name}” spreads ${Math.round(ratio)} times wider than “${narrowest.name}” and decides nearly every distance; standardised, each feature counts alike.`
					: `No raw feature spreads ${unitsRatio} times wider than another, so none swamps the distances; standardising reweights them, which can help or hurt.`;
			return {
				id: 'flip-scaling',
				form: 'predict',
				see: showMe(toScaled ? 'standardised features' : 'raw features', kMeansCodec, input, {
					scale: other.scale,
					step: lastStep(other.run)
				}),
				kind: 'choice',
				prompt: `The raw features' standard deviations: ${spreads.map((s) => `“${s.name}” ${formatShort(s.sd)}`).join(', ')}. k-means (k = ${k}, ${startName(input)}) on the ${toScaled ? 'raw' : 'standardised'} features agrees with the true groups at ${formatFixed(agreement, 2)} (adjusted Rand index). ${toScaled ? 'Standardise the features first' : 'Use the raw features instead'}: what does the agreement do?`,
				options,
				answer,
				explanation: `${toScaled ? 'Standardised' : 'Raw'}, the final clusters agree at ${formatFixed(other.agreement, 2)}. ${why}`
			};
		}
	};
};

/** Every question the view offers, scenarios and sums on stated numbers included (before dealing). */
export function kMeansCandidates(view: KMeansQuizView, seed: number): Candidate[] {
	const predicts = [nextAssign, oneMoreCluster, flipScaling]
		.map((make) => make(view, seed))
		.filter((c): c is Candidate => c !== null);
	return [...predicts, ...kMeansScenarios(view, seed)];
}

/** Each candidate as a stand-in that dealQuestions can sort by form, without building it. */
function standIn(candidate: Candidate): Question {
	const base = {
		id: candidate.id,
		kind: 'choice' as const,
		prompt: '',
		options: [],
		answer: '',
		explanation: ''
	};
	return candidate.form === 'predict'
		? { ...base, form: 'predict', see: { label: '', params: '' } }
		: { ...base, form: candidate.form };
}

/**
 * `count` questions from the candidates, dealt by the seed; only those dealt are built (two of
 * them run k-means again). One predict question (picked by the seed) leads, so every set offers
 * a "Show me" when one can be asked. A dealt question that declines to be built (its rule does
 * not show in these numbers) is set aside and the rest dealt again, so the set stays full.
 */
export function dealCandidates(candidates: Candidate[], seed: number, count = 4): Question[] {
	const built = new Map<string, Question | null>();
	const build = (c: Candidate): Question | null => {
		if (!built.has(c.id)) built.set(c.id, c.make());
		return built.get(c.id) ?? null;
	};
	let pool = candidates;
	for (;;) {
		const byId = new Map(pool.map((c) => [c.id, c]));
		const predicts = pool.filter((c) => c.form === 'predict');
		const lead = predicts.length > 0 ? predicts[createRng(seed + 97).int(predicts.length)].id : null;
		const dealt = dealQuestions(pool.map(standIn), seed, count, (q) => q.id === lead).map((q) =>
			byId.get(q.id)!
		);
		const declined = new Set(dealt.filter((c) => build(c) === null).map((c) => c.id));
		if (declined.size === 0) return dealt.map((c) => build(c)!);
		pool = pool.filter((c) => !declined.has(c.id));
	}
}

/** `count` questions about the run on screen, dealt by the seed. */
export function kMeansQuestions(view: KMeansQuizView, seed: number, count = 4): Question[] {
	return dealCandidates(kMeansCandidates(view, seed), seed, count);
}

/** Before there is a run (clicked centroids still to place): the scenarios and sums, which need none. */
export function questionsWithoutRun(context: ScenarioContext, seed: number, count = 4): Question[] {
	return dealCandidates(kMeansScenarios(context, seed), seed, count);
}
