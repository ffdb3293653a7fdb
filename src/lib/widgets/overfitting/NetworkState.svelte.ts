/**
 * The network tab's state: the URL's inputs, and what follows from them without training
 * (the data, its split, the network's shape, the grid). Training itself lives in a
 * {@link TrainingSession}, which the tab resets whenever `setup` changes.
 */
import { parameterCount, type NetworkSpec } from '$lib/nn/architecture';
import { boundaryGrid } from '$lib/nn/problem';
import type { TrainSetup } from '$lib/nn/protocol';
import type { TrainSettings } from '$lib/nn/settings';
import type { OverfittingUrlState } from './codec';
import { plotDomains } from '$lib/ml/planeData';
import { networkData, networkProblem, networkSpec, trainSettings } from './setup';

/** Cells per side of the decision-boundary grid. */
export const GRID_SIZE = 50;

export class NetworkState {
	private readonly input: () => OverfittingUrlState;

	constructor(input: () => OverfittingUrlState) {
		this.input = input;
	}

	data = $derived.by(() => networkData(this.input()));
	classes = $derived(Math.max(...this.data.y) + 1);
	domains = $derived(plotDomains(this.data));
	prepared = $derived.by(() => networkProblem(this.input(), this.data));
	/** 0 train, 1 validation, per sample. */
	partOf = $derived.by(() => {
		const of = new Array<number>(this.data.y.length).fill(0);
		for (const i of this.prepared.val) of[i] = 1;
		return of;
	});
	spec = $derived.by<NetworkSpec>(() => networkSpec(this.input(), this.prepared));
	parameters = $derived(parameterCount(this.spec));
	settings = $derived.by<TrainSettings>(() => trainSettings(this.input()));
	grid = $derived(boundaryGrid(this.prepared, GRID_SIZE, this.domains.x, this.domains.y));
	setup = $derived<TrainSetup>({
		spec: this.spec,
		problem: this.prepared.problem,
		settings: this.settings,
		grid: this.grid.features
	});
}
