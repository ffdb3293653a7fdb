/** Where each count of a binary confusion matrix sits: rows actual positive/negative, columns predicted positive/negative. */
import type { Counts } from '$lib/ml/metrics';
import type { CellRole } from './MatrixGrid.svelte';

export interface BinaryCell {
	key: keyof Counts;
	label: string;
	role: CellRole;
}

export const binaryLayout: BinaryCell[][] = [
	[
		{ key: 'tp', label: 'True positives', role: 'tp' },
		{ key: 'fn', label: 'False negatives', role: 'fn' }
	],
	[
		{ key: 'fp', label: 'False positives', role: 'fp' },
		{ key: 'tn', label: 'True negatives', role: 'tn' }
	]
];

export const binaryClassLabels = ['Positive', 'Negative'];
