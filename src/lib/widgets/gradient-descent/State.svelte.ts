/**
 * The gradient-descent widget's state: the link state as `$state` (UrlState), the iris table once
 * loaded, and every result `$derived`: the surface, its contour lines (recomputed only when the
 * surface changes), each optimiser's run and verdict, the story and the questions.
 */
import { UrlState } from '$lib/kit/UrlState.svelte';
import { Task } from '$lib/kit/task/Task.svelte';
import { tableLoader } from '$lib/data/tableLoader';
import type { Table } from '$lib/data/table';
import { formulaSurfaces, type Surface, type SurfaceId } from '$lib/ml/lossSurfaces';
import { batchRows, firstStepOf, runOn, startOf } from './analysis';
import { gradientCodec, insideFrame, type GradientUrlState } from './codec';
import { gapsOf, lossChart, stepChart, type ChartRun } from './chartData';
import { contourLines } from './contours';
import { optimizerShort } from './labels';
import { irisSurface } from './iris';
import { gradientQuestions } from './quiz';
import { gradientSteps } from './steps';
import { pointText, verdictLabels, verdictSentence } from './verdictText';
import { formatShort } from '$lib/format/format';

/** A placed start is kept to two decimals: a link stays short and a sentence can quote it exactly. */
const placed = (v: number) => Math.round(v * 100) / 100 + 0;

export class GradientState extends UrlState<GradientUrlState> {
	constructor() {
		super(gradientCodec);
	}

	readonly steps = gradientSteps;

	/** The iris table once loaded, or why it could not be. */
	iris = $state<Table | null>(null);
	irisError = $state<string | null>(null);

	irisSurface = $derived(this.iris ? irisSurface(this.iris) : null);
	/** The surface on screen; null while the iris table loads. */
	surface = $derived<Surface | null>(
		this.input.surf === 'logistic' ? this.irisSurface : formulaSurfaces[this.input.surf]
	);
	contours = $derived(this.surface ? contourLines(this.surface) : []);
	start = $derived(startOf(this.input));
	/** Rows in each step's batch out of all rows, on the iris surface. */
	batch = $derived.by(() => {
		const rows = this.surface ? batchRows(this.surface, this.input.batch) : null;
		return rows === null || !this.irisSurface ? null : { rows, of: this.irisSurface.z.length };
	});
	/** The batch when it is not every row: the runs are stochastic. */
	stochasticBatch = $derived(this.batch && this.batch.rows < this.batch.of ? this.batch : null);

	runA = $derived(this.surface ? runOn(this.surface, this.input, this.input.opt, this.input.lr) : null);
	runB = $derived(
		this.surface && this.input.cmp !== 'none'
			? runOn(this.surface, this.input, this.input.cmp, this.input.lrb)
			: null
	);
	/** Each run's verdict in a sentence (a stochastic batch named). */
	sentenceA = $derived(
		this.runA && this.surface ? verdictSentence(this.runA.verdict, this.surface, this.stochasticBatch) : ''
	);
	sentenceB = $derived(
		this.runB && this.surface ? verdictSentence(this.runB.verdict, this.surface, this.stochasticBatch) : ''
	);

	/** The runs as the charts draw them: A solid, B dashed, each named with its rate. */
	chartRuns = $derived.by((): ChartRun[] => {
		const runs: ChartRun[] = [];
		const name = (run: NonNullable<typeof this.runA>, letter: string) =>
			`${letter}: ${optimizerShort[run.optimizer]}, η ${formatShort(run.rate)}`;
		if (this.runA)
			runs.push({ run: this.runA, label: name(this.runA, 'A'), color: 'var(--series-a)', dashed: false });
		if (this.runB)
			runs.push({ run: this.runB, label: name(this.runB, 'B'), color: 'var(--series-b)', dashed: true });
		return runs;
	});
	lossChart = $derived(this.surface ? lossChart(this.chartRuns, this.surface.minLoss) : null);
	stepChart = $derived(stepChart(this.chartRuns));
	paths = $derived(
		this.surface
			? this.chartRuns.map(({ run, label, color, dashed }) => ({
					id: label.slice(0, 1).toLowerCase(),
					label,
					color,
					dashed,
					points: run.trajectory.points,
					gaps: gapsOf(run, this.surface!.minLoss)
				}))
			: []
	);
	/** A's first step, worked under "Show the maths". */
	firstStep = $derived(this.surface && this.runA ? firstStepOf(this.surface, this.runA) : null);
	/** What the contour plot shows, for screen readers. */
	plotSummary = $derived(
		`Contours of the loss; the start at ${pointText(this.start)}. ` +
			this.chartRuns.map(({ run, label }) => `${label}: ${verdictLabels[run.verdict.kind]}.`).join(' ')
	);

	/**
	 * The questions, once the controls rest: a predict question runs the optimiser again at the
	 * changed setting (up to three runs of 500 steps), work a dragged slider need not redo each step.
	 */
	questionTask = new Task(
		() => (this.surface ? { surface: this.surface, input: { ...this.input } } : null),
		({ surface, input }) =>
			gradientQuestions(
				{ surface, input, runA: runOn(surface, input, input.opt, input.lr), start: startOf(input) },
				input.q
			)
	);
	/** The questions for the state on screen (the last set while the controls move). */
	questions = $derived(this.questionTask.result ?? []);

	/** Starts the runs at (w₁, w₂), from a click or the keyboard, if it lies in the frame. */
	place(w1: number, w2: number) {
		const point: [number, number] = [placed(w1), placed(w2)];
		if (insideFrame(point, this.input.surf)) this.input.start = point;
	}

	/** Another surface, from its own start (the old one may lie outside the new frame). */
	setSurface(surf: SurfaceId) {
		this.input.surf = surf;
		this.input.start = null;
	}

	/** Fetches the iris table once; a failure is kept to be shown, and the formula surfaces keep working. */
	loadIris = tableLoader(
		'iris',
		'iris data',
		(table) => (this.iris = table),
		(message) => (this.irisError = message)
	);
}
