/**
 * The loss and accuracy charts' series, axes and table from the epochs drawn (at most ~600 of
 * them, however long the run): built once for both charts, which share the epoch axis.
 */
import type { EpochRecord } from '$lib/nn/settings';
import { formatAccuracy, formatLoss } from './format';

export interface EpochCharts {
	/** Epoch 0 a little inside the frame, so its dots are drawn whole rather than cut by the axis. */
	epochDomain: [number, number];
	/** The loss chart's top: the highest loss drawn, at least 0.8, with a margin. */
	maxLoss: number;
	loss: ReturnType<typeof series>;
	accuracy: ReturnType<typeof series>;
	table: () => { columns: string[]; rows: string[][] };
}

/** The training and validation curves of one figure (LinePlot draws a lone epoch 0 as dots). */
function series(shown: readonly EpochRecord[], pick: (r: EpochRecord) => [number, number]) {
	const x = shown.map((r) => r.epoch);
	return [
		{ id: 'train', label: 'training', x, y: shown.map((r) => pick(r)[0]), color: 'var(--series-a)' },
		{
			id: 'val',
			label: 'validation',
			x,
			y: shown.map((r) => pick(r)[1]),
			color: 'var(--series-b)',
			dashed: true
		}
	];
}

export function epochCharts(shown: readonly EpochRecord[], lastEpoch: number): EpochCharts {
	const maxEpoch = Math.max(10, lastEpoch);
	let highest = 0.8;
	for (const r of shown) highest = Math.max(highest, r.trainLoss, r.valLoss);
	return {
		epochDomain: [-0.02 * maxEpoch, maxEpoch],
		maxLoss: highest * 1.05,
		loss: series(shown, (r) => [r.trainLoss, r.valLoss]),
		accuracy: series(shown, (r) => [r.trainAccuracy, r.valAccuracy]),
		table: () => ({
			columns: ['Epoch', 'Training loss', 'Validation loss', 'Training accuracy', 'Validation accuracy'],
			rows: shown.map((r) => [
				String(r.epoch),
				formatLoss(r.trainLoss),
				formatLoss(r.valLoss),
				formatAccuracy(r.trainAccuracy),
				formatAccuracy(r.valAccuracy)
			])
		})
	};
}
