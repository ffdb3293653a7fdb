/**
 * The k-means widget's state: inputs (what the URL holds) as `$state`, a loaded or
 * uploaded table as raw state, the run and the frame on screen `$derived`, and the elbow
 * sweep, the seeds table, the silhouette values and the one-more-cluster question's starts
 * as Tasks: each runs in the k-means worker once the controls rest.
 */
import { TableUrlState } from '$lib/kit/TableUrlState.svelte';
import { Task } from '$lib/kit/task/Task.svelte';
import type { Table } from '$lib/data/table';
import { adjustedRandScore } from '$lib/ml/agreement';
import { DATASETS } from '$lib/ml/datasets';
import { suggestK, type KMeansInit, type KMeansResult } from '$lib/ml/kmeans';
import { createRng } from '$lib/ml/random';
import { counted } from '$lib/format/format';
import { kMeansCodec, maxK, type KMeansSource, type KMeansUrlState, uploadFallback } from './codec';
import { fromTable, generated, incompleteRowsNote, maybeScale, type ClusterData } from './data';
import { aboveBest, failureNote, groupInertia, isWorse, seedSummary } from './failures';
import { risesSentence } from './elbow';
import { summariseSilhouettes } from './silhouetteBands';
import { frameAt, frameCount, inertiaTrail } from './frames';
import { seedsJob, silhouetteJob, sweepJob } from './jobs';
import {
	kMeansQuestions,
	offersOneMore,
	questionsWithoutRun,
	ringedPoint,
	type KMeansQuizView
} from './quiz';
import { kMeansSteps } from './steps';
import { howItEnded } from './stepText';
import { bestInertia, oneMoreFrom, rawSpreads, rescaled, stepRun, tableSeeds } from './whatIf';
import { bestSilhouette, clusterCount, inertiaRises, type SweepPhase } from '$lib/jobs/kmeansSweep';

type TableSource = 'iris' | 'penguins';
const isTable = (src: KMeansSource): src is TableSource => src === 'iris' || src === 'penguins';
/** What a seeds job is for: the points, k and how it starts (never clicked centroids). */
type SeedsInput = { X: number[][]; k: number; init: KMeansInit };
/** How long the controls rest before the worker starts, ms: dragging k or the seed starts no job per step. */
const restMs = 250;
/** Restarts per k in the elbow sweep and in the seeds comparison (scikit-learn's classic n_init). */
export const restarts = 10;

export class KMeansState extends TableUrlState<KMeansUrlState> {
	constructor() {
		super(kMeansCodec, uploadFallback);
	}

	/** The story: Lloyd's steps, a bad start, moons, and units before and after standardising. */
	readonly steps = kMeansSteps;

	playing = $state(false);

	/** The points clustered, or a sentence saying why there are none. */
	data = $derived.by(() => this.dataScaled(this.input.scale === 'on'));
	points = $derived(typeof this.data === 'object' ? this.data : null);
	X = $derived(this.points?.X ?? []);
	/** The rows of a table left out for a missing value, said where the table's row count shows; null when none are. */
	rowsNote = $derived(this.points ? incompleteRowsNote(this.points) : null);
	/** k, at most the number of points. */
	k = $derived(Math.min(this.input.k, this.X.length));
	/** Clicked centroids still to place before a clicked start can run. */
	toPlace = $derived(this.input.init === 'click' ? Math.max(0, this.k - this.input.placed.length) : 0);

	/** The run stepped through: one start (nInit = 1), every step recorded. */
	run = $derived.by((): KMeansResult | null =>
		this.X.length === 0 || this.toPlace > 0 ? null : stepRun(this.X, this.k, this.input)
	);
	trail = $derived(this.run ? inertiaTrail(this.X, this.run.history) : []);
	frames = $derived(this.run ? frameCount(this.run.history) : 0);
	frame = $derived(this.run ? frameAt(this.X, this.run.history, this.trail, this.input.step) : null);
	atEnd = $derived(this.frame !== null && this.frame.index === this.frames - 1);
	/** The point ringed on the plot: the one the next-assign question asks about (see ringedPoint). */
	ringed = $derived(
		this.run && this.frame
			? ringedPoint(
					{ X: this.X, history: this.run.history, trail: this.trail, frame: this.frame },
					this.input.q
				)
			: null
	);
	/** Which of scikit-learn's stopping rules ended the run. */
	ending = $derived(this.run ? howItEnded(this.X, this.run) : null);

