/** "Check yourself" questions built from the column, order and bins on screen. */
import type { BinsResult } from '$lib/ml/encoding';
import { createRng } from '$lib/ml/random';
import type { Question } from '$lib/ui/quiz';
import { categoryLabel, rareGrouping, RARE_BELOW, type CategoryCount, type OrdinalFit } from './analysis';

export interface EncodingQuizView {
	column: string | null;
	counts: CategoryCount[];
	order: string[];
	/** The linear model on the ordinal codes, and the target it predicts. */
	fit: OrdinalFit | null;
	target: string | null;
	binned: { column: string; x: number[]; bins: number; uniform: BinsResult; quantile: BinsResult } | null;
	vocabulary: number;
}

/** Up to four significant digits, as the widget writes data values. */
export const show = (v: number) => String(Number(v.toPrecision(4)));

type Generator = (v: EncodingQuizView) => Question | null;

const generators: Generator[] = [
	({ column, counts }) => {
		if (!column || counts.length < 2) return null;
		const k = counts.length;
		return {
			id: 'one-hot-columns',
			form: 'compute',
			kind: 'number',
			prompt: `“${column}” has ${k} distinct values${counts.some((c) => c.category === null) ? ' (counting a missing value as one)' : ''}. How many columns does one-hot encoding with drop='first' make?`,
			answer: k - 1,
			explanation: `One column per category makes ${k}; dropping the first (${categoryLabel(counts[0].category)}) leaves ${k - 1}. The dropped category is the row of all zeros, so no information is lost, and the columns no longer add up to 1 on every row (which a linear model without regularisation cannot tell apart from its intercept).`
		};
	},
	({ column, order }) => {
		if (!column || order.length < 3) return null;
		const last = order[order.length - 1];
		return {
			id: 'ordinal-code',
			form: 'compute',
			kind: 'number',
			prompt: `With the order on screen (${order.join(', ')}), what code does the ordinal encoder give “${last}”?`,
			answer: order.length - 1,
			explanation: `Codes count from 0 in the given order: ${order.map((c, i) => `${c} → ${i}`).join(', ')}. A linear model now treats “${last}” as ${order.length - 1} times as far from “${order[0]}” as “${order[1]}” is, a distance the data never claimed unless the categories really are ordered.`
		};
	},
	({ fit, target }) => {
		if (!fit || !target || fit.fits.length < 3) return null;
		const [a, b, c] = fit.fits;
		if (a.code !== 0 || b.code !== 1 || c.code !== 2) return null;
		return {
			id: 'ordinal-line',
			form: 'compute',
			kind: 'number',
			prompt: `On the ordinal codes, a linear model predicts ${target} ${show(a.line)} for ${a.category} (code 0) and ${show(b.line)} for ${b.category} (code 1). What must it predict for ${c.category} (code 2)?`,
			answer: c.line,
			tolerance: Math.max(Math.abs(c.line) * 0.005, 0.01),
			explanation: `One weight means equal steps: ${show(b.line)} + (${show(b.line)} − ${show(a.line)}) = ${show(c.line)}, whatever ${c.category}'s own mean (${show(c.mean)}). One-hot would predict that mean.`
		};
	},
	({ column }) => {
		if (!column) return null;
		const options = ['Ordinal codes', 'One-hot columns'];
		return {
			id: 'nominal',
			form: 'compute',
			kind: 'choice',
			prompt: 'A linear regression gets a nominal column (like colours or islands) with a handful of categories. Which encoding avoids inventing an order?',
			options,
			answer: options[1],
			explanation: 'One-hot gives each category its own column and weight, so no category sits “between” two others. Ordinal codes suit ordered categories (small < medium < large) and tree models, which can split the codes anywhere.'
		};
	},
	({ column, counts }) => {
		const { rare, columns } = rareGrouping(counts);
		if (!column || rare < 2) return null;
		return {
			id: 'rare-grouping',
			form: 'compute',
			kind: 'number',
			prompt: `In “${column}”, ${rare} of the ${counts.length} categories occur fewer than ${RARE_BELOW} times. With those grouped into one “infrequent” category (min_frequency=${RARE_BELOW}), how many one-hot columns remain?`,
			answer: columns,
			explanation: `${counts.length - rare} frequent categories keep a column each, and the ${rare} rare ones share one: ${counts.length - rare} + 1 = ${columns}.`
		};
	},
	({ binned }) => {
		if (!binned || binned.uniform.warnings.length > 0) return null;
		const [min, max] = [binned.uniform.edges[0], binned.uniform.edges[binned.uniform.edges.length - 1]];
		const width = (max - min) / binned.bins;
		return {
			id: 'uniform-width',
			form: 'compute',
			kind: 'number',
			prompt: `“${binned.column}” runs from ${show(min)} to ${show(max)}. How wide is each of ${binned.bins} equal-width bins?`,
			answer: width,
			tolerance: Math.abs(width) * 0.005,
			explanation: `(max − min) / k = (${show(max)} − ${show(min)}) / ${binned.bins} = ${show(width)}.`
		};
	},
	({ binned }) => {
		if (!binned || binned.quantile.warnings.length > 0) return null;
		const n = binned.x.length;
		const k = binned.quantile.counts.length;
		const options = ['About the same number', 'Many more in the middle bins', 'Most in the first bin'];
		return {
			id: 'quantile-counts',
			form: 'compute',
			kind: 'choice',
			prompt: `${n} values of “${binned.column}” go into ${k} quantile bins. How many values land in each?`,
			options,
			answer: options[0],
			explanation: `Quantile edges sit at the ${k}-quantiles, so each bin holds about n / k = ${n} / ${k} ≈ ${show(n / k)} values (here ${binned.quantile.counts.join(', ')}; ties on an edge can shift a few).`
		};
	},
	({ vocabulary }) => {
		if (vocabulary === 0) return null;
		const options = [`${vocabulary}`, '1', 'the number of sentences'];
		return {
			id: 'bag-columns',
			form: 'compute',
			kind: 'choice',
			prompt: 'The text in the bag-of-words section is turned into counts. How many columns does each sentence get?',
			options,
			answer: options[0],
			explanation: `One column per term in the vocabulary (${vocabulary}), the same for every sentence; most cells are 0. The order of the words is lost except within an n-gram.`
		};
	}
];

export function encodingQuestions(view: EncodingQuizView, seed: number, count = 4): Question[] {
	const available = generators.map((make) => make(view)).filter((q): q is Question => q !== null);
	return createRng(seed).shuffle(available).slice(0, count);
}
