import { describe, expect, it } from 'vitest';
import { bandGap, silhouetteClusters, stackBands } from '$lib/widgets/k-means/silhouetteBands';

describe('silhouette bands', () => {
	// cluster 1 has points 0.9, 0.5 (mean 0.7); cluster 0 has 0.3 and −0.2 (mean 0.05, one negative)
	const labels = [1, 0, 1, 0];
	const values = [0.5, -0.2, 0.9, 0.3];

	it('groups the values by cluster in index order, sorted highest first', () => {
		const clusters = silhouetteClusters(labels, values);
		expect(clusters.map((c) => c.c)).toEqual([0, 1]);
		expect(clusters[0].values).toEqual([0.3, -0.2]);
		expect(clusters[0].mean).toBeCloseTo(0.05, 12);
		expect(clusters[0].negative).toBe(1);
		expect(clusters[1].values).toEqual([0.9, 0.5]);
		expect(clusters[1].mean).toBeCloseTo(0.7, 12);
		expect(clusters[1].negative).toBe(0);
	});

	it('gives every point the same row height, and each band its share of the plot after the gaps', () => {
		expect(bandGap).toBe(6);
		// 106 px less one 6 px gap is 100 px for 4 points: 25 px a row
		const { bands, rowHeight } = stackBands(silhouetteClusters(labels, values), 106);
		expect(rowHeight).toBe(25);
		expect(bands.map((b) => [b.top, b.height])).toEqual([
			[0, 50],
			[56, 50]
		]);
	});
});
