/**
 * Every remedy fitted both ways (resampled after the split and before it): fourteen fits that
 * together take longer than a frame, so the page runs them as a Task in frame-sized slices once
 * the controls rest; the tests call the same steps at once.
 */
import {
	evaluate,
	flagNothingAccuracy,
	trainingBalance,
	type Evaluation,
	type RemedySettings
} from './analysis';
import { remedies, type Remedy, type When } from './codec';
import { makeImbalanced, splitRows, type ImbalancedData } from './data';
import type { ImbalanceUrlState } from './codec';

/** What the fits depend on: the data's fields and the remedies' settings (not which remedy is shown). */
export type ResultsInput = Pick<ImbalanceUrlState, 'n' | 'pos' | 'sep' | 'seed' | 'k' | 'w' | 't'>;

export interface RemedyResults {
	/** Each remedy in the order of `remedies`, resampled on the training rows only. */
	after: Evaluation[];
	/** The same, resampled before the split (remedies that do not resample are the same as after). */
	before: Evaluation[];
	/** The training split before any remedy, and XGBoost's scale_pos_weight. */
	balance: ReturnType<typeof trainingBalance>;
	/** Accuracy of flagging nothing on the untouched test set. */
	flagNothing: number;
}

export const resultsInput = ({ n, pos, sep, seed, k, w, t }: ImbalanceUrlState): ResultsInput => ({
	n,
	pos,
	sep,
	seed,
	k,
	w,
	t
});

/** The data and split for these settings. */
export function dataFor({ n, pos, sep, seed }: ResultsInput): {
	data: ImbalancedData;
	split: ReturnType<typeof splitRows>;
} {
	const data = makeImbalanced(n, pos, sep, seed);
	return { data, split: splitRows(data.y, seed) };
}

/** Every remedy both ways; `pause` is awaited after each fit (a slice boundary on the page), `progress` told the share done. */
export async function fitAll(
	input: ResultsInput,
	pause: () => Promise<void>,
	progress: (fraction: number) => void = () => {}
): Promise<RemedyResults> {
	const { data, split } = dataFor(input);
	const settings: RemedySettings = { k: input.k, w: input.w, t: input.t, seed: input.seed };
	let done = 0;
	const run = async (when: When) => {
		const out: Evaluation[] = [];
		for (const remedy of remedies) {
			out.push(evaluate(data, split, remedy, when, settings));
			progress((done += 1) / (2 * remedies.length));
			await pause();
		}
		return out;
	};
	const after = await run('after');
	const before = await run('before');
	return {
		after,
		before,
		balance: trainingBalance(data, split),
		flagNothing: flagNothingAccuracy(data, split)
	};
}

/** One remedy's evaluation, resampled `when`. */
export const resultOf = (results: RemedyResults, remedy: Remedy, when: When): Evaluation =>
	results[when][remedies.indexOf(remedy)];
