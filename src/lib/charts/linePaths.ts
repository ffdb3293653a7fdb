/**
 * Path building for line charts (LinePlot.svelte): a series of values becomes SVG path data in
 * px, cut where it leaves the plot (never drawn along the edge as if it were there) and broken
 * at an undefined value; a point with no neighbour to join is returned to be drawn as a dot.
 */

export type Point = [number, number];

/** A rectangle in px: x from x0 to x1, y from y0 to y1. */
export interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

/** The part of segment a→b inside `box`, as fractions [t0, t1] along it (Liang–Barsky), or null when none of it is. */
function clipSegment(a: Point, b: Point, box: Box): [number, number] | null {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	let t0 = 0;
	let t1 = 1;
	// for each edge: p < 0 where the segment enters across it, p > 0 where it leaves; q ≥ 0 where a is on the inner side
	const edges: [number, number][] = [
		[-dx, a[0] - box.x0],
		[dx, box.x1 - a[0]],
		[-dy, a[1] - box.y0],
		[dy, box.y1 - a[1]]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return null; // parallel to this edge and beyond it
			continue;
		}
		const t = q / p;
		if (p < 0) {
			if (t > t1) return null;
			t0 = Math.max(t0, t);
		} else {
			if (t < t0) return null;
			t1 = Math.min(t1, t);
		}
	}
	return [t0, t1];
}

/**
 * A polyline (px) cut to `box`: the runs of it that lie inside, each segment that crosses an
 * edge ending (or starting) on that edge. A point that is not finite (an undefined value)
 * breaks the line too. A lone point inside (a series of one value) is a run of one.
 */
export function clipPolyline(points: readonly Point[], box: Box): Point[][] {
	const runs: Point[][] = [];
	let run: Point[] = [];
	const close = () => {
		if (run.length) runs.push(run);
		run = [];
	};
	const finite = (p: Point) => Number.isFinite(p[0]) && Number.isFinite(p[1]);
	const inside = (p: Point) => p[0] >= box.x0 && p[0] <= box.x1 && p[1] >= box.y0 && p[1] <= box.y1;
	points.forEach((b, i) => {
		const a = points[i - 1];
		if (!finite(b)) return close();
		if (!a || !finite(a)) {
			close();
			if (inside(b)) run.push(b);
			return;
		}
		const part = clipSegment(a, b, box);
		if (!part) return close();
		const [t0, t1] = part;
		const at = (t: number): Point => [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
		// entering from outside starts a new run at the edge; otherwise a is the run's last point
		if (t0 > 0 || run.length === 0) {
			close();
			run.push(at(t0));
		}
		run.push(t1 < 1 ? at(t1) : b);
		if (t1 < 1) close();
	});
	close();
	return runs;
}

/**
 * The corners of a step line through the points, horizontal first (matplotlib's steps-post,
 * d3's curveStepAfter): each value holds until the next x, then the line rises or falls to the
 * next value. A non-finite point is kept, so it still breaks the line.
 */
export function stepAfter(points: readonly Point[]): Point[] {
	return points.flatMap((p, i): Point[] => {
		const next = points[i + 1];
		return next && Number.isFinite(p[1]) && Number.isFinite(next[0]) ? [p, [next[0], p[1]]] : [p];
	});
}

/** Coordinates rounded to 0.01 px: shorter path data, and no visible difference. */
const at = (v: number) => Math.round(v * 100) / 100;

/** SVG path data and the lone points (to draw as dots) of a polyline in px, cut to `box`. */
export function linePath(points: readonly Point[], box: Box): { d: string; lone: Point[] } {
	const runs = clipPolyline(points, box);
	return {
		d: runs
			.filter((run) => run.length > 1)
			.map((run) => `M${run.map(([px, py]) => `${at(px)},${at(py)}`).join('L')}`)
			.join(''),
		lone: runs.filter((run) => run.length === 1).map(([p]) => p)
	};
}

/**
 * SVG path data for a band between two lines (px): a closed shape along `high` and back along
 * `low` for each run of positions where both ends are finite numbers; a null or non-finite end
 * breaks the band. A run of one position has no width and is left out.
 */
export function bandPath(
	x: readonly number[],
	low: readonly (number | null)[],
	high: readonly (number | null)[]
): string {
	const parts: string[] = [];
	let run: number[] = [];
	const close = () => {
		if (run.length > 1) {
			const top = run.map((i) => `${x[i]},${high[i]}`);
			const bottom = run.map((i) => `${x[i]},${low[i]}`).reverse();
			parts.push(`M${top.join('L')}L${bottom.join('L')}Z`);
		}
		run = [];
	};
	for (let i = 0; i < x.length; i++) {
		const [lo, hi] = [low[i], high[i]];
		if (lo === null || hi === null || !Number.isFinite(lo) || !Number.isFinite(hi) || !Number.isFinite(x[i]))
			close();
		else run.push(i);
	}
	close();
	return parts.join('');
}
