import { describe, expect, it } from 'vitest';
import { bandPath, linePath, stepAfter } from '$lib/charts/linePaths';

const box = { x0: 0, x1: 100, y0: 0, y1: 100 };

describe('stepAfter', () => {
	it('holds each value until the next x, then rises or falls (steps-post)', () => {
		expect(
			stepAfter([
				[0, 10],
				[20, 30],
				[50, 5]
			])
		).toEqual([
			[0, 10],
			[20, 10],
			[20, 30],
			[50, 30],
			[50, 5]
		]);
	});

	it('keeps an undefined value, so the line still breaks there', () => {
		expect(
			stepAfter([
				[0, 10],
				[20, NaN],
				[50, 5]
			])
		).toEqual([
			[0, 10],
			[20, 10],
			[20, NaN],
			[50, 5]
		]);
	});
});

describe('linePath', () => {
	it('writes a polyline inside the box as one path, rounded to 0.01 px', () => {
		expect(
			linePath(
				[
					[0, 0],
					[10.004, 20],
					[30, 40.126]
				],
				box
			)
		).toEqual({ d: 'M0,0L10,20L30,40.13', lone: [] });
	});

	it('starts a new subpath where a line comes back into the box, and returns a lone point as a dot', () => {
		// (0,50)→(50,150) leaves at (25,100); (50,150)→(100,50) comes back at (75,100)
		expect(
			linePath(
				[
					[0, 50],
					[50, 150],
					[100, 50]
				],
				box
			).d
		).toBe('M0,50L25,100M75,100L100,50');
		expect(linePath([[40, 60]], box)).toEqual({ d: '', lone: [[40, 60]] });
	});
});

describe('bandPath', () => {
	it('closes each run of finite ends along the top and back along the bottom; a null breaks it', () => {
		expect(bandPath([0, 10, 20, 30, 40], [5, 6, null, 7, 8], [1, 2, 3, 3, 4])).toBe(
			'M0,1L10,2L10,6L0,5ZM30,3L40,4L40,8L30,7Z'
		);
	});
	it('leaves out a run of one position (no width) and an empty band', () => {
		expect(bandPath([0, 10], [null, 2], [null, 1])).toBe('');
		expect(bandPath([], [], [])).toBe('');
	});
});
