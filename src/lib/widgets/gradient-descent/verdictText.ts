/**
 * The verdict on a run in words, from its numbers: one sentence for the line under the chart, the
 * legend and the table. Losses are said as the gap above the lowest minimum, as the log axis plots them.
 */
import { counted, formatCount, formatPercent, formatShort } from '$lib/format/format';
import type { Surface } from '$lib/ml/lossSurfaces';
import type { Verdict, VerdictKind } from './analysis';

export const verdictLabels: Record<VerdictKind, string> = {
	converged: 'Converged',
	crawling: 'Crawling',
	'zig-zagging': 'Zig-zagging',
	noisy: 'Noisy',
	diverged: 'Diverged'
};

/** Where |w| has to pass for a run to be stopped as escaped (descend's default). */
const escapeText = '1,000,000';

/** A loss gap as the page writes it. */
export const gapText = (gap: number) => formatShort(Math.max(0, gap));

/** A point as the page writes it: (0.96, 0). */
export const pointText = (p: readonly number[]) => `(${formatShort(p[0])}, ${formatShort(p[1])})`;

/** The verdict's numbers in a sentence, read after its label ("Crawling"); `rows` is how many rows each step's batch had out of `of` (stochastic runs). */
export function verdictSentence(
	verdict: Verdict,
	surface: Surface,
	batch: { rows: number; of: number } | null
): string {
	const { steps, reversals, pairs, startGap, endGap } = verdict;
	const fromTo = `the loss went from ${gapText(startGap)} to ${gapText(endGap)} above the lowest minimum`;
	switch (verdict.kind) {
		case 'diverged': {
			const left = verdict.leftFrame === null ? '' : `; the path left the frame at step ${verdict.leftFrame}`;
			const stop = verdict.escaped
				? `, and the run stopped after ${counted(steps, 'step')} when w ran past ±${escapeText}`
				: '';
			return `The loss grew from ${gapText(startGap)} to ${gapText(endGap)} above the lowest minimum${left}${stop}.`;
		}
		case 'zig-zagging':
			return `${formatCount(reversals)} of ${formatCount(pairs)} steps turn back across the valley, overshooting each time; ${fromTo}${verdict.converged ? ', so it still converged' : ''}.`;
		case 'noisy':
			return `Each step sees ${batch ? `${counted(batch.rows, 'row')} of ${formatCount(batch.of)}` : 'a batch'}, so the loss on all rows rises again on ${formatCount(verdict.rises)} of ${counted(steps, 'step')} and ${formatCount(reversals)} of ${formatCount(pairs)} steps turn back; ${fromTo}${verdict.converged ? ', close to it all the same' : ''}.`;
		case 'converged': {
			const higher = verdict.nearestMinimum > 0;
			const where = pointText(surface.minima[verdict.nearestMinimum]);
			return higher
				? `In the higher valley, near ${where}: after ${counted(steps, 'step')} the loss is still ${gapText(endGap)} above the lowest minimum.`
				: `In ${counted(steps, 'step')} ${fromTo}.`;
		}
		case 'crawling': {
			const share = startGap > 0 ? 1 - endGap / startGap : 0;
			return `After ${counted(steps, 'step')} the loss is still ${gapText(endGap)} above the lowest minimum (it started ${gapText(startGap)} above): ${formatPercent(share)} of the way down.`;
		}
	}
}
