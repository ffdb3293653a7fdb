/**
 * The decision-boundary widget's state: the link state as `$state`, the plane both models learn
 * from as `$derived`, each model's fit as a kit Task (in a worker, once the controls rest; a
 * change cancels a stale fit), and everything the page says derived once from their results.
 */
import { UrlState } from '$lib/kit/UrlState.svelte';
import { Task } from '$lib/kit/task/Task.svelte';
import { RealTables } from '$lib/data/RealTables.svelte';
import { boostingCurve, verdictOf } from './analysis';
import { modelOf, zooCodec, type Slot, type ZooUrlState } from './codec';
import { fitInWorker, type FitJob } from './fitJob';
import { relevant, type SharedSettings } from '$lib/jobs/boundaryModels';
import { makePlane, planePoints } from './plane';
import { zooQuestions } from './quiz';
import { zooSteps } from './steps';

export class ZooState extends UrlState<ZooUrlState> {
	constructor() {
		super(zooCodec);
	}

	/** The story: a line on XOR, memorising, a forest's smoothing, boosting's rounds. */
	readonly steps = zooSteps;

	/** The real tables, each fetched the first time it is picked. */
	tables = new RealTables();

	/** The data both models learn from; null while a real table loads. */
	plane = $derived(makePlane(this.input, this.tables.loaded));
	/** The plane's points as the maps draw them. */
	points = $derived(planePoints(this.plane));

	#shared = $derived<SharedSettings>({
		fdepth: this.input.fdepth,
		gdepth: this.input.gdepth,
		lr: this.input.lr,
		seed: this.input.seed
	});

	/** A slot's fit: only the settings its kind reads, so moving another kind's setting refits nothing. */
	#job(slot: Slot): FitJob | null {
		if (!this.plane) return null;
		return { plane: this.plane, ...relevant(modelOf(this.input, slot), this.#shared) };
	}

	taskA = new Task(() => this.#job('a'), fitInWorker);
	taskB = new Task(() => this.#job('b'), fitInWorker);

	/** Each model's results for the settings on screen; null while they are computed. */
	a = $derived(this.taskA.current);
	b = $derived(this.taskB.current);
	/** What the maps show: the last results, kept while a new fit runs (the panel says it is updating). */
	shownA = $derived(this.taskA.result);
	shownB = $derived(this.taskB.result);

	verdictA = $derived(this.a ? verdictOf(this.a) : null);
	verdictB = $derived(this.b ? verdictOf(this.b) : null);
	curveA = $derived(this.a ? boostingCurve(this.a) : null);
	curveB = $derived(this.b ? boostingCurve(this.b) : null);

	/** Asked once both models answered, so a dragged slider does not rebuild them at every step. */
	questions = $derived(
		this.plane && this.a && this.b ? zooQuestions({ input: this.input, plane: this.plane }, this.input.q) : []
	);

	/** Call while the component initialises: fetches a picked table and fits both models as the controls rest. */
	follow() {
		this.tables.follow(() => this.input.data);
		this.taskA.follow();
		this.taskB.follow();
	}
}
