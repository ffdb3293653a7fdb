/**
 * The network tab's state: the URL's inputs, and what follows from them without training
 * (the data, its split, the network's shape, the grid). Training itself lives in a
 * {@link TrainingSession}, which the tab resets whenever `setup` changes.
 */
import { parameterCount, type NetworkSpec } from '$lib/nn/architecture';
import { boundaryGrid, prepareProblem } from '$lib/nn/problem';
import type { TrainSetup } from '$lib/nn/protocol';
import type { TrainSettings } from '$lib/nn/settings';
import type { OverfittingUrlState } from './codec';
import { HAS_CLASS_COUNT, makeData, plotDomains, seedsFor } from './data';

/** Cells per side of the decision-boundary grid. */
export const GRID_SIZE = 50;

export class NetworkState {
	private readonly input: () => OverfittingUrlState;

	constructor(input: () => OverfittingUrlState) {
		this.input = input;
	}

	data = $derived.by(() => {
		const { data, n, noise, cls, seed } = this.input();
		return makeData({ name: data, n, noise, classes: HAS_CLASS_COUNT.includes(data) ? cls : 2, seed });
	});
	classes = $derived(Math.max(...this.data.y) + 1);
	domains = $derived(plotDomains(this.data));
	prepared = $derived.by(() => {
		const { tr, seed, cross } = this.input();
		return prepareProblem(this.data, { trainFraction: tr / 100, seed: seedsFor(seed).split, crosses: [...cross] });
	});
	/** 0 train, 1 validation, per sample. */
	partOf = $derived.by(() => {
		const of = new Array<number>(this.data.y.length).fill(0);
		for (const i of this.prepared.val) of[i] = 1;
		return of;
	});
	spec = $derived.by<NetworkSpec>(() => ({
		inputs: this.prepared.problem.inputs,
		hidden: [...this.input().layers],
		activation: this.input().act,
		classes: this.classes
	}));
	parameters = $derived(parameterCount(this.spec));
	settings = $derived.by<TrainSettings>(() => {
		const s = this.input();
		return {
			optimizer: s.opt,
			learningRate: s.lr,
			batchSize: s.bs,
			l1: s.l1,
			l2: s.l2,
			dropout: s.drop,
			patience: s.pat,
			restoreBest: s.restore === 'on',
			seed: seedsFor(s.seed).weights
		};
	});
	grid = $derived(boundaryGrid(this.prepared, GRID_SIZE, this.domains.x, this.domains.y));
	setup = $derived<TrainSetup>({ spec: this.spec, problem: this.prepared.problem, settings: this.settings, grid: this.grid.features });
}
