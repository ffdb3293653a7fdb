/**
 * "Check yourself" questions for the encoding widget. Each states the numbers it needs; the
 * predict questions ask about a state other than the one on screen (another order, another
 * bin count, another column) and get their answers from the engine run on that state.
 */
import type { CategoricalColumn, Table } from '$lib/data/table';
import {
	fitOneHot,
	kBinsDiscretize,
	oneHotTransform,
	ordinalEncoding,
	type BinsResult,
	type Category,
	type OneHotEncoder
} from '$lib/ml/encoding';
import { createRng, type Rng } from '$lib/ml/random';
import { dealQuestions, showMe, type Question } from '$lib/quiz/quiz';
import { choiceScenario } from '$lib/quiz/scenario';
import { formatCount, formatFixed } from '$lib/format/format';
import {
	formatOrder,
	ordinalVsOneHot,
	tailShape,
	type CategoryCount,
	type OrdinalFit,
	type TailShape
} from './analysis';
import { encodingCodec, type EncodingUrlState } from './codec';
import { codeReach, groupingText, MAX_GROUPED } from './treeSplits';

export interface EncodingQuizView {
	/** The link state on screen: "Show me" changes it. */
	input: EncodingUrlState;
	column: string | null;
	values: Category[];
	counts: CategoryCount[];
	/** The present categories sorted, as an order's positions count them. */
	present: string[];
	/** The ordinal order on screen. */
	order: string[];
	/** The linear model on the ordinal codes, and the numeric target it predicts. */
	fit: OrdinalFit | null;
	target: { name: string; values: readonly (number | null)[] } | null;
	encoder: OneHotEncoder | null;
	binned: { column: string; x: number[]; bins: number; uniform: BinsResult; quantile: BinsResult } | null;
	/** The generated shop table, whose colours the one-hot question asks about. */
	shop: Table;
}

/** Up to four significant digits, as the widget writes data values. */
export const show = (v: number) => String(Number(v.toPrecision(4)));

/** Bin counts a question may ask about; never the one on screen. */
export const questionBins = [3, 4, 5, 6, 8, 10] as const;
/** The min_frequency of the grouping question: not the page's (5), whose figure is on screen. */
export const QUESTION_MIN_FREQUENCY = 10;

/** Where equal-width bins run nearly empty: the options of the tail question and the rule that picks one. */
export const tailOptions = ['At the high end', 'At the low end', 'At both ends', 'None of them'] as const;
export function tailOption(shape: TailShape): string {
	if (shape.low.length > 0 && shape.high.length > 0) return tailOptions[2];
	if (shape.high.length > 0) return tailOptions[0];
	if (shape.low.length > 0) return tailOptions[1];
	return tailOptions[3];
}

/** Why the tail question's answer is what it is, in the words of its own counts (a generic "a long right tail empties the last bins" contradicted a "None of them" key). */
export function tailReason(shape: TailShape): string {
	const few = `fewer than ${show(shape.even / 4)} rows`;
	const side = (run: readonly number[], end: 'last' | 'first') =>
		run.length === 1 ? `the ${end} bin holds ${few}` : `the ${end} ${run.length} bins hold ${few}`;
	const skew = shape.skewness ?? 0;
	if (shape.low.length > 0 && shape.high.length > 0)
		return `Both ends thin out: ${side(shape.low, 'first')} and ${side(shape.high, 'last')}.`;
	if (shape.high.length > 0)
		return `${skew > 0 ? 'A long right tail (positive skewness) stretches the range: ' : ''}${side(shape.high, 'last')}.`;
	if (shape.low.length > 0)
		return `${skew < 0 ? 'A long left tail (negative skewness) stretches the range: ' : ''}${side(shape.low, 'first')}.`;
	const skewText =
		shape.skewness === null
			? 'every value the same (skewness undefined)'
			: `skewness ${formatFixed(shape.skewness, 2)}`;
	return `Every bin holds at least ${show(shape.even / 4)} rows: with ${skewText} the range is not stretched enough to empty one.`;
}

/** A line's error after recoding: the options and the rule (equal within rounding is "the same"). */
export const rmseOptions = ['Higher: a worse fit', 'Lower: a better fit', 'The same'] as const;
export function rmseOption(before: number, after: number): string {
	if (Math.abs(after - before) <= 1e-9 * Math.max(1, before)) return rmseOptions[2];
	return after > before ? rmseOptions[0] : rmseOptions[1];
}

