/** The threshold explorer's numbers worked out the plain way, to check the engine and the page against. */
import type { ScoreSet } from '$lib/ml/scores';

/** Counts at a threshold by looking at every score (flagged when score >= threshold). */
export function countByHand({ yTrue, scores }: ScoreSet, threshold: number) {
	const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
	scores.forEach((s, i) => {
		const flagged = s >= threshold;
		if (yTrue[i] === 1) c[flagged ? 'tp' : 'fn']++;
		else c[flagged ? 'fp' : 'tn']++;
	});
	return c;
}

/** Groups of tied scores from the highest down, each with its positives and negatives. */
export function tiedGroups({
	yTrue,
	scores
}: ScoreSet): { score: number; positives: number; negatives: number }[] {
	const order = scores.map((s, i) => [s, yTrue[i]] as const).sort((p, q) => q[0] - p[0]);
	const groups: { score: number; positives: number; negatives: number }[] = [];
	for (const [score, label] of order) {
		if (groups.at(-1)?.score !== score) groups.push({ score, positives: 0, negatives: 0 });
		groups.at(-1)![label === 1 ? 'positives' : 'negatives']++;
	}
	return groups;
}

/** Precision at the highest threshold that catches `recall` of the positives, by walking down the scores. */
export function precisionAtRecallByHand(set: ScoreSet, recall: number): number {
	const total = set.yTrue.filter((y) => y === 1).length;
	let tp = 0;
	let fp = 0;
	for (const group of tiedGroups(set)) {
		tp += group.positives;
		fp += group.negatives;
		if (tp >= total * recall) return tp / (tp + fp);
	}
	throw new Error('no positives');
}

/** The cheapest threshold by a sweep down every distinct score ("flag nothing" first; ties to the highest), and its cost. */
export function cheapestByHand(
	set: ScoreSet,
	costFp: number,
	costFn: number
): { threshold: number; cost: number } {
	const positives = set.yTrue.filter((y) => y === 1).length;
	let best = { threshold: Infinity, cost: costFn * positives };
	let tp = 0;
	let fp = 0;
	for (const group of tiedGroups(set)) {
		tp += group.positives;
		fp += group.negatives;
		const cost = costFp * fp + costFn * (positives - tp);
		if (cost < best.cost) best = { threshold: group.score, cost };
	}
	return best;
}
