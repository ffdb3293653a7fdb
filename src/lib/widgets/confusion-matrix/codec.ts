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
	textField
} from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';
import { formulaCharacterError, maxFormulaLength } from './customMetric';

/** Largest count a cell may hold: far above any real evaluation set, small enough to stay exact. */
export const maxCount = 1_000_000_000;
export const maxCost = 1_000_000;
export const classCount = { min: 3, max: 6 };
export const maxNameLength = 16;

export const defaultClassNames = ['cat', 'dog', 'rabbit', 'fox', 'owl', 'deer'];

/**
 * Characters that make a name print differently from what it holds: C0 and C1 controls,
 * zero-width characters and the bidirectional marks, embeddings, overrides and isolates
 * (U+202E turns "cat" round).
 */
// eslint-disable-next-line no-control-regex -- the control characters are what this refuses
const hiddenCharacter = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

/** Cyrillic and Greek letters drawn like Latin ones, folded to them so "сat" (Cyrillic с) and "cat" count as one name. */
const lookAlike: Record<string, string> = Object.fromEntries(
	[...'АВЕКМНОРСТХаеорсухіјѕΑΒΕΖΗΙΚΜΝΟΡΤΥΧο'].map((ch, i) => [ch, 'ABEKMHOPCTXaeopcyxijsABEZHIKMNOPTYXo'[i]])
);

/** The form two names are compared in: NFKC (full-width "ｃａｔ" is "cat"), trimmed, look-alike letters folded, lower case. */
export function nameKey(name: string): string {
	return [...name.normalize('NFKC').trim()]
		.map((ch) => lookAlike[ch] ?? ch)
		.join('')
		.toLowerCase();
}

/** An error message for a class name, or null when it is fine. */
export function classNameError(name: string): string | null {
	if (name.trim() === '') return 'A class needs a name.';
	if (name.length > maxNameLength) return `At most ${maxNameLength} characters.`;
	if (name.includes(',')) return 'A name cannot contain a comma.';
	const hidden = name.match(hiddenCharacter)?.[0];
	if (hidden)
		return `A name cannot hold control or direction characters (here U+${hidden.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}): they make it print differently from what it holds.`;
	if (name !== name.trim()) return 'No spaces at the start or end: “cat ” would look just like “cat”.';
	return null;
}

/** An error message when `name`, for class `index`, looks the same as another class's name; null when it does not. */
export function duplicateNameError(names: readonly string[], index: number, name: string): string | null {
	const key = nameKey(name);
	const other = names.findIndex((n, j) => j !== index && nameKey(n) === key);
	return other < 0
		? null
		: `Looks the same as class ${other + 1} (“${names[other]}”) once spaces, letter case and look-alike letters are set aside.`;
}

export const confusionCodec = defineCodec(
	{
		mode: enumField('binary', ['binary', 'multiclass']),
		tp: intField(40, 0, maxCount),
		fp: intField(10, 0, maxCount),
		fn: intField(20, 0, maxCount),
		tn: intField(30, 0, maxCount),
		/** Cost of one false positive and one false negative. */
		cfp: numberField(1, 0, maxCost),
		cfn: numberField(5, 0, maxCost),
		/** The comparison classifier B on the same data: its true and false positives. */
		btp: intField(55, 0, maxCount),
		bfp: intField(25, 0, maxCount),
		beta: numberField(1, 0.1, 5, 0.1),
		/** The learner's own metric. */
		f: textField('tp / (tp + fp + fn)', maxFormulaLength, (text) =>
			formulaCharacterError(text) ? 'holds characters a formula cannot have' : null
		),
		names: listField(
			defaultClassNames.slice(0, 3),
			',',
			// trimmed first: a link written before names were checked may carry "cat " and still opens
			(raw) => (classNameError(raw.trim()) ? null : raw.trim()),
			classCount
		),
		/** The multiclass matrix, rows = actual, columns = predicted. */
		mc: countMatrixField(
			[
				[42, 6, 2],
				[5, 31, 4],
				[3, 9, 18]
			],
			classCount,
			maxCount
		),
		/** The class read one-vs-rest. */
		focus: intField(0, 0, classCount.max - 1),
		/** Which "check yourself" questions are asked (a link asks the same ones). */
		q: intField(1, 1, 1_000_000)
	},
	{
		check(decoded) {
			const { value, problems } = decoded;
			if (value.names.length !== value.mc.length) {
				// the matrix carries the numbers: keep it and give its classes the default names
				problems.push(
					`The link has ${value.names.length} class names for a ${value.mc.length}×${value.mc.length} matrix; using default names.`
				);
				value.names = defaultClassNames.slice(0, value.mc.length);
			}
			if (new Set(value.names.map(nameKey)).size !== value.names.length) {
				problems.push('The link repeats a class name (or two look the same); using the default names.');
				value.names = defaultClassNames.slice(0, value.mc.length);
			}
			if (value.focus >= value.mc.length) {
				problems.push(`The link focuses on class ${value.focus + 1} of ${value.mc.length}; using the first.`);
				value.focus = 0;
			}
		}
	}
);

export type ConfusionUrlState = StateOf<typeof confusionCodec>;
