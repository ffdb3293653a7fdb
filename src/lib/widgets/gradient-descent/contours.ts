/**
 * The loss surface's contour lines, by d3-contour on a grid of losses, in the parameters' own units
 * (a chart maps them with its scales). Levels are evenly spaced in log(loss − lowest loss), so rings
 * crowd neither the steep walls nor the flat floor.
 */
import { contours } from 'd3-contour';
import { lossGrid, type Surface } from '$lib/ml/lossSurfaces';

/** Grid cells across each side: 3,600 losses, a few ms even for the iris loss over 100 rows. */
export const gridSide = 60;
/** Contour levels drawn. */
export const levelCount = 12;

export interface ContourLine {
	/** The loss above the lowest minimum this line marks. */
	gap: number;
	/** Rings of points (w₁, w₂). */
	rings: [number, number][][];
}

/** The contour lines of a surface over its frame, lowest level first. */
export function contourLines(surface: Surface, side = gridSide, count = levelCount): ContourLine[] {
	const grid = lossGrid(surface, side, side);
	const gaps = Array.from(grid, (value) => value - surface.minLoss);
	let top = 0;
	for (const gap of gaps) if (gap > top) top = gap;
	// from a thousandth of the highest gap in view up to just below it, evenly in log
	const low = Math.log10(top) - 3;
	const high = Math.log10(top);
	const levels = Array.from({ length: count }, (_, k) => 10 ** (low + ((k + 0.5) * (high - low)) / count));
	const [x0, x1] = surface.frame.x;
	const [y0, y1] = surface.frame.y;
	// d3-contour's coordinates run 0…side along the grid; cell k spans [k, k + 1]
	const toW = ([gx, gy]: number[]): [number, number] => [
		x0 + (gx * (x1 - x0)) / side,
		y0 + (gy * (y1 - y0)) / side
	];
	return contours()
		.size([side, side])
		.thresholds(levels)(gaps)
		.map((multi, k) => ({
			gap: levels[k],
			rings: multi.coordinates.flatMap((polygon) => polygon.map((ring) => ring.map(toW)))
		}));
}
