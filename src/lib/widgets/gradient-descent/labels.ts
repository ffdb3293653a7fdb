/** Names the controls, legend and sentences give the optimisers, surfaces and batch sizes. */
import type { OptimizerName } from '$lib/ml/optimize';
import type { SurfaceId } from '$lib/ml/lossSurfaces';
import type { Batch, Comparison } from './codec';

export const optimizerLabels: Record<OptimizerName, string> = {
	plain: 'plain gradient descent',
	momentum: 'momentum',
	nesterov: 'Nesterov momentum',
	rmsprop: 'RMSProp',
	adam: 'Adam'
};

/** Short names for the select and the legend. */
export const optimizerShort: Record<OptimizerName, string> = {
	plain: 'Plain',
	momentum: 'Momentum',
	nesterov: 'Nesterov',
	rmsprop: 'RMSProp',
	adam: 'Adam'
};

export const comparisonLabels: Record<Comparison, string> = { none: 'None', ...optimizerShort };

export const surfaceLabels: Record<SurfaceId, string> = {
	bowl: 'Bowl: w₁² + w₂²',
	long: 'Long bowl: 0.1 w₁² + w₂²',
	valley: 'Curved valley (Rosenbrock-like)',
	two: 'Two minima',
	logistic: 'Iris: logistic loss'
};

export const batchLabels: Record<Batch, string> = {
	full: 'All 100 rows (batch)',
	mini: 'Mini-batches of 10',
	one: 'One row (stochastic)'
};
