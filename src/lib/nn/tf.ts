/**
 * tfjs as the networks use it: the core ops and the cpu backend (for
 * networks of a few hundred weights, plain JavaScript beats webgl's per-op upload cost and
 * needs no GPU, and it trains them faster than the wasm backend: `npm run bench:backends`). No autodiff: mlp.ts writes its backpropagation out. Only `mlp.ts`, `trainer.ts` and the training worker import this, so
 * only the page that trains downloads tfjs.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';

export { tf };

/** Selects the cpu backend; await it once before building a network. */
export async function useCpuBackend(): Promise<void> {
	// skips tfjs's debug-time argument checks on every op: per-op overhead is what tiny networks pay
	tf.enableProdMode();
	await tf.setBackend('cpu');
	await tf.ready();
}
