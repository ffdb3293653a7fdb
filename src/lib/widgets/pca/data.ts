/**
 * The data the PCA widget analyses: two generated clouds whose class separation lies along a
 * short (low-variance) axis, so the top component need not separate the classes, and two real
 * tables with features in very different units (grams beside millimetres, pounds beside
 * cylinders), so an unscaled PCA's first component is the widest-range feature.
 */
import type { Table } from '$lib/data/table';
import { createRng } from '$lib/ml/random';
import type { PcaSource, PcaUrlState } from './codec';

export interface PcaData {
	/** Rows × features, in the features' own units. */
	X: number[][];
	featureNames: string[];
	/** Class of each row (index into classNames): the label PCA never sees. */
	labels: number[];
	classNames: string[];
	/** What the label is called: "species", "origin", "class". */
	labelName: string;
	/** Rows of a real table left out for a missing feature or label. */
	dropped: number;
}

/** The numeric columns each real table contributes, and the label that colours its points. */
export const tableFeatures: Record<'penguins' | 'cars', { features: string[]; label: string }> = {
	penguins: {
		features: ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'],
		label: 'species'
	},
	cars: {
		features: ['mpg', 'cylinders', 'displacement', 'horsepower', 'weight', 'acceleration'],
		label: 'origin'
	}
};

/** The clouds' two classes sit this far either side of the centre along the short axis. */
export const CLASS_OFFSET = 1;
/** Spread of each class around its centre along the short axis (so the short axis' std is √(1 + 0.5²) ≈ 1.12). */
export const CLASS_SPREAD = 0.5;
/** The 3-D cloud's middle axis: wider than the class axis, so it comes between the long axis and the classes. */
export const MIDDLE_SPREAD = 1.5;
/** The 3-D cloud is tilted this far about the first feature's axis, so the class axis leans into y as well as z. */
export const TILT_DEGREES = 35;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * A seeded cloud of `n` points in two classes (alternating rows): along the long axis each
 * point is N(0, stretch²); along the short axis class 0 sits at −1 and class 1 at +1, each
 * N(±1, 0.5²). The long axis is turned `angle` degrees from the first feature's axis. In 3-D a
 * middle axis, N(0, 1.5²), is added and the class axis then tilted 35° about the first axis.
 */
export function generatedCloud(
	src: 'cloud2' | 'cloud3',
	{ n, seed, stretch, angle }: Pick<PcaUrlState, 'n' | 'seed' | 'stretch' | 'angle'>
): PcaData {
	const rng = createRng(seed);
	const [c, s] = [Math.cos(radians(angle)), Math.sin(radians(angle))];
	const [ct, st] = [Math.cos(radians(TILT_DEGREES)), Math.sin(radians(TILT_DEGREES))];
	const X: number[][] = [];
	const labels: number[] = [];
	for (let i = 0; i < n; i++) {
		const label = i % 2;
		const long = rng.normal(0, stretch);
		const classAxis = rng.normal(label === 0 ? -CLASS_OFFSET : CLASS_OFFSET, CLASS_SPREAD);
		if (src === 'cloud2') {
			X.push([long * c - classAxis * s, long * s + classAxis * c]);
		} else {
			const middle = rng.normal(0, MIDDLE_SPREAD);
			const y = long * s + middle * c;
			X.push([long * c - middle * s, y * ct - classAxis * st, y * st + classAxis * ct]);
		}
		labels.push(label);
	}
	return {
		X,
		featureNames: src === 'cloud2' ? ['x', 'y'] : ['x', 'y', 'z'],
		labels,
		classNames: ['class A', 'class B'],
		labelName: 'class',
		dropped: 0
	};
}

/** A real table's features and label, the rows missing any of them left out; null when a column is absent. */
export function tableData(table: Table, name: 'penguins' | 'cars'): PcaData | null {
	const { features, label } = tableFeatures[name];
	const columns = features.map((f) => table.columns.find((c) => c.name === f));
	const labelColumn = table.columns.find((c) => c.name === label);
	if (!labelColumn || columns.some((c) => !c || c.kind !== 'numeric')) return null;
	const classNames = [...new Set(labelColumn.values.filter((v) => v !== null).map(String))].sort();
	const X: number[][] = [];
	const labels: number[] = [];
	for (let i = 0; i < table.rowCount; i++) {
		const row = columns.map((c) => c!.values[i]);
		const cls = labelColumn.values[i];
		if (cls === null || row.some((v) => v === null)) continue;
		X.push(row as number[]);
		labels.push(classNames.indexOf(String(cls)));
	}
	return {
		X,
		featureNames: features,
		labels,
		classNames,
		labelName: label,
		dropped: table.rowCount - X.length
	};
}

/** Whether a source is generated (its stretch, angle, size and seed apply). */
export const isGenerated = (src: PcaSource): src is 'cloud2' | 'cloud3' =>
	src === 'cloud2' || src === 'cloud3';
