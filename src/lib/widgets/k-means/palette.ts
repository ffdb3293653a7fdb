/**
 * One colour per cluster, up to 10 (Tableau 10, designed to tell ten categories apart,
 * readable on light and dark backgrounds). Colour is never the only cue: the plot numbers
 * the centroids, and the tables name each cluster.
 */
export const clusterColours = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export const clusterColour = (c: number) => clusterColours[c % clusterColours.length];

/** A square region around the points (and any extra points such as centroids), padded by 5%: equal units on both axes. */
export function squareDomain(points: readonly (readonly number[])[]): { x: [number, number]; y: [number, number] } {
	if (points.length === 0) return { x: [0, 1], y: [0, 1] };
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const half = (Math.max(x1 - x0, y1 - y0) || 1) * 0.55;
	const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
	return { x: [cx - half, cx + half], y: [cy - half, cy + half] };
}
