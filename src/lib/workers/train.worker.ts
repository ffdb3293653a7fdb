/**
 * Trains the overfitting widget's network off the main thread. The page sends a setup,
 * then asks for one slice of training at a time and asks for the next when the answer
 * arrives, so pausing is simply not asking again, and the page never waits on tfjs.
 * Each answer carries the new epochs, the boundary grid's probabilities and the weights.
 *
 * Messages: TrainRequest in, TrainReply out.
 */
import type { TrainReply, TrainRequest, TrainSnapshot } from '../nn/protocol';
import { useCpuBackend } from '../nn/tf';
import { Trainer } from '../nn/trainer';

let trainer: Trainer | null = null;
let grid: Float32Array = new Float32Array();
const ready = useCpuBackend();

function reply(message: TrainReply): void {
	self.postMessage(message, { transfer: message.type === 'snapshot' ? [message.probabilities.buffer] : [] });
}

function snapshot(current: Trainer, records: TrainSnapshot['records'], trainMs: number): TrainSnapshot {
	return {
		records,
		status: current.status,
		bestEpoch: current.bestEpoch,
		restored: current.restored,
		probabilities: current.probabilities(grid).slice(),
		kernels: current.mlp.kernels(),
		trainMs
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
			reply({ type: 'snapshot', run: request.run, answers: 'setup', ...snapshot(trainer, [...trainer.history], 0) });
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
		reply({ type: 'snapshot', run: request.run, answers: 'train', ...snapshot(trainer, records, performance.now() - started) });
	} catch (error) {
		reply({ type: 'error', run: request.run, message: error instanceof Error ? error.message : String(error) });
	}
});
