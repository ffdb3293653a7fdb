/**
 * From the URL's inputs to what the trainer is given: the data, its split and features, the
 * network's shape and the training settings. Plain functions, so that the page's state
 * (NetworkState) and the unit tests that train the presets build a run the same way.
 */
import type { NetworkSpec } from '$lib/nn/architecture';
import { prepareProblem, type PreparedProblem } from '$lib/nn/problem';
import type { TrainSettings } from '$lib/nn/settings';
import type { Dataset } from '$lib/ml/datasets';
import type { OverfittingUrlState } from './codec';
import { HAS_CLASS_COUNT, makeData, seedsFor } from '$lib/ml/planeData';

type Inputs = Pick<
	OverfittingUrlState,
	| 'data'
	| 'n'
	| 'noise'
	| 'cls'
	| 'seed'
	| 'tr'
	| 'cross'
	| 'layers'
	| 'act'
	| 'opt'
	| 'lr'
	| 'bs'
	| 'l1'
	| 'l2'
	| 'drop'
	| 'pat'
	| 'restore'
>;

export function networkData({ data, n, noise, cls, seed }: Inputs): Dataset {
	return makeData({ name: data, n, noise, classes: HAS_CLASS_COUNT.includes(data) ? cls : 2, seed });
}

export function networkProblem({ tr, seed, cross }: Inputs, data: Dataset): PreparedProblem {
	return prepareProblem(data, { trainFraction: tr / 100, seed: seedsFor(seed).split, crosses: [...cross] });
}

export function networkSpec({ layers, act }: Inputs, prepared: PreparedProblem): NetworkSpec {
	return {
		inputs: prepared.problem.inputs,
		hidden: [...layers],
		activation: act,
		classes: prepared.problem.classes
	};
}

export function trainSettings(s: Inputs): TrainSettings {
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
}
