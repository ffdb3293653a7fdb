/**
 * Simulated classifier scores: the "binormal" model of signal-detection theory.
 * A hidden evidence value is normal for each class (negatives around −separation/2,
 * positives around +separation/2, both with the same spread), and the classifier
 * reports it through the logistic function, so every score lies in (0, 1) like a
 * predicted probability. The model has a closed-form ROC AUC to compare against.
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

/** How many of n samples are positive at this share: rounded, but never 0 or n, so both classes exist. */
export function positiveCount(n: number, positiveShare: number): number {
	return Math.min(n - 1, Math.max(1, Math.round(n * positiveShare)));
}

/** Draws a seeded score set; see the module comment for the model. */
export function makeScores(options: ScoreOptions): ScoreSet {
	const { n, positiveShare, separation, spread, seed } = options;
	if (!Number.isInteger(n) || n < 2) throw new Error(`n is ${n}; it must be a whole number of at least 2`);
	if (!(positiveShare > 0 && positiveShare < 1)) throw new Error(`positiveShare is ${positiveShare}; it must be between 0 and 1`);
	if (!(separation >= 0) || !Number.isFinite(separation)) throw new Error(`separation is ${separation}; it must be >= 0`);
	if (!(spread > 0) || !Number.isFinite(spread)) throw new Error(`spread is ${spread}; it must be > 0`);
	const rng = createRng(seed);
	const positives = positiveCount(n, positiveShare);
	const yTrue: number[] = [];
	const scores: number[] = [];
	for (let i = 0; i < n; i++) {
		const positive = i < positives;
		yTrue.push(positive ? 1 : 0);
		scores.push(logistic(rng.normal(positive ? separation / 2 : -separation / 2, spread)));
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
	const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
	return sign * (1 - poly * Math.exp(-x * x));
}

/** Standard normal cumulative distribution Φ(x). */
export function normalCdf(x: number): number {
	return 0.5 * (1 + erf(x / Math.SQRT2));
}

/**
 * The ROC AUC of the binormal model with infinitely many samples: the chance that a
 * positive's evidence beats a negative's, Φ(separation / (spread·√2)). The logistic
 * function keeps the order of scores, so it does not change the AUC.
 */
export function binormalAuc(separation: number, spread: number): number {
	return normalCdf(separation / (spread * Math.SQRT2));
}
