/**
 * The encoding widget's state: the inputs (what the URL holds) as `$state`, the loaded or
 * uploaded table (never in the URL) as raw state, and every result `$derived` from them.
 */
import { TableUrlState } from '$lib/kit/TableUrlState.svelte';
import { numericColumnNames, type CategoricalColumn, type Table } from '$lib/data/table';
import { countVectorize } from '$lib/ml/bagOfWords';
import { fitOneHot, oneHotTransform, ordinalEncoding, type Category } from '$lib/ml/encoding';
import {
	binBoth,
	binningInput,
	cardinality,
	categoryCounts,
	formatOrder,
	ordinalPlot,
	ordinalVsOneHot,
	parseOrder
} from './analysis';
import { encodingCodec, type EncodingSource, type EncodingUrlState, uploadFallback } from './codec';
import { encodingQuestions } from './quiz';
import { encodingSteps } from './story';
import { codeReach, treeSplits } from './treeSplits';
import { shopTable } from './shopTable';
import { binningVerdict } from './verdicts';

/** The first columns a source shows: a nominal column with a few categories, and a numeric one. */
const defaultColumns: Record<Exclude<EncodingSource, 'upload'>, { cat: string; y: string; num: string }> = {
	penguins: { cat: 'island', y: 'body_mass_g', num: 'body_mass_g' },
	cars: { cat: 'origin', y: 'mpg', num: 'horsepower' },
	shop: { cat: 'plan', y: 'income', num: 'income' }
};

/** Rows of the encoded matrix on screen. */
export const SHOWN_ROWS = 8;

/** n-gram ranges offered for the bag of words. */
const ngramRanges = { '1': [1, 1], '2': [2, 2], '12': [1, 2] } as const;

export class EncodingState extends TableUrlState<EncodingUrlState> {
	constructor() {
		super(encodingCodec, uploadFallback);
	}

	/** The story: codes that invent an order, an unseen value, high cardinality, skewed bins. */
	readonly steps = encodingSteps;

	readonly shop = shopTable();

	table = $derived(this.input.src === 'shop' ? this.shop : this.sourceTable);
	categoricalColumns = $derived(
		this.table ? this.table.columns.filter((c): c is CategoricalColumn => c.kind === 'categorical') : []
	);
	numericNames = $derived(numericColumnNames(this.table));

	/** The chosen categorical column, else the table's first one; null when it has none. */
	column = $derived(
		this.categoricalColumns.find((c) => c.name === this.input.cat) ?? this.categoricalColumns[0] ?? null
	);
	values = $derived<Category[]>(this.column ? this.column.values : []);
	counts = $derived(this.column ? categoryCounts(this.values) : []);
	/** The fitted one-hot encoder; only the rows on screen are encoded (a large upload would make millions of cells). */
	encoded = $derived(this.column ? fitOneHot(this.values, { drop: this.input.drop }) : null);
	shownRows = $derived(
		this.encoded ? this.values.slice(0, SHOWN_ROWS).map((v) => oneHotTransform(this.encoded!, v)) : []
	);
	/** The learner's new value through the fitted encoder: its row, or the error scikit-learn raises. */
	newValueRow = $derived.by((): { row: number[] } | { error: string } | null => {
		if (!this.encoded) return null;
		try {
			return { row: oneHotTransform(this.encoded, this.input.nv, this.input.unk) };
		} catch (error) {
			return { error: (error as Error).message };
		}
	});

	/** Whether the new value is one the encoder never saw. */
	newValueUnseen = $derived(this.encoded ? !this.encoded.categories.includes(this.input.nv) : false);
	/** What one-hot costs for this column, and its alternatives' figures. */
	cardinality = $derived(this.column ? cardinality(this.counts, this.values.length) : null);

