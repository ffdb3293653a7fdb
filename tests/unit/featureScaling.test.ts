import { describe, expect, it } from 'vitest';
import {
	bulkDomain,
	bulkRange,
	methodInText,
	orderByRawX,
	paramRows,
	scaleAll,
	sharedDomain,
	splitRows,
	type ScalingData
} from '$lib/widgets/feature-scaling/analysis';
import { scalingCodec } from '$lib/widgets/feature-scaling/codec';
import { fitLogistic } from '$lib/ml/logistic';
import { logisticOneVsRest, purity } from '$lib/widgets/feature-scaling/models';
import { openLink } from './openLink';
import { ScalingState } from '$lib/widgets/feature-scaling/State.svelte';

// heights and masses: 170/65.2, 182/81, 165/58.4, 159/52.1, 190/92.3, then one added point
const X = [
	[170, 65.2],
	[182, 81],
	[165, 58.4],
	[159, 52.1],
	[190, 92.3],
	[400, 70]
];
const data: ScalingData = {
	X,
	classes: null,
	classNames: [],
	xName: 'height',
	yName: 'mass',
	addedFrom: 5,
	sampledFrom: null
};

describe('splitRows', () => {
	it('holds out ceil(30%) of the original rows and keeps added points in training', () => {
		const { train, test } = splitRows(data, 1);
		expect(test).toHaveLength(2); // ceil(0.3 × 5) = 2
		expect(train).toHaveLength(4); // 3 original + the added point
		expect(train).toContain(5);
		expect([...train, ...test].sort()).toEqual([0, 1, 2, 3, 4, 5]);
	});

	it('puts the added points in the test rows when asked, the original rows split as before', () => {
		const inTraining = splitRows(data, 1, 'train');
		const inTest = splitRows(data, 1, 'test');
		expect(inTest.test).toEqual([...inTraining.test, 5]);
		expect(inTest.train).toEqual(inTraining.train.filter((i) => i !== 5));
	});
});

describe('scaleAll and paramRows', () => {
	const versions = scaleAll(X, [0, 1, 2, 3, 4]);
	const byId = (id: string) => versions.find((v) => v.id === id)!;

	it('fits on the given rows only and transforms every row', () => {
		// heights of the fit rows: mean 866 / 5 = 173.2; min 159, max 190
		const standard = paramRows(byId('standard').scaler!);
		expect(standard[0].name).toBe('mean μ');
		expect(standard[0].values[0]).toBeCloseTo(173.2, 10);
		// population std: √(638.8 / 5) = √127.76
		expect(standard[1].values[0]).toBeCloseTo(Math.sqrt(127.76), 10);
		// the added point is transformed with the fitted numbers: (400 − 159) / 31
		expect(byId('minmax').X[5][0]).toBeCloseTo(241 / 31, 10);
		// robust: sorted heights 159, 165, 170, 182, 190 → median 170, Q1 165, Q3 182
		const robust = paramRows(byId('robust').scaler!);
		expect(robust.map((r) => r.values[0])).toEqual([170, 165, 182, 17]);
		// the row normalizer divides each row by its own length
		expect(byId('normalize').X[0][0]).toBeCloseTo(170 / Math.hypot(170, 65.2), 12);
	});

	it('lets one outlier squeeze min-max when it is fitted on', () => {
		const withOutlier = scaleAll(X, [0, 1, 2, 3, 4, 5]);
		const minmax = withOutlier.find((v) => v.id === 'minmax')!;
		// range 159–400: the five people's heights fit in (190 − 159) / 241 ≈ 0.13 of [0, 1]
		const bulk = minmax.X.slice(0, 5).map((r) => r[0]);
		expect(Math.max(...bulk) - Math.min(...bulk)).toBeCloseTo(31 / 241, 10);
		const robust = withOutlier.find((v) => v.id === 'robust')!;
		// robust: sorted heights 159 165 170 182 190 400 → median 176, Q1 166.25, Q3 188 → IQR 21.75
		const spread = robust.X.slice(0, 5).map((r) => r[0]);
		expect(Math.max(...spread) - Math.min(...spread)).toBeCloseTo(31 / 21.75, 10);
	});

	it('frames the shared axes on the original rows, so the outlier does not stretch them', () => {
		const withOutlier = scaleAll(X, [0, 1, 2, 3, 4, 5]);
		const minmax = withOutlier.find((v) => v.id === 'minmax')!;
		// bulkRange: the five people only; min-max heights (159 − 159) / 241 = 0 to (190 − 159) / 241
		const [lo, hi] = bulkRange(minmax.X, 0, 5);
		expect(lo).toBe(0);
		expect(hi).toBeCloseTo(31 / 241, 12);
		// the added point's min-max height is 1, its robust height (400 − 176) / 21.75 ≈ 10.3: the bulk
		// domain leaves the robust one out (pinned at the edge), the all-points domain must reach it
		const robustOutlier = (400 - 176) / 21.75;
		const [bulkLo, bulkHi] = bulkDomain(withOutlier, 5);
		expect(bulkHi).toBeLessThan(robustOutlier);
		expect(sharedDomain(withOutlier)[1]).toBeGreaterThan(robustOutlier);
		// every original row of every version lies inside the bulk domain
		const originals = withOutlier.flatMap((version) => version.X.slice(0, 5).flat());
		expect(Math.min(...originals)).toBeGreaterThanOrEqual(bulkLo);
		expect(Math.max(...originals)).toBeLessThanOrEqual(bulkHi);
		// without added points the two domains are one
		expect(bulkDomain(scaleAll(X.slice(0, 5), [0, 1, 2, 3, 4]), 5)).toEqual(
			sharedDomain(scaleAll(X.slice(0, 5), [0, 1, 2, 3, 4]))
		);
	});

	it('names the scalers in a sentence with IQR and L2 in capitals', () => {
		expect(methodInText.robust).toBe('robust (median, IQR) scaling');
		expect(methodInText.normalize).toBe('normalizing each row (L2)');
		expect(methodInText.minmax).toBe('min-max scaling');
	});
});

