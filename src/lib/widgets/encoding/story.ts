/**
 * The encoding page's story: four steps, each a link that opens a table and columns where one
 * lesson shows. A step says its lesson with the numbers on screen (null while the table
 * loads), and `holds` says whether those numbers bear it out; the unit tests check they do.
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import { counted, formatCount } from '$lib/format/format';
import { binSpread, categoryLabel, RARE_BELOW } from './analysis';
import type { EncodingUrlState } from './codec';
import { show } from './quiz';
import type { CategoricalColumn, Column, Table } from '$lib/data/table';
import type { Category, OneHotEncoder } from '$lib/ml/encoding';
import type { Binnings, Cardinality, CategoryCount, OrdinalFit } from './analysis';

/** What a step reads from the page (the widget's state provides it; written out here so this file need not import the state). */
export interface StepView {
	input: EncodingUrlState;
	table: Table | null | undefined;
	column: CategoricalColumn | null | undefined;
	values: Category[];
	counts: CategoryCount[];
	cardinality: Cardinality | null;
	newValueUnseen: boolean;
	order: string[];
	target: string | null;
	ordinalFit: OrdinalFit | null;
	encoded: OneHotEncoder | null;
	newValueRow: { row: number[] } | { error: string } | null;
	binColumn: Column | undefined;
	binnings: Binnings | null;
}

/** Ordinal codes force one line through the category means; one-hot fits each mean. */
function orderStory({ order, ordinalFit: fit, target, column }: StepView): StepText | null {
	if (!fit || !target || !column || order.length < 3) return null;
	return {
		holds: fit.rmseLine > fit.rmseOneHot,
		text:
			`The codes ${order.map((category, code) => `${category} = ${code}`).join(', ')} tell a linear model that ${order[1]} lies between ${order[0]} and ${order[2]}. ` +
			`Its one line over the codes predicts ${target} with RMSE ${show(fit.rmseLine)}; one-hot, a mean per ${column.name}, with ${show(fit.rmseOneHot)}. Move the categories and watch the line.`
	};
}

/** An unseen value under handle_unknown='ignore' with drop='first' is the dropped category's row. */
function unseenStory({
	input,
	encoded,
	newValueRow,
	newValueUnseen: unseen,
	column
}: StepView): StepText | null {
	if (!encoded || !newValueRow || !column) return null;
	if ('error' in newValueRow) return { holds: false, text: newValueRow.error };
	const zeros = newValueRow.row.every((cell) => cell === 0);
	const dropped = encoded.dropped !== undefined ? categoryLabel(encoded.dropped) : null;
	return {
		holds: unseen && zeros && dropped !== null,
		text:
			`“${input.nv}” is ${unseen ? 'none' : 'one'} of the ${formatCount(encoded.categories.length)} values of ${column.name} the encoder learned. ` +
			`With handle_unknown='ignore' it becomes [${newValueRow.row.join(', ')}]` +
			(zeros && dropped !== null
				? `, the very row of the dropped “${dropped}”: the model cannot tell them apart.`
				: '.')
	};
}

/** A column with hundreds of values: hundreds of columns, mostly zeros, most of them too rare to learn from. */
function cardinalityStory({ cardinality: figures, column }: StepView): StepText | null {
	if (!figures || !column) return null;
	const { k, n, rare } = figures;
	return {
		holds: figures.high && figures.mostlyRare,
		text:
			`One-hot makes ${counted(k, 'column')} for ${column.name}: ${counted(n, 'row')} × ${formatCount(k)} = ${counted(figures.cells, 'cell')}, ${show(figures.zeroPercent)}% of them 0. ` +
			`${formatCount(rare.rare)} of the ${formatCount(k)} values occur on fewer than ${RARE_BELOW} rows, too few to learn a weight from.`
	};
}

/** A skewed column: equal-width bins leave its tail nearly empty, quantile bins share the rows out. */
function skewStory({ binnings, binColumn }: StepView): StepText | null {
	if (!binnings || !binColumn) return null;
	const { uniform, quantile, tails } = binnings;
	const skew = tails.skewness;
	return {
		holds: skew !== null && skew > 0.5 && tails.high.length > 0 && tails.low.length === 0,
		text:
			`${binColumn.name} has a long right tail (skewness ${skew === null ? 'undefined: the column is constant' : skew.toFixed(2)}): ` +
			`equal-width bins hold ${binSpread(uniform.counts)} rows, ${tails.high.length === 1 ? 'the last holds' : `the last ${tails.high.length} hold`} only ${tails.high.map(formatCount).join(', ')}. ` +
			`Quantile bins hold ${binSpread(quantile.counts)} rows each, at the price of unequal widths.`
	};
}

/** The steps; each sets the source and the columns it reads, so no step's settings hold inside another's. */
export const encodingSteps: StoryStep<EncodingUrlState, StepView>[] = [
	{
		id: 'order',
		title: 'Codes invent an order',
		settings: { src: 'penguins', cat: 'island', y: 'body_mass_g', drop: 'none', unk: 'error' },
		free: ['ord'],
		say: orderStory
	},
	{
		id: 'unseen',
		title: 'A value never seen',
		settings: { src: 'penguins', cat: 'island', drop: 'first', unk: 'ignore', nv: 'Anvers' },
		say: unseenStory
	},
	{
		id: 'cardinality',
		title: 'Hundreds of ZIP codes',
		settings: { src: 'shop', cat: 'zip', y: 'income', num: 'income' },
		say: cardinalityStory
	},
	{
		id: 'skew',
		title: 'Binning a skewed column',
		settings: { src: 'cars', cat: 'origin', y: 'mpg', num: 'horsepower', bins: 4 },
		say: skewStory
	}
];