	/** How well the final clusters match the groups the data came from (adjusted Rand index). */
	/** The true groups' inertia, each around its own mean: what the run's inertia is compared with; null without groups. */
	groupsInertia = $derived(
		this.points?.truth && this.points.truth.length > 0 ? groupInertia(this.points.X, this.points.truth) : null
	);
	agreement = $derived(
		this.run && this.points?.truth && this.points.truth.length > 1
			? adjustedRandScore(this.points.truth, this.run.labels)
			: null
	);

	/** Starts with seeds 1…10 (fixed, so picking one to step through leaves the list as it is), in the worker; none with clicked centroids. */
	seedsTask = new Task(
		(): SeedsInput | null =>
			this.X.length === 0 || this.input.init === 'click'
				? null
				: { X: this.X, k: this.k, init: this.input.init },
		({ X, k, init }, context) => seedsJob({ type: 'seeds', X, k, init, seeds: tableSeeds }, context),
		{ restMs: restMs }
	);
	/** The seeds table's runs for the points, k and start on screen (a reply for others is never shown); null until they arrive. */
	seedRuns = $derived(this.seedsTask.current);
	/** The seeds table summed up: best, worst, and the starts stuck worse than the best. */
	seedsSummary = $derived(this.seedRuns ? seedSummary(this.seedRuns) : null);
	/** The seeds table's rows: each start's run, how far it ends above the best ("best", "+0.4%") and whether that is a worse minimum. */
	seedRows = $derived.by(() => {
		const best = this.seedsSummary?.best;
		return best === undefined
			? []
			: (this.seedRuns ?? []).map((run) => ({
					...run,
					above: aboveBest(run.inertia, best),
					worse: isWorse(run.inertia, best)
				}));
	});
	/** The worst start's inertia above the best, in percent; null without starts. */
	seedsWorstAbove = $derived(
		this.seedsSummary ? (this.seedsSummary.worst / this.seedsSummary.best - 1) * 100 : null
	);

	/** The largest k of the sweep: 10, or fewer when there are fewer points. */
	sweepKs = $derived(Math.min(maxK, this.X.length));
	/** The elbow sweep for k = 1…sweepKs, in the worker, with progress and a stop button. */
	sweepTask = new Task(
		() =>
			this.X.length === 0
				? null
				: {
						X: this.X,
						kMax: this.sweepKs,
						init: this.input.init === 'click' ? 'k-means++' : this.input.init,
						seed: this.input.seed
					},
		({ X, kMax, init, seed }, context) =>
			sweepJob(
				{ type: 'sweep', X, ks: Array.from({ length: kMax }, (_, i) => i + 1), init, seed, nInit: restarts },
				context
			),
		{ restMs }
	);
	/** The elbow sweep for the points, start and seed on screen; null until the worker answers. */
	sweep = $derived(this.sweepTask.current);
	/** How far the sweep is (0 to 1) and what it is doing, while it runs; null otherwise. */
	sweepProgress = $derived.by((): { fraction: number; phase: SweepPhase } | null =>
		this.sweepTask.pending && this.sweep === null
			? {
					fraction: this.sweepTask.progress ?? 0,
					phase: (this.sweepTask.stage as SweepPhase | null) ?? 'runs'
				}
			: null
	);
	sweepStopped = $derived(this.sweepTask.stopped);
	sweepError = $derived(this.sweepTask.error);
	/** Where the sweep's inertia rises with k (ten starts missed the lower minimum); empty when it falls all the way. */
	sweepRises = $derived(this.sweep ? inertiaRises(this.sweep) : []);
	/** The k whose clusters score the highest silhouette, read by the elbow panel's sentence and marker. */
	bestSilhouette = $derived(this.sweep ? bestSilhouette(this.sweep) : null);
	suggestion = $derived(this.sweep ? suggestK(this.sweep.map(({ k, inertia }) => ({ k, inertia }))) : null);
	/** The elbow panel's sentence on the inertia curve: falling at every k, or where the best of the starts missed a lower minimum. */
	sweepRisesSentence = $derived(risesSentence(this.sweepRises, restarts));
	/** How many groups the data were made from (or labelled with); 0 when unknown. */
	groupCount = $derived(this.points?.truthNames.length ?? 0);
	/** The knee suggests a k other than the data's known number of groups: the elbow misleads here. */
	elbowMisleads = $derived(
		this.suggestion !== null && this.groupCount > 0 && this.suggestion.k !== this.groupCount
	);
	/** The silhouette of every point for the run's final clusters, in the worker; none when it is undefined (see silhouetteUndefined). */
	silhouetteTask = new Task(
		() => (this.run && this.silhouetteUndefined === null ? { X: this.X, labels: this.run.labels } : null),
		({ X, labels }, context) => silhouetteJob({ type: 'silhouette', X, labels }, context),
		{ restMs }
	);
	/** Why the silhouette of the run's clusters is undefined (one cluster, or one per point); null when it is defined. */
	silhouetteUndefined = $derived.by(() => {
		const labels = this.run?.labels;
		if (!labels) return null;
		const clusters = clusterCount(labels);
		return clusters < 2 || clusters >= labels.length
			? `The silhouette is undefined with ${clusters} cluster${clusters === 1 ? '' : 's'} for ${labels.length} points: it compares each point's own cluster with the nearest other one, so it needs 2 to n − 1 clusters.`
			: null;
	});
	/** Silhouette value of every point for the run's final clusters, from the worker. */
	silhouettes = $derived.by(() => {
		const values = this.silhouetteTask.current;
		return values && this.run ? summariseSilhouettes(this.run.labels, values) : null;
	});
	silhouetteError = $derived(this.silhouetteUndefined ?? this.silhouetteTask.error);

