/**
 * Simulated classifier scores: the "binormal" model of signal-detection theory, scored
 * by a perfect probabilistic classifier.
 *
 * A hidden evidence value e is normal for each class with the same spread σ: negatives
 * around −d/2, positives around +d/2 (d the separation). Each sample's score is the true
 * posterior P(positive | e) of the simulated data, the class balance included. With π the
 * share of positives in the set, Bayes' rule gives the log-odds
 *
 *   ln(P(+ | e) / P(− | e)) = ln(N(e; d/2, σ²) / N(e; −d/2, σ²)) + ln(π / (1 − π))
 *                           = d·e / σ² + ln(π / (1 − π)),
 *
 * since the squares in the two normal exponents differ by (e + d/2)² − (e − d/2)² = 2d·e.
 * The scores are therefore calibrated: of the samples scored near p, a share near p is
 * positive, 0.5 means "as likely positive as not", and with d = 0 every score is π. The
 * score is an increasing function of e (for d > 0), so ranking metrics such as the ROC AUC
 * are those of the evidence itself, which has a closed form ({@link binormalAuc}).
 */
import { createRng } from './random';

export interface ScoreOptions {
	/** Number of samples, at least 2. */
	n: number;
	/** Share of positives, in (0, 1); rounded to a count, at least one of each class. */
	positiveShare: number;
	/** Distance between the two classes' mean evidence, in evidence units (>= 0). */
	separation: number;
	/** Standard deviation of each class's evidence (> 0). */
	spread: number;
	seed: number;
}

export interface ScoreSet {
	/** 1 for a positive, 0 for a negative; positives first. */
	yTrue: number[];
	scores: number[];
}

const logistic = (z: number) => 1 / (1 + Math.exp(-z));
/** The largest double below 1. */
const belowOne = 1 - Number.EPSILON / 2;

/** How many of n samples are positive at this share: rounded, but never 0 or n, so both classes exist. */
export function positiveCount(n: number, positiveShare: number): number {
	return Math.min(n - 1, Math.max(1, Math.round(n * positiveShare)));
}

/**
 * The true posterior P(positive | evidence) of the model in the module comment: the score
 * a sample with this evidence gets. `prior` is the share of positives, in (0, 1).
 */
export function posteriorScore(evidence: number, separation: number, spread: number, prior: number): number {
	const score = logistic((separation * evidence) / (spread * spread) + Math.log(prior / (1 - prior)));
	// The true posterior is never 1, but above log-odds of about 37 the division rounds to 1;
	// keep it at the largest number below 1, so that threshold 1 still flags nothing.
	return Math.min(score, belowOne);
}

/**
 * Draws a seeded score set; see the module comment for the model. The prior in each score is
 * the set's own share of positives (the rounded count over n), so the scores are calibrated
 * for exactly the samples drawn.
 */
export function makeScores(options: ScoreOptions): ScoreSet {
	const { n, positiveShare, separation, spread, seed } = options;
	if (!Number.isInteger(n) || n < 2) throw new Error(`n is ${n}; it must be a whole number of at least 2`);
	if (!(positiveShare > 0 && positiveShare < 1))
		throw new Error(`positiveShare is ${positiveShare}; it must be between 0 and 1`);
	if (!(separation >= 0) || !Number.isFinite(separation))
		throw new Error(`separation is ${separation}; it must be >= 0`);
	if (!(spread > 0) || !Number.isFinite(spread)) throw new Error(`spread is ${spread}; it must be > 0`);
	const rng = createRng(seed);
	const positives = positiveCount(n, positiveShare);
	const prior = positives / n;
	const yTrue: number[] = [];
	const scores: number[] = [];
	for (let i = 0; i < n; i++) {
		const positive = i < positives;
		const evidence = rng.normal(positive ? separation / 2 : -separation / 2, spread);
		yTrue.push(positive ? 1 : 0);
		scores.push(posteriorScore(evidence, separation, spread, prior));
	}
	return { yTrue, scores };
}

/**
 * Error function, by the Abramowitz & Stegun formula 7.1.26 (absolute error below 1.5e-7):
 * plenty for an AUC shown to three decimals.
 */
export function erf(x: number): number {
	const sign = x < 0 ? -1 : 1;
	const t = 1 / (1 + 0.3275911 * Math.abs(x));
	const poly =
		t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
	return sign * (1 - poly * Math.exp(-x * x));
}

/** Standard normal cumulative distribution Φ(x). */
export function normalCdf(x: number): number {
	return 0.5 * (1 + erf(x / Math.SQRT2));
}

/**
 * The ROC AUC of the binormal model with infinitely many samples: the chance that a
 * positive's evidence beats a negative's, Φ(separation / (spread·√2)). The score is an
 * increasing function of the evidence, so it keeps their order and their AUC (with no
 * separation every score ties, and the AUC is exactly 0.5).
 */
export function binormalAuc(separation: number, spread: number): number {
	return normalCdf(separation / (spread * Math.SQRT2));
}
