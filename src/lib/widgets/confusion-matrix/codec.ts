/**
 * The confusion-matrix widget's state in the URL: one table of fields (name, kind, default,
 * bounds) from which encoding and decoding are generated, plus the checks that span fields.
 */
import {
	countMatrixField,
	defineCodec,
	enumField,
	intField,
	listField,
	numberField,
	textField,
	type Decoded
} from '$lib/url/codec';
import { maxFormulaLength } from './customMetric';

/** Largest count a cell may hold: far above any real evaluation set, small enough to stay exact. */
export const maxCount = 1_000_000_000;
export const maxCost = 1_000_000;
export const classCount = { min: 3, max: 6 };
export const maxNameLength = 16;

export const defaultClassNames = ['cat', 'dog', 'rabbit', 'fox', 'owl', 'deer'];

export interface ConfusionUrlState {
	mode: 'binary' | 'multiclass';
	tp: number;
	fp: number;
	fn: number;
	tn: number;
	/** Cost of one false positive and one false negative. */
	cfp: number;
	cfn: number;
	/** The comparison classifier B on the same data: its true and false positives. */
	btp: number;
	bfp: number;
	beta: number;
	/** The learner's own metric. */
	f: string;
	names: string[];
	/** The multiclass matrix, rows = actual, columns = predicted. */
	mc: number[][];
	/** The class read one-vs-rest. */
	focus: number;
	/** Which "check yourself" questions are asked (a link asks the same ones). */
	q: number;
}

/** An error message for a class name, or null when it is fine. */
export function classNameError(name: string): string | null {
	if (name.trim() === '') return 'A class needs a name.';
	if (name.length > maxNameLength) return `At most ${maxNameLength} characters.`;
	if (name.includes(',')) return 'A name cannot contain a comma.';
	return null;
}

const formulaCharacters = /^[\w\s+\-*/^().,]*$/;

export const confusionCodec = defineCodec<ConfusionUrlState>({
	mode: enumField('binary', ['binary', 'multiclass'] as const),
	tp: intField(40, 0, maxCount),
	fp: intField(10, 0, maxCount),
	fn: intField(20, 0, maxCount),
	tn: intField(30, 0, maxCount),
	cfp: numberField(1, 0, maxCost),
	cfn: numberField(5, 0, maxCost),
	btp: intField(55, 0, maxCount),
	bfp: intField(25, 0, maxCount),
	beta: numberField(1, 0.1, 5, 0.1),
	f: textField('tp / (tp + fp + fn)', maxFormulaLength, (text) =>
		formulaCharacters.test(text) ? null : 'holds characters a formula cannot have'
	),
	names: listField(
		defaultClassNames.slice(0, 3),
		',',
		(raw) => (classNameError(raw) ? null : raw),
		classCount
	),
	mc: countMatrixField(
		[
			[42, 6, 2],
			[5, 31, 4],
			[3, 9, 18]
		],
		classCount,
		maxCount
	),
	focus: intField(0, 0, classCount.max - 1),
	q: intField(1, 1, 1_000_000)
});

/** Decodes a URL's parameters and then checks what spans fields, falling back where they disagree. */
export function decodeConfusionState(params: URLSearchParams): Decoded<ConfusionUrlState> {
	const { value, problems } = confusionCodec.decode(params);
	if (value.names.length !== value.mc.length) {
		// the matrix carries the numbers: keep it and give its classes the default names
		problems.push(
			`The link has ${value.names.length} class names for a ${value.mc.length}×${value.mc.length} matrix; using default names.`
		);
		value.names = defaultClassNames.slice(0, value.mc.length);
	}
	if (new Set(value.names).size !== value.names.length) {
		problems.push('The link repeats a class name; using the default names.');
		value.names = defaultClassNames.slice(0, value.mc.length);
	}
	if (value.focus >= value.mc.length) {
		problems.push(`The link focuses on class ${value.focus + 1} of ${value.mc.length}; using the first.`);
		value.focus = 0;
	}
	return { value, problems };
}