	/** The lowest inertia any start tried with this k reached: the ten seeds' table, or the sweep's best of ten at this k. */
	bestKnown = $derived.by((): { inertia: number; from: string } | null => {
		const candidates: { inertia: number; from: string }[] = [];
		if (this.seedRuns?.length) {
			const top = this.seedRuns.reduce((a, b) => (b.inertia < a.inertia ? b : a));
			candidates.push({
				inertia: top.inertia,
				from: `the best of the ${this.seedRuns.length} starts below (seed ${top.seed})`
			});
		}
		const swept = this.sweep?.find((p) => p.k === this.k);
		if (swept)
			candidates.push({
				inertia: swept.inertia,
				from: `the best of the elbow sweep's ${restarts} starts at k = ${this.k}`
			});
		return candidates.length ? candidates.reduce((a, b) => (b.inertia < a.inertia ? b : a)) : null;
	});
	/** What the final clusters say about k-means' assumptions here (see failures.ts). */
	failure = $derived(
		this.points
			? failureNote(this.input, this.points, {
					agreement: this.agreement,
					inertia: this.run?.inertia ?? null,
					best: this.bestKnown,
					sweep: this.sweep,
					suggestion: this.suggestion,
					bestSilhouette: this.bestSilhouette,
					groupsInertia: this.groupsInertia
				})
			: null
	);

	/** The ten table starts with one more cluster, in the worker, when the one-more-cluster question can be asked. */
	oneMoreTask = new Task(
		(): SeedsInput | null =>
			this.input.init !== 'click' && offersOneMore(this.input, this.X.length, this.k)
				? { X: this.X, k: this.k + 1, init: this.input.init }
				: null,
		({ X, k, init }, context) => seedsJob({ type: 'seeds', X, k, init, seeds: tableSeeds }, context),
		{ restMs }
	);
	/**
	 * What the questions ask about, read only when one is dealt: the run with one more cluster
	 * (null, so not asked, until both sets of starts are back from the worker), and the run on
	 * the features scaled the other way.
	 */
	private oneMoreRun = $derived.by(() => {
		const [before, after] = [this.seedRuns, this.oneMoreTask.current];
		return before && after
			? oneMoreFrom(this.X, this.k, this.input, bestInertia(before), bestInertia(after))
			: null;
	});
	/** The same run on the features scaled the other way: the questions and the story compare with it. */
	otherScaling = $derived(rescaled(this.dataScaled(this.input.scale !== 'on'), this.k, this.input));
	/** Each raw feature's standard deviation, before any scaling. */
	spreads = $derived(this.points ? rawSpreads(this.input, this.points) : []);

