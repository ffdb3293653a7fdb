// Which tfjs backend trains the overfitting lab's networks faster: the site's trainer
// (src/lib/nn, backpropagation written out) on tfjs's cpu backend and on its wasm backend,
// in plain Node, on the same seeded runs, taken in turns so that a busy machine slows both.
//   npm run bench:backends
// Figures: epochs per second for the TensorFlow Playground's default (circles, 500 points,
// 50% train, 2-4-2-1 tanh, SGD 0.03, batch 10) and a 6 × 8 tanh network on the spiral; the
// median of the rounds. The site ships the cpu backend: bench/README.md says why.
import { bundle, cacheDir, lib } from './bundle.js';

// tfjs stays outside the bundle, so that the wasm backend finds its .wasm files in node_modules
const { Trainer, prepareProblem, makeCircles, makeSpiral, tf } = await bundle(
	'trainer',
	`export { Trainer } from ${lib('nn/trainer.ts')};
export { prepareProblem } from ${lib('nn/problem.ts')};
export { makeCircles, makeSpiral } from ${lib('ml/datasets.ts')};
export { tf } from ${lib('nn/tf.ts')};
import '@tensorflow/tfjs-backend-wasm';`,
	{ external: [/^@tensorflow\//], outDir: cacheDir('backends') }
);

const settings = {
	optimizer: 'sgd',
	learningRate: 0.03,
	batchSize: 10,
	l1: 0,
	l2: 0,
	dropout: 0,
	patience: 0,
	restoreBest: false,
	seed: 1
};
const networks = [
	{ name: 'Playground default 2-4-2-1', data: makeCircles({ n: 500, noise: 0.1, seed: 1 }), hidden: [4, 2] },
	{ name: 'spiral 6 × 8', data: makeSpiral({ n: 500, noise: 0.1, seed: 1 }), hidden: [8, 8, 8, 8, 8, 8] }
];

/** Epochs per second of one network over `seconds`, after 20 untimed epochs. */
function epochsPerSecond({ data, hidden }, seconds) {
	const { problem } = prepareProblem(data, { trainFraction: 0.5, seed: 2, crosses: [] });
	const trainer = new Trainer(
		{ inputs: problem.inputs, hidden, activation: 'tanh', classes: problem.classes },
		problem,
		settings
	);
	for (let i = 0; i < 20; i++) trainer.trainEpoch();
	const t0 = performance.now();
	let epochs = 0;
	while (performance.now() - t0 < seconds * 1000) {
		trainer.trainEpoch();
		epochs++;
	}
	const rate = epochs / ((performance.now() - t0) / 1000);
	if (trainer.status !== 'running') throw new Error(`${trainer.status} while timing`);
	trainer.dispose();
	return rate;
}

tf.enableProdMode();
const rounds = 5;
const rates = Object.fromEntries(['cpu', 'wasm'].map((b) => [b, networks.map(() => [])]));
for (let round = 0; round < rounds; round++) {
	for (const backend of ['cpu', 'wasm']) {
		await tf.setBackend(backend);
		await tf.ready();
		networks.forEach((network, i) => rates[backend][i].push(epochsPerSecond(network, 2)));
	}
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`\nTraining in Node, epochs/s, median of ${rounds} rounds of 2 s (cpu and wasm in turns):`);
networks.forEach((network, i) => {
	const [cpu, wasm] = [median(rates.cpu[i]), median(rates.wasm[i])];
	console.log(
		`  ${network.name.padEnd(30)} cpu ${cpu.toFixed(0).padStart(4)}   wasm ${wasm.toFixed(0).padStart(4)}   wasm/cpu ${(wasm / cpu).toFixed(2)}`
	);
});
