/**
 * The 2-D classification data sets the overfitting network and the decision-boundary
 * widget draw on, from the shared generators, with their names, seeds and plot domains.
 */
import { largest, smallest } from './extremes';
import { makeBlobs, makeCircles, makeMoons, makeSpiral, makeXor, type Dataset } from './datasets';

export type DataName = 'circles' | 'xor' | 'blobs' | 'moons' | 'spiral';
export const DATA_NAMES: readonly DataName[] = ['circles', 'xor', 'blobs', 'moons', 'spiral'];

export const DATA_LABELS: Record<DataName, string> = {
	circles: 'Circles',
	xor: 'XOR',
	blobs: 'Gaussian blobs',
	moons: 'Moons',
	spiral: 'Spiral'
};

/** Data sets whose number of classes the learner picks; the others have two. */
export const HAS_CLASS_COUNT: readonly DataName[] = ['blobs', 'spiral'];

/**
 * One seed from the page drives three streams; they must differ, or the split would
 * repeat the draws that placed the points (see the project's lessons).
 */
export function seedsFor(seed: number) {
	return { data: seed, split: seed + 1_000_003, weights: seed + 2_000_029 };
}

export interface DataRequest {
	name: DataName;
	n: number;
	noise: number;
	classes: number;
	seed: number;
}

/** The data set asked for. Blob centres sit evenly on a circle of radius 1.5, so noise 1 makes them overlap. */
export function makeData({ name, n, noise, classes, seed }: DataRequest): Dataset {
	const options = { n, noise, seed: seedsFor(seed).data };
	switch (name) {
		case 'circles':
			// inner radius 0.5 (scikit-learn's default 0.8 leaves the rings too close for noise)
			return makeCircles({ ...options, factor: 0.5 });
		case 'xor':
			return makeXor(options);
		case 'moons':
			return makeMoons(options);
		case 'spiral':
			return makeSpiral({ ...options, arms: classes });
		case 'blobs': {
			const centers = Array.from({ length: classes }, (_, k) => {
				const angle = (2 * Math.PI * k) / classes + Math.PI / 4;
				return [1.5 * Math.cos(angle), 1.5 * Math.sin(angle)];
			});
			return makeBlobs({ ...options, centers, noise: Math.max(noise, 0.05) });
		}
	}
}

/** Each axis's range: the data's, plus a margin of 10% (at least 0.2) so no point sits on the edge. */
export function plotDomains(data: Dataset): { x: [number, number]; y: [number, number] } {
	const range = (j: number): [number, number] => {
		const values = data.X.map((row) => row[j]);
		const [low, high] = [smallest(values), largest(values)];
		const margin = Math.max(0.2, 0.1 * (high - low));
		return [low - margin, high + margin];
	};
	return { x: range(0), y: range(1) };
}
