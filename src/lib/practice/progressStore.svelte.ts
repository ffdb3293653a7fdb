/**
 * The practice record as the pages show it: read from this device once a page mounts, written
 * back on every answer. The rules (shape, versions, sums, the weakest domain) are progress.ts's.
 */
import {
	forgetProgress,
	readProgress,
	withAnswer,
	writeProgress,
	type Progress,
	type ProgressStorage
} from './progress';

/** localStorage, or null where the browser blocks it (reading the property can throw). */
function deviceStorage(): ProgressStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

class PracticeProgress {
	/** Tallies by task; empty until `load` has read the device. */
	progress = $state.raw<Progress>({});
	/** Whether the device has been read (the prerendered page shows no record until then). */
	loaded = $state(false);

	/** Reads the record on this device. Browser only. */
	load() {
		this.progress = readProgress(deviceStorage());
		this.loaded = true;
	}

	/** Counts one answer for a task and stores it. */
	record(task: string, right: boolean) {
		this.progress = withAnswer(this.progress, task, right);
		writeProgress(deviceStorage(), this.progress);
	}

	/** Forgets the record, here and on the device. */
	forget() {
		this.progress = {};
		forgetProgress(deviceStorage());
	}
}

export const practiceProgress = new PracticeProgress();
