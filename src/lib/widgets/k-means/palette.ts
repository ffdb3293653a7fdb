/** The k-means plots' square frame. (Cluster colours are the site's category palette, $lib/charts/palette.) */

/** A square region around the points (and any extra points such as centroids), padded by 5%: equal units on both axes. */
export function squareDomain(points: readonly (readonly number[])[]): {
	x: [number, number];
	y: [number, number];
} {
	if (points.length === 0) return { x: [0, 1], y: [0, 1] };
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const half = (Math.max(x1 - x0, y1 - y0) || 1) * 0.55;
	const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
	return { x: [cx - half, cx + half], y: [cy - half, cy + half] };
}
