/**
 * The RMSE-against-degree chart's log scale. A high degree's validation RMSE can be thousands
 * of times its best, and an interpolating fit's training RMSE is 0 up to rounding, so a linear
 * axis either flattens the U or cuts the top off. The chart plots log₁₀ RMSE on LinePlot's
 * linear axis and labels the ticks with the RMSE itself; values below a floor, where the
 * curve passes through the training points, sit on the bottom edge, labelled "≤ floor".
 */
import { superscript } from '$lib/format/format';

/** log₁₀ of the smallest RMSE drawn apart from 0: errors below 0.001 are "through every point" at this data's scale (y within ±1, noise up to 1). */
export const RMSE_FLOOR_LOG = -3;

/** Where an RMSE sits on the chart: its log₁₀, raised to the floor (0 included). */
export function rmsePosition(rmse: number): number {
	return rmse > 0 ? Math.max(RMSE_FLOOR_LOG, Math.log10(rmse)) : RMSE_FLOOR_LOG;
}

export interface RmseAxis {
	/** In log₁₀ RMSE: whole decades around every value, at least one decade tall. */
	domain: [number, number];
	/** Whether some value is below the floor and drawn on the bottom edge. */
	clipped: boolean;
	/** Tick label for a position on the axis. */
	format: (position: number) => string;
}

/** The axis for these RMSEs (finite, ≥ 0); [0.1, 1] when there are none. */
export function rmseAxis(values: readonly number[]): RmseAxis {
	const positions = values.map(rmsePosition);
	const low = positions.length ? Math.floor(Math.min(...positions)) : -1;
	// + 0: Math.ceil(−0.1) is −0
	const high = positions.length ? Math.max(low + 1, Math.ceil(Math.max(...positions)) + 0) : 0;
	const clipped = values.some((v) => !(v > 0) || Math.log10(v) < RMSE_FLOOR_LOG);
	return {
		domain: [low, high],
		clipped,
		format: (position) =>
			clipped && position === low ? `≤ ${formatRmseTick(position)}` : formatRmseTick(position)
	};
}

/** 10^position to two significant digits: 0.001, 0.32, 1, 3,200; from 10,000 on a power of ten, 10⁵ (or 3.2e+4 between powers). */
export function formatRmseTick(position: number): string {
	const value = 10 ** position;
	if (value >= 1e4) return Number.isInteger(position) ? `10${superscript(position)}` : value.toExponential(1);
	return Number(value.toPrecision(2)).toLocaleString('en', { maximumFractionDigits: 6 });
}
