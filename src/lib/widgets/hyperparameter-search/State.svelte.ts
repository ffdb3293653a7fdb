/**
 * The hyperparameter-search widget's state: the inputs (exactly what the URL holds) as
 * `$state`, every result `$derived`. Grid, random and successive-halving runs take well under
 * a millisecond and are derived at once; a Bayesian run (tens of milliseconds at 30 trials)
 * and the average over seeds of every strategy run as kit Tasks, in frame-sized slices that
 * a change or the stop button cancels.
 */
import { UrlState } from '$lib/kit/UrlState.svelte';
import { Task } from '$lib/kit/task/Task.svelte';
import { slicePacer } from '$lib/kit/task/slices';
import { smallest } from '$lib/ml/extremes';
import type { Trial } from '$lib/ml/search';
import { averageStrategies } from './averages';
import { decadeUse, gridAgainstRandom, otherScaleBest, triedValues } from './analysis';
import { searchCodec, type SearchUrlState } from './codec';
import { modelMaps } from './model';
import { bestScore, objectives, surfaceGrid, valueAt } from './objectives';
import { runSearch, strategyTrials, summariseRun, type SearchRun } from './runs';
import { searchQuestions } from './quiz';
import { decadeSentence, runSentence } from './sentences';
import { searchSteps } from './steps';

export class SearchState extends UrlState<SearchUrlState> {
	constructor() {
		super(searchCodec);
	}

	readonly steps = searchSteps;

	objective = $derived(objectives[this.input.obj]);
	/** The surface the map paints. */
	surface = $derived(surfaceGrid(this.objective));
	trueBest = $derived(bestScore(this.objective));
	/** The scores the map's colours span: the surface's lowest to the true best. */
	surfaceRange = $derived([smallest(this.surface), this.trueBest] as const);
	/** The true best's hyperparameter values. */
	peakValues = $derived(
		this.objective.params.map((p, i) => valueAt(p, this.objective.peak[i], p.axis)) as [number, number]
	);

	/** The run on the map, at once for every strategy but Bayesian search. */
	quickRun = $derived(
		this.input.strat === 'bayes'
			? null
			: runSearch(this.objective, this.input.strat, this.input.n, this.input.scale, this.input.seed)
	);
	/** Bayesian search's run, a trial per slice. */
	bayesTask = new Task(
		() =>
			this.input.strat === 'bayes'
				? {
						obj: this.input.obj,
						n: this.input.n,
						scale: this.input.scale,
						seed: this.input.seed,
						par: this.input.par
					}
				: null,
		async ({ obj, n, scale, seed, par }, { signal, progress }) => {
			const pause = slicePacer(signal);
			const trials: Trial[] = [];
			for (const trial of strategyTrials(objectives[obj], 'bayes', n, scale, seed, par)) {
				trials.push(trial);
				progress(trials.length / n);
				await pause();
			}
			return summariseRun(objectives[obj], 'bayes', trials, n, scale);
		}
	);
	run = $derived<SearchRun | null>(this.quickRun ?? this.bayesTask.current);

	/** Trainings shown on the map: the budget, or fewer to step through the run. */
	shown = $derived(Math.min(this.input.at, this.input.n));
	/** The trials within that many full trainings. */
	shownTrials = $derived(this.run ? this.run.trials.filter((t) => t.cost <= this.shown + 1e-9) : []);
	/** Bayesian search's model after the trials shown. */
	model = $derived(
		this.input.strat === 'bayes' && this.shownTrials.length
			? modelMaps(this.objective, this.shownTrials, this.input.scale)
			: null
	);

	/** Values of the hyperparameter that matters the run tried. */
	tried = $derived(this.run ? triedValues(this.objective, this.run) : []);
	versus = $derived(gridAgainstRandom(this.objective, this.input.n, this.input.scale));
	decades = $derived(this.run ? decadeUse(this.objective, this.run, this.input.scale) : null);
	/** The same strategy and seed on the other scale (grid, random, successive halving). */
	otherScale = $derived(
		this.run
			? otherScaleBest(this.objective, this.run, this.input.n, this.input.scale, this.input.seed)
			: null
	);
	/** Random search on the same seed, beside a Bayesian run. */
	randomBest = $derived(
		runSearch(this.objective, 'random', this.input.n, this.input.scale, this.input.seed).best!.score
	);

	/** The sentences under the map. */
	runText = $derived(this.run ? runSentence(this.objective, this.run, this.trueBest) : null);
	decadeText = $derived(this.decades ? decadeSentence(this.decades) : null);

	/** Every strategy over seeds, for the best-so-far chart. */
	averagesTask = new Task(
		() => ({ obj: this.input.obj, n: this.input.n, scale: this.input.scale, par: this.input.par }),
		({ obj, n, scale, par }, { signal, progress }) =>
			averageStrategies(objectives[obj], n, scale, par, slicePacer(signal), (f) => progress(f))
	);
	averages = $derived(this.averagesTask.current);

	questions = $derived(
		searchQuestions(
			{
				input: this.input,
				objective: this.objective,
				trueBest: this.trueBest,
				versus: this.versus
			},
			this.input.q
		)
	);

	/** Starts both tasks; call while the page's component initialises. */
	follow() {
		this.bayesTask.follow();
		this.averagesTask.follow();
	}
}