	/** What the questions are built from: the run on screen and the changes they ask about. */
	quizView = $derived.by((): KMeansQuizView | null =>
		this.run && this.frame && this.points
			? {
					input: this.input,
					X: this.X,
					k: this.k,
					history: this.run.history,
					trail: this.trail,
					frame: this.frame,
					inertia: this.run.inertia,
					sweep: this.sweep,
					suggestion: this.suggestion,
					agreement: this.agreement,
					spreads: this.spreads,
					oneMore: () => this.oneMoreRun,
					rescaled: () => this.otherScaling
				}
			: null
	);
	/** About the run when there is one; before clicked centroids are placed, the scenarios and sums, which need no run, so the quiz is never empty. */
	questions = $derived(
		this.quizView
			? kMeansQuestions(this.quizView, this.input.q)
			: questionsWithoutRun({ sweep: this.sweep, suggestion: this.suggestion }, this.input.q)
	);
	/** What to do while clicked centroids are still to be placed (the run, its silhouettes and its questions wait for them); null otherwise. */
	awaitingStart = $derived(
		this.toPlace > 0
			? `Place ${counted(this.k, 'starting centroid')} on the chart above (${this.toPlace} to go): the run, its silhouettes and the questions about it follow.`
			: null
	);

	/** The points for the settings on screen, standardised or not: generated, a loaded table (null until it arrives) or the upload. */
	private dataScaled(scale: boolean): ClusterData | string | null {
		const { src, dseed } = this.input;
		if (src === 'upload') return this.uploaded ? fromTable(this.uploaded, null, scale, dseed) : null;
		if (isTable(src)) {
			const table = this.realTables.loaded[src];
			const label = DATASETS.find((d) => d.name === src)?.labelColumn ?? null;
			return table ? fromTable(table, label, scale, dseed) : null;
		}
		const made = generated(this.input);
		return { ...made, X: maybeScale(made.X, scale) };
	}

	/** A link opens paused, whatever was playing. */
	load(params: URLSearchParams) {
		super.load(params);
		this.playing = false;
	}

	/** Any change to the data or the start begins the animation again. */
	restart() {
		this.input.step = 0;
		this.playing = false;
	}

	setSource(src: KMeansSource) {
		this.input.src = src;
		this.input.placed = [];
		if (src === 'iris' || src === 'penguins') this.input.k = 3;
		if (src === 'moons' || src === 'circles') this.input.k = 2;
		this.restart();
	}

	useUpload(table: Table) {
		this.uploaded = table;
		this.setSource('upload');
	}

	set<K extends keyof KMeansUrlState>(key: K, value: KMeansUrlState[K]) {
		this.input[key] = value;
		if (key === 'init' || key === 'k') this.input.placed = this.input.placed.slice(0, this.k);
		this.restart();
	}

	/** Places the next clicked centroid (rounded to 3 significant digits, so links stay short). */
	place(x: number, y: number) {
		if (this.toPlace === 0) return;
		this.input.placed = [...this.input.placed, [round(x), round(y)]];
		this.restart();
	}

	/** A keyboard way to place: the next centroid on a point drawn with the start seed. */
	placeOnPoint() {
		if (this.toPlace === 0 || this.X.length === 0) return;
		const row = this.X[createRng(this.input.seed + this.input.placed.length).int(this.X.length)];
		this.place(row[0], row[1]);
	}

	clearPlaced() {
		this.input.placed = [];
		this.restart();
	}

	step(by: number) {
		if (this.frames === 0) return;
		this.input.step = Math.max(0, Math.min(this.frames - 1, (this.frame?.index ?? 0) + by));
	}

	toEnd() {
		this.input.step = Math.max(0, this.frames - 1);
		this.playing = false;
	}

	/** Every Task of the page follows its controls: call while the component initialises. */
	followTasks() {
		for (const task of [this.sweepTask, this.seedsTask, this.silhouetteTask, this.oneMoreTask]) task.follow();
	}

	/** Runs the elbow sweep again at once (after it was stopped). */
	runSweep() {
		void this.sweepTask.run();
	}

	/** The sweep's stop button. */
	stopSweep() {
		this.sweepTask.cancel();
	}
}

function round(v: number): number {
	return Number(v.toPrecision(3));
}