	/** The ordinal order over the present categories (missing values keep no code, as scikit-learn's NaN). */
	present = $derived(this.counts.filter((c) => c.category !== null).map((c) => c.category as string));
	orderPositions = $derived(parseOrder(this.input.ord, this.present.length));
	order = $derived((this.orderPositions ?? this.present.map((_, i) => i)).map((p) => this.present[p]));
	ordinal = $derived(
		this.column && this.present.length > 0 ? ordinalEncoding(this.values, this.order) : null
	);
	/** The numeric target of the line fit: the chosen one, else the table's first numeric column. */
	target = $derived(this.numericNames.includes(this.input.y) ? this.input.y : (this.numericNames[0] ?? null));
	/** The target's values (null where missing), when the table has a numeric column to predict. */
	targetValues = $derived.by(() => {
		const column = this.target ? this.table?.columns.find((c) => c.name === this.target) : undefined;
		return column?.kind === 'numeric' ? column.values : null;
	});
	ordinalFit = $derived(
		this.ordinal && this.targetValues
			? ordinalVsOneHot(this.order, this.ordinal.codes, this.targetValues)
			: null
	);
	/** The fit drawn on the stage: the category means and the line over the codes. */
	ordinalPlot = $derived(this.ordinalFit ? ordinalPlot(this.ordinalFit) : null);
	/** Rows per category in the order shown, and the rows with no category (they get no code). */
	orderRows = $derived(
		this.order.map((category) => ({
			category,
			count: this.counts.find((c) => c.category === category)?.count ?? 0
		}))
	);
	missingCount = $derived(this.counts.find((c) => c.category === null)?.count ?? 0);
	/** The groupings one split of these codes can make, and one it cannot. */
	reach = $derived(codeReach(this.order));
	/** A tree's best single split of the codes against the best grouping of the categories, on the target. */
	treeSplit = $derived(
		this.ordinal && this.targetValues ? treeSplits(this.order, this.ordinal.codes, this.targetValues) : null
	);

	/** The column to bin: the chosen one (numeric or not, so a text column gets its message), else the first numeric one. */
	binColumn = $derived(
		this.table?.columns.find((c) => c.name === this.input.num) ??
			this.table?.columns.find((c) => c.kind === 'numeric')
	);
	binInput = $derived(this.table ? binningInput(this.binColumn, this.numericNames) : null);
	binnings = $derived(this.binInput?.ok ? binBoth(this.binInput.x, this.input.bins) : null);
	/** The sentence under the two histograms; null when there is no range to bin. */
	binningVerdict = $derived(
		this.binnings ? binningVerdict(this.binnings, this.input.bins, this.binColumn?.name ?? '') : null
	);

	bag = $derived.by(() => {
		const documents = this.input.text.split(/[\n.!?]+/).filter((d) => d.trim() !== '');
		return { documents, ...countVectorize(documents, ngramRanges[this.input.ng]) };
	});

	questions = $derived(
		encodingQuestions(
			{
				input: this.input,
				column: this.column?.name ?? null,
				values: this.values,
				counts: this.counts,
				present: this.present,
				order: this.order,
				fit: this.ordinalFit,
				target: this.target && this.targetValues ? { name: this.target, values: this.targetValues } : null,
				encoder: this.encoded,
				binned:
					this.binInput?.ok && this.binnings
						? { column: this.binColumn!.name, x: this.binInput.x, bins: this.input.bins, ...this.binnings }
						: null,
				shop: this.shop
			},
			this.input.q
		)
	);

	setSource(src: EncodingSource) {
		this.input.src = src;
		this.input.ord = '';
		if (src !== 'upload') Object.assign(this.input, defaultColumns[src]);
	}

	useUpload(table: Table) {
		this.uploaded = table;
		this.input.src = 'upload';
		this.input.ord = '';
		this.input.cat = table.columns.find((c) => c.kind === 'categorical')?.name ?? '';
		this.input.num = table.columns.find((c) => c.kind === 'numeric')?.name ?? table.columns[0]?.name ?? '';
		this.input.y = table.columns.find((c) => c.kind === 'numeric')?.name ?? '';
	}

	setColumn(name: string) {
		this.input.cat = name;
		this.input.ord = '';
	}

	/** Moves the category at `index` of the order one place up (−1) or down (+1). */
	moveCategory(index: number, by: -1 | 1) {
		// positions in the sorted categories; a link's order that did not fit these data is the identity
		const positions = [...(this.orderPositions ?? this.present.map((_, i) => i))];
		const target = index + by;
		if (target < 0 || target >= positions.length) return;
		[positions[index], positions[target]] = [positions[target], positions[index]];
		this.input.ord = formatOrder(positions);
	}
}
