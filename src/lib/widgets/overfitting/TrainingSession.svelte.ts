/**
 * The page's side of training: owns the worker, plays, pauses, steps and resets, and
 * keeps what the charts read (the epochs so far, the boundary, the weights) as state.
 * Playing keeps two slices of epochs requested, asking for the next as each answer lands,
 * so the worker starts a slice while the page draws the last one and never waits on it.
 * Pausing stops asking (the slice under way still lands).
 * A run number (the Playground's generation counter) drops answers of a run reset since.
 */
import { startWorker, type WorkerHandle } from '$lib/kit/task/worker';
import { startTrainWorker, type TrainReply, type TrainSetup, type TrainSnapshot } from '$lib/nn/protocol';
import type { TrainingStatus } from '$lib/nn/settings';
import {
	appendEpochs,
	curvePoints,
	emptyRunHistory,
	lastEpochOf,
	thinning,
	type RunHistory
} from './runHistory';

/** Training time per slice, ms: long enough to amortise a message, short enough for the boundary to move smoothly. */
const SLICE_MS = 40;
/** Speed is averaged over the slices of the last this many ms. */
const SPEED_WINDOW_MS = 1500;

export class TrainingSession {
	/** The epochs so far, older ones thinned so that a long run stays cheap to draw (see runHistory.ts). */
	history = $state.raw<RunHistory>(emptyRunHistory());
	status = $state<TrainingStatus>('running');
	restored = $state(false);
	probabilities = $state.raw<Float32Array | null>(null);
	kernels = $state.raw<number[][][]>([]);
	playing = $state(false);
	/** Epochs per second over the last moments of play (0 when paused). */
	speed = $state(0);
	error = $state<string | null>(null);
	/** Play until this epoch, then pause (for "train N epochs"); null: no limit. */
	stopAt = $state<number | null>(null);

	last = $derived(lastEpochOf(this.history));
	/** The epoch with the lowest validation loss so far (as the trainer reports it). */
	best = $derived(this.history.best);
	bestEpoch = $derived(this.best?.epoch ?? 0);
	/** The epochs the curves and their tables show: at most ~600, however long the run. */
	curve = $derived(curvePoints(this.history));
	/** How the curves thin older epochs; null while they show every one. */
	thinned = $derived(thinning(this.history));
	epoch = $derived(this.last?.epoch ?? 0);

	private worker: WorkerHandle | null = null;
	private run = 0;
	/** Slices asked for and not answered yet. */
	private inFlight = 0;
	private slices: { at: number; epochs: number }[] = [];

	/** Starts a fresh network from these settings (paused, at epoch 0). */
	reset(setup: TrainSetup): void {
		this.run++;
		this.playing = false;
		this.stopAt = null;
		this.inFlight = 0;
		this.speed = 0;
		this.slices = [];
		this.history = emptyRunHistory();
		this.status = 'running';
		this.restored = false;
		// the old network's boundary and weights must not be drawn over the new data and shape
		this.probabilities = null;
		this.kernels = [];
		this.error = null;
		this.post({ type: 'setup', run: this.run, setup });
	}

	play(): void {
		if (this.status !== 'running' || this.playing) return;
		this.playing = true;
		this.slices = [];
		this.fill();
	}

	pause(): void {
		this.playing = false;
		this.speed = 0;
	}

	/** Trains exactly one epoch (pausing first). */
	step(): void {
		this.pause();
		if (this.status === 'running' && this.inFlight === 0) this.ask(1);
	}

	/** Plays until `epoch`, then pauses. */
	playUntil(epoch: number): void {
		this.stopAt = epoch;
		this.play();
	}

	dispose(): void {
		this.worker?.stop();
		this.worker = null;
		this.run++;
	}

	/** Keeps slices requested while playing: two ahead, or one when playing to a set epoch (so it stops there exactly). */
	private fill(): void {
		const depth = this.stopAt === null ? 2 : 1;
		while (this.playing && this.status === 'running' && this.inFlight < depth && this.ask()) {
			// asked for one more slice
		}
	}

	/** Asks for one slice; false (and paused) when a set epoch has been reached. */
	private ask(maxEpochs = Infinity): boolean {
		const limit = this.stopAt === null ? maxEpochs : Math.min(maxEpochs, this.stopAt - this.epoch);
		if (limit <= 0) {
			this.stopAt = null;
			this.pause();
			return false;
		}
		this.inFlight++;
		this.post({ type: 'train', run: this.run, maxEpochs: limit, budgetMs: SLICE_MS });
		return true;
	}

	private post(message: Parameters<Worker['postMessage']>[0]): void {
		// one long-lived worker for the session's epochs, started and stopped by the kit's shared code
		if (!this.worker) {
			this.worker = startWorker<TrainReply>(
				startTrainWorker,
				(reply) => this.receive(reply),
				(why) => {
					this.error = why;
					this.pause();
				}
			);
		}
		this.worker.post(message);
	}

	private receive(reply: TrainReply): void {
		if (reply.run !== this.run) return;
		if (reply.type === 'error' || reply.answers === 'train') this.inFlight = Math.max(0, this.inFlight - 1);
		if (reply.type === 'error') {
			this.error = reply.message;
			this.pause();
			return;
		}
		this.take(reply);
		if (this.status !== 'running') this.pause();
		else this.fill();
	}

	private take(snapshot: TrainSnapshot): void {
		this.history = appendEpochs(this.history, snapshot.records, snapshot.bestEpoch);
		this.status = snapshot.status;
		this.restored = snapshot.restored;
		if (snapshot.probabilities) this.probabilities = snapshot.probabilities;
		this.kernels = snapshot.kernels;
		if (!this.playing) return;
		const now = performance.now();
		this.slices = this.slices.filter((s) => now - s.at < SPEED_WINDOW_MS);
		this.slices.push({ at: now, epochs: snapshot.records.length });
		const first = this.slices[0];
		const span = now - first.at;
		// the first slice's epochs were trained before its timestamp: count from it on
		if (span > 200) this.speed = (this.slices.slice(1).reduce((sum, s) => sum + s.epochs, 0) / span) * 1000;
	}
}
