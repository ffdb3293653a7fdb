/** The knee of an elbow curve by the Kneedle method (Satopää, Albrecht, Irwin & Raghavan, 2011). Exported through kmeans.ts. */
import { show } from './show';

/** One point of an elbow curve. */
export interface ElbowPoint {
	k: number;
	/** The best inertia of kMeans with this k, in units of X squared. */
	inertia: number;
}

/** Output of {@link suggestK}. */
export interface KneeSuggestion {
	/** The k at the knee of the curve. */
	k: number;
	method: 'Kneedle (Satopää et al., 2011)';
	/** The Kneedle difference curve, one entry per point of the curve, sorted by k; the knee is its maximum. */
	scores: { k: number; score: number }[];
}

const KNEEDLE = 'Kneedle (Satopää et al., 2011)';

/**
 * The elbow of a decreasing inertia curve by Kneedle (Satopää, Albrecht,
 * Irwin & Raghavan, "Finding a 'Kneedle' in a Haystack: Detecting Knee
 * Points in System Behavior", ICDCS Workshops 2011), offline and without
 * smoothing:
 * 1. normalise k and inertia to [0, 1] by their min and max;
 * 2. for a decreasing convex curve, the difference curve is
 *    D = (1 − k_norm) − inertia_norm, the height of the straight line from
 *    the first to the last point above the curve;
 * 3. the knee is the k where D is largest (the first, on a tie).
 * The paper's sensitivity threshold S serves to detect knees online as data
 * arrive; with the whole curve at hand, the maximum is its knee.
 * Input: points `{ k, inertia }` (e.g. from elbowCurve) in any order, with
 * distinct integer k >= 1 and finite inertia >= 0.
 * Output: {@link KneeSuggestion}, or null when there is no knee to find:
 * fewer than 3 points, a flat curve, a curve that does not fall from its
 * first to its last k, or no point below the straight line (D <= 0, e.g. a
 * straight or concave curve), or a largest D at either end.
 * Throws for malformed points or a repeated k.
 */
export function suggestK(curve: readonly ElbowPoint[]): KneeSuggestion | null {
	if (!Array.isArray(curve)) throw new Error('suggestK: curve must be an array of { k, inertia } points');
	curve.forEach((point, i) => {
		const k: unknown = point?.k;
		const inertia: unknown = point?.inertia;
		if (typeof k !== 'number' || !Number.isSafeInteger(k) || k < 1) {
			throw new Error(`suggestK: curve[${i}].k is ${show(k)}; it must be an integer >= 1`);
		}
		if (typeof inertia !== 'number' || !Number.isFinite(inertia) || inertia < 0) {
			throw new Error(`suggestK: curve[${i}].inertia is ${show(inertia)}; it must be a finite number >= 0`);
		}
	});
	const points = curve.map(({ k, inertia }) => ({ k, inertia })).sort((a, b) => a.k - b.k);
	for (let i = 1; i < points.length; i++) {
		if (points[i].k === points[i - 1].k)
			throw new Error(`suggestK: k = ${points[i].k} appears twice in the curve`);
	}
	if (points.length < 3) return null;
	const kMin = points[0].k;
	const kSpan = points[points.length - 1].k - kMin;
	let low = Infinity;
	let high = -Infinity;
	for (const { inertia } of points) {
		low = Math.min(low, inertia);
		high = Math.max(high, inertia);
	}
	const span = high - low;
	// Differences within rounding of the largest value are no bend at all.
	if (span <= 1e-12 * high || !(points[0].inertia > points[points.length - 1].inertia)) return null;
	const scores = points.map(({ k, inertia }) => ({
		k,
		score: 1 - (k - kMin) / kSpan - (inertia - low) / span
	}));
	let best = 0;
	for (let i = 1; i < scores.length; i++) if (scores[i].score > scores[best].score) best = i;
	if (scores[best].score <= 1e-12 || best === 0 || best === scores.length - 1) return null;
	return { k: scores[best].k, method: KNEEDLE, scores };
}