describe('purity', () => {
	it('counts the rows whose cluster majority is their class', () => {
		// cluster 0 holds classes 0, 0, 1 (majority 2); cluster 1 holds 1, 1 (2): 4 of 5
		expect(purity([0, 0, 0, 1, 1], [0, 0, 1, 1, 1])).toBeCloseTo(0.8, 12);
	});
});

describe('logisticOneVsRest', () => {
	// three groups along a line, overlapping at their edges
	const X = [[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11]];
	const y = [0, 0, 0, 1, 0, 1, 1, 2, 1, 2, 2, 2];

	it('gives each row the class whose own model is most sure of it', () => {
		const probabilities = [0, 1, 2].map((c) =>
			fitLogistic(
				X,
				y.map((v) => (v === c ? 1 : 0)),
				{ C: 1 }
			).predictProba(X)
		);
		const expected = X.map((_, i) =>
			[0, 1, 2].reduce((best, c) => (probabilities[c][i] > probabilities[best][i] ? c : best), 0)
		);
		expect(logisticOneVsRest(X, y, X, 1)).toEqual(expected);
		// the ends go to the outer classes
		expect(logisticOneVsRest(X, y, [[-5], [16]], 1)).toEqual([0, 2]);
	});

	it('predicts the one class it saw (a fit with no single solution is tested on the page: featureScalingClaims)', () => {
		expect(logisticOneVsRest([[1], [2]], [4, 4], [[3]], Infinity)).toEqual([4]);
	});
});

describe('scaling link codec', () => {
	it('round-trips added points, their placement and the leak setting', () => {
		const state = {
			...scalingCodec.defaults(),
			out: [
				[250, 9000],
				[-3, 1.5]
			] as [number, number][],
			fit: 'all' as const,
			place: 'test' as const,
			cmp: 'robust' as const
		};
		const { value, problems } = scalingCodec.decode(scalingCodec.encode(state));
		expect(problems).toEqual([]);
		expect(value).toEqual(state);
	});

	it('opens a link shared before the placement existed with the points in the training rows', () => {
		const { value, problems } = scalingCodec.decode(new URLSearchParams('out=250_9000&fit=all'));
		expect(problems).toEqual([]);
		expect(value.place).toBe('train');
	});

	it('refuses tampered points and never restores an upload', () => {
		const { value, problems } = openLink(new ScalingState(), 'out=1_2~x_3&src=upload&fit=sometimes');
		expect(value.out).toEqual([]);
		expect(value.src).toBe('cars');
		expect(value.fit).toBe('train');
		expect(problems).toHaveLength(3);
	});
});

describe('orderByRawX', () => {
	it("renumbers clusters left to right by their members' mean first feature", () => {
		// cluster 5 sits at x ≈ 10, cluster 2 at x ≈ 0: 2 becomes 0, 5 becomes 1
		expect(orderByRawX([5, 2, 5, 2], [[10], [0], [11], [1]])).toEqual([1, 0, 1, 0]);
	});
});
