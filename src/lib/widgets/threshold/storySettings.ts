/**
 * The states of two threshold stories, named once: the stories (presets.ts) and the ready-made
 * study sessions (session/library.ts) open the same ones.
 */
import type { ThresholdUrlState } from './codec';

/** Rare positives: B has 1% of them, A half; the same separation. */
export const rarePositives: Partial<ThresholdUrlState> = {
	src: 'simulated',
	n: 5000,
	pos: 50,
	bpos: 1,
	sep: 2,
	bsep: 2,
	sd: 1,
	cmp: 'on',
	hist: 'share',
	pick: 'f1'
};

/** A screening test: 10% positives, and a miss costs 20 false alarms. */
export const costlyMisses: Partial<ThresholdUrlState> = {
	src: 'simulated',
	n: 20_000,
	pos: 10,
	sep: 2,
	sd: 1,
	cfp: 1,
	cfn: 20,
	cmp: 'off',
	hist: 'share',
	pick: 'cost'
};
