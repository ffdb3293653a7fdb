/** The box plots' five numbers per scaler, against NumPy's percentile (linear interpolation) worked by hand. */
import { describe, expect, it } from 'vitest';
import { fiveNumbersByVersion, type Version } from '$lib/widgets/feature-scaling/analysis';

const versions: Version[] = [
	// np.percentile([1, 2, 3, 4, 10], [0, 25, 50, 75, 100]) = [1, 2, 3, 4, 10]
	{
		id: 'standard',
		name: 'A',
		X: [
			[1, 0],
			[2, 0],
			[3, 0],
			[4, 0],
			[10, 0]
		],
		scaler: null
	},
	// np.percentile([-1, 0, 1, 2], [0, 25, 50, 75, 100]) = [-1, -0.25, 0.5, 1.25, 2]
	{
		id: 'minmax',
		name: 'B',
		X: [
			[-1, 5],
			[0, 6],
			[1, 7],
			[2, 8]
		],
		scaler: null
	}
];

describe('fiveNumbersByVersion', () => {
	it('gives each version its quartiles by linear interpolation, on one axis', () => {
		const { rows, domain } = fiveNumbersByVersion(versions, 0);
		expect(rows).toEqual([
			{ id: 'standard', label: 'A', min: 1, q1: 2, median: 3, q3: 4, max: 10 },
			{ id: 'minmax', label: 'B', min: -1, q1: -0.25, median: 0.5, q3: 1.25, max: 2 }
		]);
		expect(domain).toEqual([-1, 10]);
	});

	it('reads the feature asked for', () => {
		const { rows, domain } = fiveNumbersByVersion(versions, 1);
		// np.percentile([5, 6, 7, 8], 25) = 5.75
		expect(rows[1]).toMatchObject({ min: 5, q1: 5.75, median: 6.5, q3: 7.25, max: 8 });
		expect(domain).toEqual([0, 8]);
	});
});
