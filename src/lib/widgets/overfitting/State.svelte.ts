/**
 * The overfitting widget's state: the URL's inputs as `$state`; the network tab's data and
 * shape and the polynomial tab's fits `$derived` from them. Training runs in the
 * {@link TrainingSession}, reset by the network tab whenever its setup changes.
 */
import { overfittingCodec, type OverfittingUrlState } from './codec';
import { NetworkState } from './NetworkState.svelte';
import { degreeSweep, penaltyOf, penaltySweep, polyData, scoreFit } from './polynomial';
import { PRESETS } from './presets';
import { TrainingSession } from './TrainingSession.svelte';

export class OverfittingState {
	input = $state<OverfittingUrlState>(overfittingCodec.defaults());
	linkProblems = $state<string[]>([]);
	/** The preset last chosen, while no setting has moved away from it. */
	preset = $derived(PRESETS.find((p) => Object.entries(p.settings).every(([key, value]) => same(this.input[key as keyof OverfittingUrlState], value))) ?? null);

	network = new NetworkState(() => this.input);
	session = new TrainingSession();

	polyData = $derived(polyData(this.input.pn, this.input.pnoise, this.input.pseed, this.input.pval));
	penalty = $derived(penaltyOf(this.input.lam));
	polyFit = $derived(scoreFit(this.polyData, this.input.deg, this.penalty));
	sweep = $derived(degreeSweep(this.polyData, this.penalty));
	shrinkage = $derived(penaltySweep(this.polyData, this.input.deg));

	load(params: URLSearchParams) {
		const { value, problems } = overfittingCodec.decode(params);
		this.input = value;
		this.linkProblems = problems;
	}

	params(): URLSearchParams {
		return overfittingCodec.encode(this.input);
	}

	applyPreset(id: string) {
		const preset = PRESETS.find((p) => p.id === id);
		if (preset) this.input = { ...this.input, ...structuredClone(preset.settings) };
	}

	newQuestions() {
		this.input.q = (this.input.q % 1_000_000) + 1;
	}
}

function same(a: unknown, b: unknown): boolean {
	return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b;
}
