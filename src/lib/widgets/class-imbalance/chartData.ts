/** What the stage's charts draw, from the state's fields: the remedy bars and the plot's summary and domain. */
import type { Bar } from '$lib/charts/BarChart.svelte';
import { counted, formatCount } from '$lib/format/format';
import { COPY, NEGATIVE, POSITIVE, SYNTHETIC, type Evaluation } from './analysis';
import type { Remedy, When } from './codec';
import { REMEDY_SHORT } from './explain';

/** The two scores each remedy gets a bar for, and their colours (the legend names them). */
export const BAR_METRICS = [
	{ id: 'recall', name: 'Recall', colour: 'var(--series-a)', of: (e: Evaluation) => e.metrics.recall },
	{ id: 'ap', name: 'PR-AUC', colour: 'var(--series-b)', of: (e: Evaluation) => e.ap }
] as const;

/** Recall and PR-AUC of every remedy on its test set; the remedy shown is marked with "▶". */
export function remedyBars(compared: readonly Evaluation[], shown: Remedy): Bar[] {
	return compared.flatMap((e) =>
		BAR_METRICS.map((m) => ({
			id: `${e.remedy}-${m.id}`,
			label: `${e.remedy === shown ? '▶ ' : ''}${REMEDY_SHORT[e.remedy]} ${m.name}`,
			value: m.of(e),
			color: m.colour
		}))
	);
}

export interface TrainingRows {
	X: number[][];
	y: number[];
	kind: number[];
}

/** Points of each kind in the training rows. */
export function kindCounts(training: TrainingRows) {
	const counts = [0, 0, 0, 0];
	for (const kind of training.kind) counts[kind]++;
	return {
		negatives: counts[NEGATIVE],
		positives: counts[POSITIVE],
		copies: counts[COPY],
		synthetic: counts[SYNTHETIC]
	};
}

/** The plot's text alternative: what the training rows hold. */
export function trainingSummary(training: TrainingRows, remedy: Remedy, when: When): string {
	const c = kindCounts(training);
	const added =
		c.copies > 0
			? `, plus ${counted(c.copies, 'copy', 'copies')} of positive rows`
			: c.synthetic > 0
				? `, plus ${formatCount(c.synthetic)} synthetic SMOTE positives`
				: '';
	const where =
		remedy === 'over' || remedy === 'under' || remedy === 'smote' ? ` (resampled ${when} the split)` : '';
	return `The ${formatCount(training.y.length)} training rows${where}: ${counted(c.negatives, 'negative')} and ${counted(c.positives, 'original positive')}${added}.`;
}

/** The plot's extent: every row of the data with half a unit to spare, so it holds still as the remedy changes. */
export function plotDomain(X: readonly (readonly number[])[], feature: 0 | 1): [number, number] {
	let low = Infinity;
	let high = -Infinity;
	for (const row of X) {
		low = Math.min(low, row[feature]);
		high = Math.max(high, row[feature]);
	}
	return [Math.floor(low - 0.5), Math.ceil(high + 0.5)];
}

/** The plot's points in drawing order: negatives, then added points, then the original positives on top (copies sit exactly on them). */
export function plotPoints(training: TrainingRows): { x: number[]; y: number[]; classes: number[] } {
	const layer = (kind: number) => (kind === NEGATIVE ? 0 : kind === POSITIVE ? 2 : 1);
	const order = training.kind
		.map((_, i) => i)
		.sort((a, b) => layer(training.kind[a]) - layer(training.kind[b]) || a - b);
	return {
		x: order.map((i) => training.X[i][0]),
		y: order.map((i) => training.X[i][1]),
		classes: order.map((i) => training.kind[i])
	};
}
