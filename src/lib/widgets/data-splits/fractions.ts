/** Train / validation / test percentages that always sum to 100: moving one rescales the other two. */

export type Part = 'train' | 'val' | 'test';
export type Fractions = Record<Part, number>;

/** The smallest share each part may take: some training data, and a test set that exists. */
export const minimum: Fractions = { train: 10, val: 0, test: 5 };

/**
 * Sets one part to `value` (whole percent, clamped so the others can keep their minimum) and
 * shares what is left between the other two in their current proportion, rounded so the three
 * sum to exactly 100.
 */
export function setPart(current: Fractions, part: Part, value: number): Fractions {
	const others = (['train', 'val', 'test'] as const).filter((p) => p !== part);
	const ceiling = 100 - others.reduce((sum, p) => sum + minimum[p], 0);
	const chosen = Math.round(Math.min(ceiling, Math.max(minimum[part], value)));
	const left = 100 - chosen;
	const spare = left - minimum[others[0]] - minimum[others[1]];
	const weights = others.map((p) => Math.max(0, current[p] - minimum[p]));
	const total = weights[0] + weights[1];
	const first = minimum[others[0]] + Math.round(total === 0 ? spare / 2 : (spare * weights[0]) / total);
	return { [part]: chosen, [others[0]]: first, [others[1]]: left - first } as Fractions;
}
