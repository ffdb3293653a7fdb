/**
 * Trains the overfitting widget's network off the main thread. The page sends a setup,
 * then asks for slices of training (keeping up to two asked for), so pausing is simply not
 * asking again, and the page never waits on tfjs.
 * Each answer carries the new epochs, the boundary grid's probabilities and the weights.
 *
 * Messages: TrainRequest in, TrainReply out.
 */
import type { TrainReply, TrainRequest, TrainSnapshot } from '../nn/protocol';
import { useCpuBackend } from '../nn/tf';
import { Trainer } from '../nn/trainer';

/**
 * The boundary is recomputed at most this often while playing, ms: a 50 × 50 grid through a
 * deep network costs as much as an epoch or two, and ten redraws a second look smooth.
 */
const GRID_EVERY_MS = 100;

let trainer: Trainer | null = null;
let gridAt = -Infinity;
let grid: Float32Array = new Float32Array();
const ready = useCpuBackend();

function reply(message: TrainReply): void {
	self.postMessage(message, {
		transfer: message.type === 'snapshot' && message.probabilities ? [message.probabilities.buffer] : []
	});
}

function snapshot(current: Trainer, records: TrainSnapshot['records'], withGrid: boolean): TrainSnapshot {
	if (withGrid) gridAt = performance.now();
	return {
		records,
		status: current.status,
		bestEpoch: current.bestEpoch,
		restored: current.restored,
		probabilities: withGrid ? current.probabilities(grid).slice() : null,
		kernels: current.mlp.kernels()
	};
}

self.addEventListener('message', async (event: MessageEvent<TrainRequest>) => {
	const request = event.data;
	await ready;
	try {
		if (request.type === 'setup') {
			trainer?.dispose();
			trainer = null;
			grid = request.setup.grid;
			trainer = new Trainer(request.setup.spec, request.setup.problem, request.setup.settings);
			reply({
				type: 'snapshot',
				run: request.run,
				answers: 'setup',
				...snapshot(trainer, [...trainer.history], true)
			});
			return;
		}
		if (!trainer) return;
		const started = performance.now();
		const records = [];
		while (records.length < request.maxEpochs) {
			const record = trainer.trainEpoch();
			if (!record) break;
			records.push(record);
			if (performance.now() - started >= request.budgetMs) break;
		}
		// always fresh when the run pauses here: a step, a set epoch reached, or training ended
		const final = records.length >= request.maxEpochs || trainer.status !== 'running';
		const withGrid = final || performance.now() - gridAt >= GRID_EVERY_MS;
		reply({ type: 'snapshot', run: request.run, answers: 'train', ...snapshot(trainer, records, withGrid) });
	} catch (error) {
		reply({
			type: 'error',
			run: request.run,
			message: error instanceof Error ? error.message : String(error)
		});
	}
});
