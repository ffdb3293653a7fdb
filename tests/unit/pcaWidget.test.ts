/**
 * The PCA widget's link and state: the codec round trip, a tampered link falling back field by
 * field, k kept within the data's features, and the analysis helpers on small hand-worked cases.
 */
import { describe, expect, it } from 'vitest';
import {
	classSeparation,
	componentAngle,
	componentsFor,
	equalUnitsDomain,
	topLoading
} from '$lib/widgets/pca/analysis';
import { pcaCodec, type PcaUrlState } from '$lib/widgets/pca/codec';
import { pcaPage } from './pcaPage';

describe('PCA link', () => {
	it('round-trips a state that differs from the defaults in every field', () => {
		const state: PcaUrlState = {
			src: 'cars',
			scale: 'standard',
			k: 5,
			stretch: 7.5,
			angle: 145,
			n: 340,
			seed: 42,
			q: 9
		};
		const { value, problems } = pcaCodec.decode(pcaCodec.encode(state));
		expect(problems).toEqual([]);
		expect(value).toEqual(state);
	});

	it('falls back field by field on a tampered link, keeping what was good', () => {
		const page = pcaPage('src=penguins&scale=zoom&k=x&stretch=0.2&angle=30');
		expect(page.input.src).toBe('penguins');
		expect(page.input.scale).toBe('none');
		expect(page.input.k).toBe(1);
		expect(page.input.stretch).toBe(4);
		expect(page.linkProblems.length).toBe(3);
	});

	it('keeps k within the features: a link asking for 6 on the 2-D cloud says so and keeps 2', () => {
		const page = pcaPage('src=cloud2&k=6');
		expect(page.input.k).toBe(2);
		expect(page.linkProblems.join(' ')).toMatch(
			/asked for 6 components, but this data has 2 features; keeping 2/
		);
	});

	it('picking a source with fewer features lowers k; setK stays within 1 to d', () => {
		const page = pcaPage('src=cars&k=5');
		expect(page.k).toBe(5);
		page.setSource('cloud3');
		expect(page.input.k).toBe(3);
		page.setK(9);
		expect(page.input.k).toBe(3);
		page.setK(0);
		expect(page.input.k).toBe(1);
	});

	it('the real tables leave out rows missing a feature: penguins 344 → 342, cars 398 → 392', () => {
		expect(pcaPage('src=penguins').data!.X.length).toBe(342);
		expect(pcaPage('src=penguins').data!.dropped).toBe(2);
		expect(pcaPage('src=cars').data!.X.length).toBe(392);
		expect(pcaPage('src=cars').data!.classNames).toEqual(['Europe', 'Japan', 'USA']);
	});
});

describe('PCA analysis helpers, by hand', () => {
	it('η²: groups at 0, 0 and 4, 4 are wholly separated; interleaved groups not at all', () => {
		expect(classSeparation([0, 0, 4, 4], [0, 0, 1, 1], 2)).toBeCloseTo(1, 12);
		// group means 2 and 2: nothing between the groups
		expect(classSeparation([0, 4, 0, 4], [0, 0, 1, 1], 2)).toBeCloseTo(0, 12);
		// scores 0, 2, 4, 6; groups {0, 2} mean 1 and {4, 6} mean 5, overall 3: between 2·4 + 2·4 = 16, total 9 + 1 + 1 + 9 = 20
		expect(classSeparation([0, 2, 4, 6], [0, 0, 1, 1], 2)).toBeCloseTo(0.8, 12);
		expect(classSeparation([3, 3], [0, 1], 2)).toBe(0);
	});

	it('components for 95%: a running total of exactly 0.95 reaches it', () => {
		expect(componentsFor([0.5, 0.95, 1], 0.95)).toBe(2);
		expect(componentsFor([0.96, 1], 0.95)).toBe(1);
		expect(componentsFor([0.5, 0.9], 0.95)).toBe(2);
	});

	it("PC1's largest loading and its share: (0.6, −0.8) is the second feature's, 0.64", () => {
		const top = topLoading([0.6, -0.8], ['a', 'b']);
		expect(top).toEqual({ feature: 1, name: 'b', share: 0.6400000000000001 });
	});

	it('equal units: one span for both axes, the wider one padded 10%', () => {
		const domain = equalUnitsDomain([0, 10], [0, 2]);
		expect(domain.x).toEqual([-0.5, 10.5]);
		expect(domain.y[1] - domain.y[0]).toBeCloseTo(11, 12);
		expect((domain.y[0] + domain.y[1]) / 2).toBeCloseTo(1, 12);
	});
});

describe('where PC1 points', () => {
	it('a component (cos 30°, sin 30°) points at 30°, and its negative too (signs are free)', () => {
		const c = [Math.cos(Math.PI / 6), Math.sin(Math.PI / 6)];
		expect(componentAngle(c)).toBeCloseTo(30, 12);
		expect(componentAngle(c.map((x) => -x))).toBeCloseTo(30, 12);
		expect(componentAngle([0.6, -0.8])).toBeCloseTo(180 - (Math.atan2(0.8, 0.6) * 180) / Math.PI, 12);
	});

	it('on the default cloud, unscaled, PC1 finds the long axis within a few degrees of the 30° set', () => {
		const page = pcaPage('');
		expect(page.cloudSaid).toMatch(
			/^Long axis 4 × the classes' spread, turned at 30°\. PC1 points at (2[6-9]|3[0-4])\.\d°\.$/
		);
	});
});
