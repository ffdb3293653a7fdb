/**
 * The overfitting widget's state: the URL's inputs as `$state`; the network tab's data and
 * shape and the polynomial tab's fits `$derived` from them. Training runs in the
 * {@link TrainingSession}, reset by the network tab whenever its setup changes.
 */
import { decodeOverfittingState, overfittingCodec, type OverfittingUrlState } from './codec';
import { NetworkState } from './NetworkState.svelte';
import { degreeSweep, minTrainShare, penaltyOf, penaltySweep, polyData, scoreFit, splitLeavesEnough } from './polynomial';
import { PRESETS } from './presets';
import { TrainingSession } from './TrainingSession.svelte';

export class OverfittingState {
	input = $state<OverfittingUrlState>(overfittingCodec.defaults());
	linkProblems = $state<string[]>([]);
	/** The preset last chosen, while no setting has moved away from it. */
	preset = $derived(PRESETS.find((p) => Object.entries(p.settings).every(([key, value]) => same(this.input[key as keyof OverfittingUrlState], value))) ?? null);

	network = new NetworkState(() => this.input);
	session = new TrainingSession();

	/**
	 * The validation share the fits use: the URL's, which the controls and the link decoder keep
	 * leaving at least two training points. Should that ever fail, the largest share that does
	 * is used rather than letting the split throw inside a derivation (which would freeze the page).
	 */
	valPercent = $derived(splitLeavesEnough(this.input.pn, this.input.pval) ? this.input.pval : 100 - minTrainShare(this.input.pn));
	polyData = $derived(polyData(this.input.pn, this.input.pnoise, this.input.pseed, this.valPercent));
	penalty = $derived(penaltyOf(this.input.lam));
	polyFit = $derived(scoreFit(this.polyData, this.input.deg, this.penalty));
	sweep = $derived(degreeSweep(this.polyData, this.penalty));
	shrinkage = $derived(penaltySweep(this.polyData, this.input.deg));

	load(params: URLSearchParams) {
		const { value, problems } = decodeOverfittingState(params);
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
