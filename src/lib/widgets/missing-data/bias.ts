/**
 * What each mechanism does to the studied column's mean, the numbers behind the page's claims
 * about bias: dropping rows is unbiased only when values go missing completely at random, and
 * k-NN imputation recovers a bias only as far as the second column predicts the missing value.
 * Plain TypeScript over the engine, so the unit tests run it without Svelte.
 */
import { knnImpute } from '$lib/ml/knnImpute';
import { holePuncher, type Mechanism } from '$lib/ml/missingness';
import { mean } from '$lib/ml/stats';
import { truthOf, withHoles, type StudyData } from './analysis';

/** Seeds the verdict on each mechanism averages over: this page's seed and the next ones. */
export const VERDICT_SEEDS = 40;
/**
 * How many standard errors from 0 an average bias must lie to count as a bias, not noise. An
 * unbiased mechanism (MCAR) lands beyond 4 by chance about once in 16,000 verdicts; the biases
 * of MAR and MNAR here lie tens of standard errors out.
 */
export const SYSTEMATIC_ERRORS = 4;
/** Largest seed a link holds; the seeds of a verdict wrap around past it. */
const MAX_SEED = 1_000_000;

export const mechanisms: readonly Mechanism[] = ['mcar', 'mar', 'mnar'];

/** One mechanism at one missing rate: dropping rows and k-NN imputation against the truth. */
export interface MechanismEffect {
	mechanism: Mechanism;
	/** Dropping rows at this seed: the mean of the rows kept, and its distance from the true mean; null when no row is kept. */
	keptMean: number | null;
	dropBias: number | null;
	/** k-NN imputation at this seed (neighbours by the second column): the filled column's mean − the true mean; null when nothing is left to learn from. */
	knnBias: number | null;
	/** Dropping rows over {@link VERDICT_SEEDS} seeds: the mean of the biases and their standard deviation (ddof 1); null when no seed kept a row. */
	averageBias: number | null;
	spread: number | null;
	/** The standard error of {@link averageBias}: spread / √seeds; null with fewer than two seeds. */
	standardError: number | null;
	/**
	 * Whether dropping rows is biased here, not merely noisy: the average bias lies more than
	 * {@link SYSTEMATIC_ERRORS} standard errors (spread / √seeds) from 0. Under MCAR the kept rows are a random
	 * sample, whose average bias over many seeds tends to 0.
	 */
	systematic: boolean;
	/** Share of this seed's drop-rows bias that k-NN removes, 1 − |k-NN bias| / |drop bias|; null when dropping rows has no bias to remove. */
	recovered: number | null;
}

/** The seeds of a verdict: `seed` and the next ones, wrapping past the largest seed. */
export function verdictSeeds(seed: number): number[] {
	return Array.from({ length: VERDICT_SEEDS }, (_, i) => ((seed - 1 + i) % MAX_SEED) + 1);
}

/**
 * The mean of the studied column after k-NN imputation from the second column (k neighbours),
 * with the holes of `punched`; null when every value is missing (nothing to fill from).
 */
export function knnFilledMean(data: StudyData, punched: readonly number[], k: number): number | null {
	const after = withHoles(data, punched);
	if (after.every((v) => v === null)) return null;
	const filled = knnImpute(
		after.map((v, p) => [v, data.driver[p]]),
		{ nNeighbors: k }
	);
	return mean(filled.X.map((row) => row[0]));
}

/** Each mechanism at `rate`: dropping rows at this seed and over {@link VERDICT_SEEDS} seeds, and k-NN imputation at this seed. */
export function mechanismEffects(data: StudyData, rate: number, seed: number, k: number): MechanismEffect[] {
	const truth = truthOf(data).summary.mean;
	// the kept rows' mean − the truth for each seed, summed here rather than by dropRowsBias, which re-derives the truth and the weights on every call
	const dropBiasAt = (punch: (rate: number, seed: number) => number[], s: number): number | null => {
		const punched = new Set(punch(rate, s));
		let [sum, count] = [0, 0];
		data.values.forEach((v, p) => {
			if (v !== null && !punched.has(p)) [sum, count] = [sum + v, count + 1];
		});
		return count === 0 || truth === null ? null : sum / count - truth;
	};
	return mechanisms.map((mechanism) => {
		const punch = holePuncher(data.values, mechanism, data.driver);
		const [dropBias, ...later] = verdictSeeds(seed).map((s) => dropBiasAt(punch, s));
		const biases = [dropBias, ...later].filter((b): b is number => b !== null);
		const averageBias = biases.length > 0 ? mean(biases) : null;
		const spread =
			biases.length > 1
				? Math.sqrt(biases.reduce((s, b) => s + (b - averageBias!) ** 2, 0) / (biases.length - 1))
				: null;
		const standardError = spread === null ? null : spread / Math.sqrt(biases.length);
		const punched = punch(rate, seed);
		const filledMean = truth === null ? null : knnFilledMean(data, punched, k);
		const knnBias = filledMean === null || truth === null ? null : filledMean - truth;
		return {
			mechanism,
			keptMean: dropBias === null || truth === null ? null : truth + dropBias,
			dropBias,
			knnBias,
			averageBias,
			spread,
			standardError,
			systematic: averageBias !== null && Math.abs(averageBias) > SYSTEMATIC_ERRORS * (standardError ?? 0),
			recovered:
				dropBias === null || dropBias === 0 || knnBias === null
					? null
					: 1 - Math.abs(knnBias) / Math.abs(dropBias)
		};
	});
}

/** The mechanisms whose drop-rows bias is systematic, in the order MCAR, MAR, MNAR. */
export function biasedMechanisms(effects: readonly MechanismEffect[]): Mechanism[] {
	return effects.filter((e) => e.systematic).map((e) => e.mechanism);
}