/** A value the encoder never saw: the learner's own when it is unseen, else a made-up island. */
export function unseenValue(categories: readonly Category[], preferred: string): string {
	const candidates = [preferred, 'Anvers', 'Deception', 'new value'];
	return candidates.find((c) => c.trim() !== '' && !categories.includes(c))!;
}

/** An arrangement of `order` other than itself (needs two or more categories). */
function otherOrder(order: readonly string[], rng: Rng): string[] {
	for (;;) {
		const next = rng.shuffle([...order]);
		if (next.some((c, i) => c !== order[i])) return next;
	}
}

/** The URL text of an order: positions in the sorted categories. */
const orderParam = (order: readonly string[], present: readonly string[]) =>
	formatOrder(order.map((c) => present.indexOf(c)));
const codesText = (order: readonly string[]) => order.map((c, i) => `${c} = ${i}`).join(', ');

type Generator = (v: EncodingQuizView, rng: Rng) => Question | null;

const generators: Generator[] = [
	({ input, shop }, rng) => {
		if (input.src === 'shop' && input.cat === 'colour') return null;
		const colours = shop.columns.find(
			(c): c is CategoricalColumn => c.name === 'colour' && c.kind === 'categorical'
		)!;
		const drop = rng.next() < 0.5 ? 'first' : 'none';
		const encoder = fitOneHot(colours.values, { drop });
		const k = encoder.categories.length;
		return {
			id: 'colours-one-hot',
			form: 'predict',
			kind: 'number',
			prompt: `The shop's colour column holds ${k} colours (${encoder.categories.join(', ')}). How many columns does one-hot encoding make${drop === 'first' ? " with drop='first'" : ', keeping every category'}?`,
			answer: encoder.columns.length,
			tolerance: 0,
			explanation: `One column per colour makes ${k}${drop === 'first' ? `; drop='first' removes ${encoder.dropped}'s column, leaving ${encoder.columns.length}. A ${encoder.dropped} row becomes all zeros, so nothing is lost` : "; each row has a single 1. With drop='first' there would be " + (k - 1)}.`,
			see: showMe(`the shop's colours${drop === 'first' ? ", drop='first'" : ''}`, encodingCodec, input, {
				src: 'shop',
				cat: 'colour',
				drop,
				ord: '',
				y: 'income',
				num: 'income'
			})
		};
	},
	({ input, column, encoder }) => {
		if (!encoder || !column) return null;
		const value = unseenValue(encoder.categories, input.nv);
		const fitted = `The one-hot encoder was fitted on “${column}” (${formatCount(encoder.categories.length)} categories, ${formatCount(encoder.columns.length)} columns${input.drop === 'first' ? ", drop='first'" : ''}).`;
		if (input.unk === 'error') {
			const row = oneHotTransform(encoder, value, 'ignore');
			if (row.some((cell) => cell !== 0)) return null;
			const options = [
				`${formatCount(row.length)} columns, all 0`,
				`${formatCount(row.length + 1)} columns: a new one for “${value}”`,
				'No row: scikit-learn raises an error'
			];
			return {
				id: 'unseen-category',
				form: 'predict',
				kind: 'choice',
				prompt: `${fitted} At prediction time “${value}” arrives, a value it never saw, with handle_unknown='ignore'. What is its encoded row?`,
				options,
				answer: options[0],
				explanation: `A fitted encoder never grows a column: 'ignore' writes all zeros${input.drop === 'first' ? ', the very row of the dropped category, so the model cannot tell them apart' : ''}. A new category gets a column only when the encoder is fitted again.`,
				see: showMe(`“${value}” with handle_unknown='ignore'`, encodingCodec, input, {
					nv: value,
					unk: 'ignore'
				})
			};
		}
		try {
			oneHotTransform(encoder, value, 'error');
			return null;
		} catch {
			const options = [
				'scikit-learn raises an error: the prediction fails',
				`A row of ${formatCount(encoder.columns.length)} zeros`,
				`A new column for “${value}”`
			];
			return {
				id: 'unseen-category',
				form: 'predict',
				kind: 'choice',
				prompt: `${fitted} At prediction time “${value}” arrives, a value it never saw, with handle_unknown='error' (the default). What happens?`,
				options,
				answer: options[0],
				explanation:
					"The default refuses a category it was not fitted on; 'ignore' would give all zeros instead. Neither adds a column: only fitting again does.",
				see: showMe(`“${value}” with handle_unknown='error'`, encodingCodec, input, {
					nv: value,
					unk: 'error'
				})
			};
		}
	},
	({ input, present, order }, rng) => {
		if (present.length < 3 || present.length > MAX_GROUPED) return null;
		const asked = otherOrder(order, rng);
		const { splits, apart: alone } = codeReach(asked)!;
		if (!splits) return null;
		const reachable = groupingText(splits[rng.int(splits.length)]);
		const apart = groupingText(alone);
		const options = rng.shuffle([reachable, apart, 'Any of them: a tree can split the codes anywhere']);
		return {
			id: 'tree-grouping',
			form: 'predict',
			kind: 'choice',
			prompt: `Ordinal codes ${codesText(asked)}. A decision tree's split sends code ≤ t one way and the rest the other. Which grouping can one split make?`,
			options,
			answer: reachable,
			explanation: `One split cuts the order at one place, so it makes only the ${asked.length - 1} groupings of a leading range of codes against the rest${asked.length <= 4 ? `: ${splits.map(groupingText).join('; ')}` : ''}. ${apart} needs two splits: an arbitrary order of a nominal column puts unrelated categories side by side, and the tree spends splits undoing it.`,
			see: showMe(`codes in the order ${asked.join(', ')}`, encodingCodec, input, {
				ord: orderParam(asked, present)
			})
		};
	},
	({ input, values, present, order, fit, target }, rng) => {
		if (!fit || !target || fit.fits.length < 3 || order.length > MAX_GROUPED) return null;
		const asked = rng.next() < 0.3 ? [...order].reverse() : otherOrder(order, rng);
		const refit = ordinalVsOneHot(asked, ordinalEncoding(values, asked).codes, target.values);
		if (!refit) return null;
		const answer = rmseOption(fit.rmseLine, refit.rmseLine);
		return {
			id: 'reorder-rmse',
			form: 'predict',
			kind: 'choice',
			prompt: `With codes ${codesText(order)}, a straight line on the codes predicts ${target.name} with RMSE ${show(fit.rmseLine)} (one-hot columns: ${show(fit.rmseOneHot)}). Recode as ${codesText(asked)}: what happens to the line's RMSE?`,
			options: [...rmseOptions],
			answer,
			explanation: `It becomes ${show(refit.rmseLine)}. ${
				answer === rmseOptions[2]
					? 'The reversed order keeps every distance between categories: the line flips its slope and fits exactly as well.'
					: `The codes fix the distances between categories, and the line can only fit those distances; one-hot fits each category's own mean (${show(fit.rmseOneHot)}) whatever the order.`
			}`,
			see: showMe(`codes in the order ${asked.join(', ')}`, encodingCodec, input, {
				ord: orderParam(asked, present)
			})
		};
	},
	({ input, binned }, rng) => {
		if (!binned || binned.uniform.warnings.length > 0) return null;
		// only bin counts whose key is clear: no nearly empty bin inside the range (the options name the ends only), and no bin
		// within a quarter of the threshold, where a row more or less would change the answer
		const clear = questionBins
			.filter((k) => k !== input.bins)
			.map((k) => ({ bins: k, counts: kBinsDiscretize(binned.x, k, 'uniform').counts }))
			.map((c) => ({ ...c, shape: tailShape(binned.x, c.counts) }))
			.filter(({ shape }) => shape.inner.length === 0 && !shape.nearThreshold && shape.skewness !== null);
		if (clear.length === 0) return null;
		const { bins, counts, shape } = clear[rng.int(clear.length)];
		if (shape.skewness === null) return null;
		const n = binned.x.length;
		return {
			id: 'skew-tail',
			form: 'predict',
			kind: 'choice',
			prompt: `“${binned.column}” has ${formatCount(n)} values with skewness ${shape.skewness.toFixed(2)}. Cut it into ${bins} equal-width bins: where are the bins holding fewer than a quarter of an even share (${show(n / bins / 4)} rows)?`,
			options: [...tailOptions],
			answer: tailOption(shape),
			explanation: `Rows per bin: ${counts.map(formatCount).join(', ')}. ${tailReason(shape)} Quantile bins hold about ${show(n / bins)} rows each whatever the skew.`,
			see: showMe(`${bins} bins`, encodingCodec, input, { bins })
		};
	},
	() =>
		choiceScenario({
			id: 'nominal-ordinal',
			prompt:
				'A retailer trains a linear model on products with a colour (red, green, blue, black, white) and a size (S, M, L). How should the two columns be encoded?',
			options: [
				'Colour one-hot; size as ordered codes S = 0, M = 1, L = 2',
				'Both as integer codes in alphabetical order',
				'Colour as integer codes; size one-hot'
			],
			explanation:
				'Colours have no order, so one-hot gives each its own column and weight. Sizes are ordered, so codes that keep the order (S < M < L) carry it in one column. Alphabetical codes (L = 0, M = 1, S = 2 for sizes) would invent an order for colours and scramble the one sizes have.'
		}),
	() =>
		choiceScenario({
			id: 'zip-hashing',
			prompt:
				'A house-price model gets a ZIP code column with hundreds of values, many seen only once or twice, and new ZIP codes keep appearing. Which encoding keeps the column count fixed and copes with new codes?',
			options: [
				'The hashing trick: a fixed number of hashed columns',
				'One-hot encoding: one column per ZIP code',
				'Integer codes in numeric order'
			],
			explanation:
				'Hashing maps any value, new ones included, into a fixed set of columns, at the price of some codes sharing a column. One-hot needs a column per code and has none for a new one; integer codes invent an order (10001 < 10002) that means nothing.'
		}),
	() =>
		choiceScenario({
			id: 'target-leak',
			prompt:
				"A fraud model replaces each merchant ID by the fraud rate of that merchant's transactions (target encoding). What keeps the validation score honest?",
			options: [
				'Compute each mean on training folds only (out of fold), and pull rare codes toward the overall mean',
				'Compute each mean over all rows, test rows included, for the most data',
				'Nothing: a mean cannot leak the label'
			],
			explanation:
				"A merchant seen once is encoded by its own label: the feature leaks the answer. Out-of-fold means (scikit-learn's TargetEncoder) and smoothing toward the overall rate keep each row's own label out of its feature."
		}),
	({ column, counts }) => {
		const rare = counts.filter((c) => c.count < QUESTION_MIN_FREQUENCY).length;
		if (!column || rare < 2 || rare === counts.length) return null;
		const answer = counts.length - rare + 1;
		return {
			id: 'rare-grouping',
			form: 'compute',
			kind: 'number',
			prompt: `In “${column}”, ${formatCount(rare)} of the ${formatCount(counts.length)} categories occur fewer than ${QUESTION_MIN_FREQUENCY} times. Grouped into one “infrequent” category (min_frequency=${QUESTION_MIN_FREQUENCY}), how many one-hot columns remain?`,
			answer,
			tolerance: 0,
			explanation: `${formatCount(counts.length - rare)} frequent categories keep a column each, and the ${formatCount(rare)} rare ones share one: ${formatCount(counts.length - rare)} + 1 = ${formatCount(answer)}.`
		};
	},
	({ input, binned }, rng) => {
		if (!binned || binned.uniform.warnings.length > 0) return null;
		const [min, max] = [binned.uniform.edges[0], binned.uniform.edges[binned.uniform.edges.length - 1]];
		const choices = questionBins.filter((k) => k !== input.bins);
		const bins = choices[rng.int(choices.length)];
		const width = (max - min) / bins;
		return {
			id: 'uniform-width',
			form: 'compute',
			kind: 'number',
			prompt: `“${binned.column}” runs from ${show(min)} to ${show(max)}. How wide is each of ${bins} equal-width bins?`,
			answer: width,
			tolerance: Math.abs(width) * 0.005,
			explanation: `(max − min) / k = (${show(max)} − ${show(min)}) / ${bins} = ${show(width)}.`
		};
	}
];

export function encodingQuestions(view: EncodingQuizView, seed: number, count = 4): Question[] {
	const rng = createRng(seed);
	const available = generators.map((make) => make(view, rng)).filter((q): q is Question => q !== null);
	return dealQuestions(available, seed, count);
}
