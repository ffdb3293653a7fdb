/**
 * The L1 vs L2 widget's state: the link's inputs as `$state`, the cars table (fetched once),
 * and every result `$derived`: the fit at the chosen λ at once, and the paths over the whole
 * grid of λ in the background (a Task, in frame-sized slices), since 51 fits can take longer
 * than a frame. Charts, callouts, story and questions all read these fields.
 */
import { UrlState } from '$lib/kit/UrlState.svelte';
import { slicePacer } from '$lib/kit/task/slices';
import { Task } from '$lib/kit/task/Task.svelte';
import { tableLoader } from '$lib/data/tableLoader';
import type { Table } from '$lib/data/table';
import {
	fitAtLambda,
	LOG_GRID,
	lowestValidation,
	pathFits,
	prepareDesign,
	type Design,
	type PenaltySettings
} from './analysis';
import { regularizationCodec, type RegularizationUrlState } from './codec';
import { carsProblem, syntheticProblem, type Problem } from './data';
import { coefficientRows, errorChart, errorMarkers, pathChart } from './chartData';
import { validationSentence, zeroSentence } from './explain';
import { questionLambda, regularizationQuestions } from './quiz';
import { regularizationSteps } from './steps';

interface PathInput {
	design: Design;
	settings: PenaltySettings;
}

export class RegularizationState extends UrlState<RegularizationUrlState> {
	constructor() {
		super(regularizationCodec);
	}

	readonly steps = regularizationSteps;

	/** The cars table once loaded, or why it could not be. */
	cars = $state.raw<Table | null>(null);
	carsError = $state<string | null>(null);

	/** The training and validation rows (null while the cars table loads). */
	problem = $derived.by((): Problem | null => {
		const { data, n, noise, seed } = this.input;
		if (data === 'cars') return this.cars ? carsProblem(this.cars, seed) : null;
		return syntheticProblem(n, noise, seed);
	});
	settings = $derived<PenaltySettings>({
		pen: this.input.pen,
		mix: this.input.mix,
		scale: this.input.scale === 'on'
	});
	design = $derived(this.problem ? prepareDesign(this.problem, this.settings.scale) : null);
	/** The fit at the chosen λ, computed at once so the slider answers within a frame. */
	chosen = $derived(this.design ? fitAtLambda(this.design, this.settings, this.input.lam) : null);
	/** Least squares on the same rows: what the penalty shrinks from. */
	ols = $derived(
		// least squares ignores λ: any grid point will do, and the slider does not refit it
		this.design ? fitAtLambda(this.design, { ...this.settings, pen: 'none' }, LOG_GRID[0]) : null
	);
	/** L2 at the chosen λ, for the story's sentence that compares it with L1. */
	l2AtLambda = $derived(
		this.design ? fitAtLambda(this.design, { ...this.settings, pen: 'l2' }, this.input.lam) : null
	);
	/** The same penalty and λ with scaling the other way round: the units lesson. */
	otherScaling = $derived(
		this.problem
			? fitAtLambda(prepareDesign(this.problem, !this.settings.scale), this.settings, this.input.lam)
			: null
	);

	/** The fits along the grid of λ, once the controls rest; a change cancels a run going. */
	pathTask = new Task<PathInput, Awaited<ReturnType<typeof pathFits>>>(
		() =>
			this.design
				? {
						design: this.design,
						// the mix matters only to the elastic net: moving it under another penalty starts no run
						settings: { ...this.settings, mix: this.settings.pen === 'enet' ? this.settings.mix : 0 }
					}
				: null,
		// compared by value (the Task's default): the same rows rebuilt are the same input
		async ({ design, settings }, { signal }) => pathFits(design, settings, slicePacer(signal))
	);
	/** The path for the settings on screen; null while it is computed. */
	path = $derived(this.pathTask.current);
	best = $derived(this.path ? lowestValidation(this.path) : null);

	/** The paths chart and the U chart, as drawn; null while the path is computed. */
	pathChart = $derived(this.path && this.problem ? pathChart(this.path, this.problem.features) : null);
	errorChart = $derived(this.path && this.best ? errorChart(this.path, this.best) : null);
	/** The paths chart's marker at the chosen λ. */
	pathMarkers = $derived(this.chosen ? [{ id: 'lambda', label: 'your λ', x: this.chosen.logLambda }] : []);
	/** The U chart's markers: the chosen λ (the slider moves only these) and the lowest validation error. */
	errorMarkers = $derived(this.errorChart && this.chosen ? errorMarkers(this.errorChart, this.chosen) : []);

	/** The true against fitted table's rows. */
	coefficientRows = $derived(
		this.problem && this.design && this.ols && this.chosen
			? coefficientRows(this.problem.features, this.design.truth, this.ols, this.chosen)
			: []
	);

	zeroText = $derived(
		this.chosen && this.problem ? zeroSentence(this.chosen, this.problem.features, this.input.pen) : null
	);
	validationText = $derived(
		this.chosen && this.best && this.path
			? validationSentence(this.chosen, this.best, this.path[0], this.input.pen)
			: null
	);

	/**
	 * The link state the questions read: every field but λ, which they set themselves, so the
	 * questions hold still (and cost nothing) while the learner drags the slider.
	 */
	quizInput = $derived.by(() => {
		const { data, pen, mix, scale, n, noise, seed, q } = this.input;
		return { data, pen, mix, scale, n, noise, seed, q };
	});
	/** A λ for the questions other than the one on screen (whose numbers the page prints); a number, so the slider only reaches the questions when it lands on this λ. */
	questionLogLambda = $derived(questionLambda(this.input.lam, this.input.q));
	questions = $derived(
		this.problem
			? regularizationQuestions(
					{ input: { ...this.quizInput, lam: this.questionLogLambda }, problem: this.problem },
					this.input.q
				)
			: []
	);

	/** Fetches the cars table once; a failure is kept to be shown, and the synthetic table keeps working. */
	loadCars = tableLoader(
		'cars',
		'cars table',
		(table) => (this.cars = table),
		(message) => (this.carsError = message)
	);
}
