/**
 * The sentences the encoding page says about its numbers, built once from the analysis so the
 * page, its tests and anything else that quotes them read the same words.
 */
import { counted, formatCount } from '$lib/format/format';
import { binSpread, type Binnings } from './analysis';
import { show } from './quiz';

/** Bin counts as a list with their noun: "1 row", "0, 2 rows". */
const list = (counts: readonly number[]) =>
	`${counts.map(formatCount).join(', ')} ${counts.length === 1 && counts[0] === 1 ? 'row' : 'rows'}`;

/**
 * What the equal-width and quantile bins of a column show: where the equal-width bins run nearly
 * empty (both ends, one end with the skew that explains it, a gap inside the range, or nowhere)
 * and whether quantile bins kept their k bins or merged tied edges. Null for a constant column
 * (no range to split; the page says so in its own warning).
 */
export function binningVerdict(binnings: Binnings, bins: number, column: string): string | null {
	if (!binnings.range) return null;
	const { tails, uniform, quantile } = binnings;
	const skew = tails.skewness === null ? 'undefined' : tails.skewness.toFixed(2);
	const even = show(tails.even);
	const parts = [`Equal-width bins hold ${binSpread(uniform.counts)} rows.`];
	if (tails.high.length > 0 && tails.low.length > 0) {
		parts.push(
			`Both ends run nearly empty (${list(tails.low)} at the low end, ${list(tails.high)} at the high end, each under a quarter of the ${even} an even split gives): thin tails on both sides (skewness ${skew}).`
		);
	} else if (tails.high.length > 0 || tails.low.length > 0) {
		const high = tails.high.length > 0;
		const run = high ? tails.high : tails.low;
		const skewed = (high && (tails.skewness ?? 0) > 0) || (!high && (tails.skewness ?? 0) < 0);
		const ends = `${high ? 'last' : 'first'} ${run.length === 1 ? 'bin holds' : `${run.length} bins hold`} only ${list(run)}, under a quarter of the ${even} an even split gives.`;
		parts.push(
			skewed
				? `${column} has a long ${high ? 'right' : 'left'} tail (skewness ${skew}), so the ${ends}`
				: `The ${ends}`
		);
	} else if (tails.inner.length > 0) {
		parts.push(
			`No bin at either end is nearly empty, but ${tails.inner.length === 1 ? 'one bin inside the range holds' : `${tails.inner.length} bins inside the range hold`} only ${list(tails.inner)}, under a quarter of the ${even} an even split gives: a gap between the values, not a tail (skewness ${skew}).`
		);
	} else {
		parts.push(
			`No bin is nearly empty (under a quarter of the ${even} an even split gives): the fewest hold ${formatCount(tails.fewest)} (skewness ${skew}).`
		);
	}
	parts.push(
		quantile.counts.length < bins
			? `Quantile bins would hold about ${even} rows each, but tied values merged their edges: ${counted(quantile.counts.length, 'bin')} of ${binSpread(quantile.counts)} rows. Equal counts need values that are not mostly ties; either way the edges depend on the training data (fit them on the training rows only).`
			: `Quantile bins hold ${binSpread(quantile.counts)} rows each, so every bin has data to learn from, at the price of unequal widths that depend on the training data (fit them on the training rows only).`
	);
	parts.push('A value exactly on an inner edge goes to the bin above it; the maximum stays in the last bin.');
	return parts.join(' ');
}
