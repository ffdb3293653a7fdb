/**
 * Replays the runs' paths step by step on the contours, so a learner sees the order of the steps
 * (a zig-zag's jumps, momentum's swing) and not only where they end. `start`, `stop` and `step`
 * as the house's loops have them; a generation counter drops the frames of a stopped replay.
 */

/** A replay takes about this long whatever the step count, s (500 steps run faster than 20). */
const replaySeconds = 4;
/** Fewest steps shown a second, so a short run does not crawl. */
const leastStepsPerSecond = 8;

export class StepPlayer {
	/** Steps drawn so far, or null when every step is drawn (no replay). */
	shown = $state<number | null>(null);
	playing = $state(false);
	#generation = 0;

	/** Replays `total` steps from none, in about replaySeconds. */
	start(total: number) {
		const generation = ++this.#generation;
		const perSecond = Math.max(leastStepsPerSecond, total / replaySeconds);
		this.playing = true;
		this.shown = 0;
		const began = performance.now();
		const frame = (now: number) => {
			if (generation !== this.#generation) return;
			const shown = Math.floor(((now - began) / 1000) * perSecond);
			if (shown >= total) return this.stop();
			this.shown = shown;
			requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	}

	/** Ends a replay: every step is drawn again. */
	stop() {
		this.#generation++;
		this.playing = false;
		this.shown = null;
	}

	/** One more step, by hand (pauses a replay); back to every step once past `total`. */
	step(total: number) {
		this.#generation++;
		this.playing = false;
		const next = (this.shown ?? 0) + 1;
		this.shown = next >= total ? null : next;
	}
}
