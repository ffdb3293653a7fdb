/**
 * The confusion-matrix widget's state: the inputs (exactly what the URL holds) as `$state`,
 * every result as `$derived`, computed once by the engine and read by the matrix, the
 * metric cards, the charts and the quiz alike.
 */
import { UrlState } from '$lib/kit/UrlState.svelte';
import { formatAmount } from '$lib/format/format';
import { binaryMetrics, fBetaFromCounts, multiclassMetrics, oneVsRest, type Counts } from '$lib/ml/metrics';
import { confusionCodec, defaultClassNames, nameKey, type ConfusionUrlState } from './codec';
import { binaryInsights, multiclassInsights, undefinedScores } from './insights';
import { metricInfo } from '$lib/metrics/metricInfo';
import { confusionSteps } from './presets';
import { evaluateFormula, type FormulaCompiler } from './customMetric';
import { binaryQuestions, multiclassQuestions } from './quiz';

export type CountKey = keyof Counts;

/** Rounded to the cent, as shown: 0.1 × 6 is 0.6000000000000001 in floating point, and must equal 0.6. */
const cents = (amount: number) => Math.round(amount * 100) / 100;

/** The cost of a classifier's mistakes: each false positive and false negative at its price. */
export function totalCost(c: Counts, costFp: number, costFn: number): number {
	return cents(costFp * c.fp + costFn * c.fn);
}

export class ConfusionState extends UrlState<ConfusionUrlState> {
	constructor() {
		super(confusionCodec);
	}

	/** The story: four binary matrices and a multiclass one, each step a link. */
	readonly steps = confusionSteps;

	counts = $derived<Counts>({ tp: this.input.tp, fp: this.input.fp, fn: this.input.fn, tn: this.input.tn });
	metrics = $derived(binaryMetrics(this.counts));
	fBeta = $derived(fBetaFromCounts(this.counts, this.input.beta));
	actualPositives = $derived(this.input.tp + this.input.fn);
	actualNegatives = $derived(this.input.fp + this.input.tn);
	predictedPositives = $derived(this.input.tp + this.input.fp);
	predictedNegatives = $derived(this.input.fn + this.input.tn);
	total = $derived(this.actualPositives + this.actualNegatives);

	/** Classifier B sees the same data as A, so its counts are capped by A's actual totals. */
	comparison = $derived.by((): Counts => {
		const tp = Math.min(this.input.btp, this.actualPositives);
		const fp = Math.min(this.input.bfp, this.actualNegatives);
		return { tp, fp, fn: this.actualPositives - tp, tn: this.actualNegatives - fp };
	});
	comparisonCapped = $derived(this.input.btp > this.actualPositives || this.input.bfp > this.actualNegatives);
	comparisonMetrics = $derived(binaryMetrics(this.comparison));
	costA = $derived(totalCost(this.counts, this.input.cfp, this.input.cfn));
	costB = $derived(totalCost(this.comparison, this.input.cfp, this.input.cfn));
	/** Which classifier is cheaper, and by how much ('same' when the costs shown are equal). */
	cheaper = $derived<{ winner: 'A' | 'B' | 'same'; saving: number }>({
		winner: this.costA === this.costB ? 'same' : this.costA < this.costB ? 'A' : 'B',
		saving: cents(Math.abs(this.costA - this.costB))
	});
	/** The cost comparison in a sentence, as the cost panel shows it. */
	costVerdict = $derived(
		this.cheaper.winner === 'same'
			? `A and B cost the same: ${formatAmount(this.costA)}.`
			: `${this.cheaper.winner} is cheaper: it saves ${formatAmount(this.cheaper.saving)} against ${this.cheaper.winner === 'A' ? 'B' : 'A'}.`
	);
	/** F-beta's weights as its worked formula shows them: 1 + β² on tp (twice, above and below) and β² on fn. */
	fBetaWeights = $derived({ tp: 1 + this.input.beta ** 2, fn: this.input.beta ** 2 });
	/** mathjs' parser, once the F-beta panel has loaded it after the first paint; null until then. */
	formulaCompiler = $state.raw<FormulaCompiler | null>(null);
	/** The learner's formula as the parser reads it: null until the parser has loaded. */
	compiledFormula = $derived(this.formulaCompiler ? this.formulaCompiler(this.input.f) : null);
	/** The learner's own metric on these counts: a value, undefined with the reason, or an error; null until the formula reads. */
	customMetric = $derived(
		this.compiledFormula?.ok ? evaluateFormula(this.compiledFormula.node, this.counts) : null
	);
	/** Which of precision and recall this beta favours. */
	fBetaLeaning = $derived(
		this.input.beta > 1
			? 'recall counts more than precision'
			: this.input.beta < 1
				? 'precision counts more than recall'
				: 'precision and recall count equally (F1)'
	);

	/** What the matrix tells the learner: the exam's traps, spotted in these numbers. */
	insights = $derived(binaryInsights(this.counts, this.metrics));
	/** Every metric as a bar (MCC, the one that can go negative, in its own colour). */
	metricBars = $derived(
		metricInfo.map((info) => ({
			id: info.id,
			label: info.shortName ?? info.name,
			value: this.metrics[info.id],
			color: info.id === 'mcc' ? 'var(--fp)' : undefined
		}))
	);

	multiclass = $derived(multiclassMetrics(this.input.mc));
	focusCounts = $derived(oneVsRest(this.input.mc, this.input.focus));
	/** Each class's F1, then the three averages of it (in the accent's contrast colour): the rare-class lesson in one chart. */
	f1Bars = $derived([
		...this.multiclass.perClass.map((cls, i) => ({
			id: `class-${i}`,
			label: this.input.names[i],
			value: cls.f1
		})),
		...(['macro', 'weighted', 'micro'] as const).map((average) => ({
			id: average,
			label: `${average[0].toUpperCase()}${average.slice(1)} F1`,
			value: this.multiclass[average].f1,
			color: 'var(--series-b)'
		}))
	]);
	/** What the multiclass matrix tells the learner, and which of its scores are 0/0. */
	multiclassNotes = $derived([
		...multiclassInsights(this.multiclass, this.input.names),
		...undefinedScores(this.multiclass, this.input.names)
	]);

	questions = $derived(
		this.input.mode === 'binary'
			? binaryQuestions(this.input, this.input.q)
			: multiclassQuestions(this.input, this.input.q)
	);

	/** Takes the state a link carries; problems with it are kept for the notice. */

	setCount(key: CountKey, value: number) {
		this.input[key] = value;
	}

	/** Grows or shrinks the multiclass matrix to k classes, keeping the cells both sizes share. */
	setClassCount(k: number) {
		const old = this.input.mc;
		this.input.mc = Array.from({ length: k }, (_, i) =>
			Array.from({ length: k }, (_, j) => old[i]?.[j] ?? (i === j ? 20 : 2))
		);
		const kept = this.input.names.slice(0, k);
		const spare = defaultClassNames.filter((name) => !kept.some((k) => nameKey(k) === nameKey(name)));
		this.input.names = Array.from(
			{ length: k },
			(_, i) => this.input.names[i] ?? spare.shift() ?? `class ${i + 1}`
		);
		if (this.input.focus >= k) this.input.focus = 0;
	}

	setCell(row: number, col: number, value: number) {
		this.input.mc[row][col] = value;
	}
}
