/**
 * The silhouette plot's layout: each cluster's points sorted from the highest silhouette down,
 * as one band of equal-height rows, bands stacked top to bottom in cluster order with a gap
 * between them. Pure, so SilhouettePlot's SVG labels and its canvas bars read the same bands.
 */

/** One cluster's points in the silhouette plot. */
export interface SilhouetteCluster {
	/** The cluster's index. */
	c: number;
	/** Its points' silhouette values, highest first. */
	values: number[];
	/** Their mean (a cluster here has at least one point). */
	mean: number;
	/** How many are negative (probably in the wrong cluster). */
	negative: number;
}

/** A cluster's band, px from the plot's top. */
export interface SilhouetteBand extends SilhouetteCluster {
	top: number;
	height: number;
}

/** Gap between two clusters' bands, px. */
export const bandGap = 6;

/** The clusters present in `labels`, in index order, each with its points' values (same length as labels) sorted highest first. */
export function silhouetteClusters(
	labels: readonly number[],
	values: readonly number[]
): SilhouetteCluster[] {
	return [...new Set(labels)]
		.sort((a, b) => a - b)
		.map((c) => {
			const own = values.filter((_, i) => labels[i] === c).sort((a, b) => b - a);
			return {
				c,
				values: own,
				mean: own.reduce((s, v) => s + v, 0) / own.length,
				negative: own.filter((v) => v < 0).length
			};
		});
}

/**
 * The clusters' bands over a plot `height` px tall: every point gets the same row height,
 * (height − gaps) / points, so a band's height is its share of the points. Also that row height.
 */
export function stackBands(
	clusters: readonly SilhouetteCluster[],
	height: number
): { bands: SilhouetteBand[]; rowHeight: number } {
	const points = clusters.reduce((n, cluster) => n + cluster.values.length, 0);
	const rowHeight = points ? (height - bandGap * (clusters.length - 1)) / points : 0;
	let top = 0;
	const bands = clusters.map((cluster) => {
		const band = { ...cluster, top, height: cluster.values.length * rowHeight };
		top += band.height + bandGap;
		return band;
	});
	return { bands, rowHeight };
}

/** The silhouette plot's numbers: every point's value, the clusters' and the mean over all points. */
export interface SilhouetteSummary {
	labels: number[];
	values: number[];
	clusters: SilhouetteCluster[];
	/** The silhouette score: the mean of every point's value (scikit-learn's silhouette_score). */
	mean: number;
}

export function summariseSilhouettes(labels: number[], values: number[]): SilhouetteSummary {
	return {
		labels,
		values,
		clusters: silhouetteClusters(labels, values),
		mean: values.reduce((s, v) => s + v, 0) / values.length
	};
}
