/**
 * The L2 and L1 terms of the loss a network minimises, tfjs-free so the page can show them:
 * the trainer adds l2 · Σw² + l1 · Σ|w| over the kernels (biases are not penalised) to the
 * mean cross-entropy (see mlp.ts `gradients`).
 */

/** Σw² and Σ|w| over a network's kernels, kernels[layer][input][unit]. */
export function kernelSums(kernels: readonly (readonly (readonly number[])[])[]): {
	squares: number;
	absolutes: number;
} {
	let squares = 0;
	let absolutes = 0;
	for (const layer of kernels)
		for (const row of layer)
			for (const w of row) [squares, absolutes] = [squares + w * w, absolutes + Math.abs(w)];
	return { squares, absolutes };
}

export interface PenaltyTerm {
	name: 'L2' | 'L1';
	rate: number;
	/** How the sum is written: Σw² or Σ|w|. */
	sum: string;
	/** The sum's value for these weights. */
	value: number;
}

/**
 * The loss being minimised: `crossEntropy` (nats per training point) plus each penalty that is
 * on (rate > 0), as terms and their total.
 */
export function penalisedLoss(
	crossEntropy: number,
	rates: { l1: number; l2: number },
	sums: { squares: number; absolutes: number }
): { terms: PenaltyTerm[]; total: number } {
	const terms: PenaltyTerm[] = [
		...(rates.l2 > 0 ? [{ name: 'L2' as const, rate: rates.l2, sum: 'Σw²', value: sums.squares }] : []),
		...(rates.l1 > 0 ? [{ name: 'L1' as const, rate: rates.l1, sum: 'Σ|w|', value: sums.absolutes }] : [])
	];
	return { terms, total: crossEntropy + terms.reduce((sum, t) => sum + t.rate * t.value, 0) };
}
