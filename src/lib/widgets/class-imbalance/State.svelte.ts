/**
 * The class-imbalance widget's state: the link's inputs as `$state`, the training rows the plot
 * shows derived at once (resampling costs no fit), and every remedy fitted both ways as a Task
 * in frame-sized slices once the controls rest. Stage, table, story and questions read these.
 */
import { UrlState } from '$lib/kit/UrlState.svelte';
import { slicePacer } from '$lib/kit/task/slices';
import { Task } from '$lib/kit/task/Task.svelte';
import { rowsFor, smoteK, positivesIn, type Evaluation } from './analysis';
import { imbalanceCodec, remedies, type ImbalanceUrlState } from './codec';
import { accuracySentence, inflationSentence, leakSentence, scalePosWeightText } from './explain';
import { imbalanceQuestions } from './quiz';
import { dataFor, fitAll, resultsInput, type RemedyResults, type ResultsInput } from './results';
import { imbalanceSteps } from './steps';
import { kindCounts, plotDomain, plotPoints, remedyBars, trainingSummary } from './chartData';

export class ImbalanceState extends UrlState<ImbalanceUrlState> {
	constructor() {
		super(imbalanceCodec);
	}

	readonly steps = imbalanceSteps;

	/** The data and its stratified split (regenerated from the seed). */
	prepared = $derived(dataFor(resultsInput(this.input)));
	/** The training rows of the remedy shown, each point's kind: the plot follows the controls at once. */
	training = $derived.by(() => {
		const { data, split } = this.prepared;
		const { rem, when, k, w, t, seed } = this.input;
		return rowsFor(data, split, rem, when, { k, w, t, seed }).train;
	});
	/** SMOTE's neighbours used when the training positives are fewer than k + 1. */
	kUsed = $derived.by(() => {
		const { data, split } = this.prepared;
		const y = this.input.when === 'after' ? split.train.map((i) => data.y[i]) : data.y;
		return smoteK(this.input.k, positivesIn(y));
	});
	/** The plot's axes: every row of the data fits, whatever the remedy. */
	xDomain = $derived(plotDomain(this.prepared.data.X, 0));
	yDomain = $derived(plotDomain(this.prepared.data.X, 1));
	counts = $derived(kindCounts(this.training));
	/** The plot's points, the original positives drawn last so no added point hides them. */
	plotted = $derived(plotPoints(this.training));

	/** Every remedy fitted both ways, once the controls rest; a change cancels a run going. */
	fits = new Task<ResultsInput, RemedyResults>(
		() => resultsInput(this.input),
		async (input, { signal, progress }) => fitAll(input, slicePacer(signal), progress)
	);
	/**
	 * The results on screen: the last ones fitted, kept (dimmed) while new ones are fitted, so the
	 * story's sentence and the numbers stay put during a drag instead of blinking out. The story
	 * reads these, the numbers on screen.
	 */
	results = $derived(this.fits.result);
	shown = $derived(this.results);
	index = $derived(remedies.indexOf(this.input.rem));
	/** The remedy shown, fitted as `when` says. */
	chosen = $derived<Evaluation | null>(this.shown ? this.shown[this.input.when][this.index] : null);
	/** Every remedy, resampled as `when` says: the chart and the table. */
	compared = $derived(this.shown ? this.shown[this.input.when] : []);

	leakText = $derived(this.chosen ? leakSentence(this.chosen) : '');
	inflationText = $derived(this.shown ? inflationSentence(this.shown, this.index) : null);
	accuracyText = $derived(this.shown ? accuracySentence(this.shown) : '');
	scalePosWeight = $derived(this.shown ? scalePosWeightText(this.shown) : '');

	bars = $derived(remedyBars(this.compared, this.input.rem));
	trainingText = $derived(trainingSummary(this.training, this.input.rem, this.input.when));

	/** Questions from the last results and the link state they were fitted for, so they hold still while a run goes. */
	questions = $derived(
		this.shown && this.fits.resultInput
			? imbalanceQuestions(
					{ input: { ...this.input, ...this.fits.resultInput }, results: this.shown },
					this.input.q
				)
			: []
	);
}
