/**
 * The overfitting widget's state: the URL's inputs as `$state`; the network tab's data and
 * shape and the polynomial tab's fits `$derived` from them. Training runs in the
 * {@link TrainingSession}, reset by the network tab whenever its setup changes; the verdict
 * on the run so far, and the one on the polynomial fit, are derived here once for the
 * callouts, the loss chart's marker and the page's sentences.
 */
import { UrlState } from '$lib/kit/UrlState.svelte';
import { kernelSums, penalisedLoss } from '$lib/nn/penalty';
import { overfittingCodec, type OverfittingUrlState } from './codec';
import { readFit, runVerdict } from './diagnosis';
import { epochCharts } from './epochCurves';
import { NetworkState } from './NetworkState.svelte';
import {
	degreesWhereTrainingRises,
	degreeSweep,
	lowestValidation,
	minTrainShare,
	penaltyOf,
	penaltySweep,
	polyData,
	scoreFit,
	splitLeavesEnough
} from './polynomial';
import { degreeReport, equation, fitSentence, fittedCurve, shrinkReport } from './polyReport';
import { overfittingSteps } from './presets';
import { overfittingQuestions } from './quiz';
import { ruleEpochs } from './runHistory';
import { bestMarkerLabel, objectiveSentence, thinnedSentence, verdictCallout } from './runReport';
import { TrainingSession } from './TrainingSession.svelte';

export class OverfittingState extends UrlState<OverfittingUrlState> {
	constructor() {
		super(overfittingCodec);
	}

	readonly steps = overfittingSteps;

	network = new NetworkState(() => this.input);
	session = new TrainingSession();
	/** Over- or underfitting (or restored by early stopping) by the rule of diagnosis.ts, on the epochs so far. */
	runVerdict = $derived(
		runVerdict(
			ruleEpochs(this.session.history),
			this.session.bestEpoch,
			this.network.classes,
			this.session.restored
		)
	);
	/** The epoch whose weights the network holds: the last, or the best once early stopping has put its weights back. */
	current = $derived(this.session.restored ? this.session.best : this.session.last);
	/** What the optimiser minimises with these weights: cross-entropy plus the L2 and L1 terms that are on. */
	objective = $derived(
		this.current ? penalisedLoss(this.current.trainLoss, this.input, kernelSums(this.session.kernels)) : null
	);
	/** That loss in a sentence, term by term. */
	objectiveText = $derived(
		this.current && this.objective
			? objectiveSentence(
					this.current,
					this.objective,
					this.network.prepared.train.length,
					this.session.restored
				)
			: null
	);
	/** The callout on the run (over- or underfitting, or restored weights); null while it shows neither. */
	runCallout = $derived(verdictCallout(this.runVerdict, this.input, this.network.classes));
	bestMarkerLabel = $derived(bestMarkerLabel(this.session.bestEpoch, this.runVerdict));
	/** The loss and accuracy charts' series and shared epoch axis. */
	epochCharts = $derived(epochCharts(this.session.curve, this.session.epoch));
	thinnedText = $derived(thinnedSentence(this.session.thinned));

	/**
	 * The validation share the fits use: the URL's, which the controls and the link decoder keep
	 * leaving at least two training points. Should that ever fail, the largest share that does
	 * is used rather than letting the split throw inside a derivation (which would freeze the page).
	 */
	valPercent = $derived(
		splitLeavesEnough(this.input.pn, this.input.pval) ? this.input.pval : 100 - minTrainShare(this.input.pn)
	);
	polyData = $derived(polyData(this.input.pn, this.input.pnoise, this.input.pseed, this.valPercent));
	penalty = $derived(penaltyOf(this.input.lam));
	polyFit = $derived(scoreFit(this.polyData, this.input.deg, this.penalty));
	sweep = $derived(degreeSweep(this.polyData, this.penalty));
	shrinkage = $derived(penaltySweep(this.polyData, this.input.deg));
	/** The degree with the lowest validation RMSE at this penalty. */
	bestFit = $derived(lowestValidation(this.sweep));
	/** The fit at the chosen degree, judged by the rule of diagnosis.ts, with the reason; null without a fit. */
	fitReading = $derived(
		this.bestFit?.valRmse != null && this.polyFit.trainRmse !== null && this.polyFit.valRmse !== null
			? readFit({
					train: this.polyFit.trainRmse,
					val: this.polyFit.valRmse,
					lowestVal: this.bestFit.valRmse,
					isBest: this.bestFit.degree === this.input.deg
				})
			: null
	);
	fitVerdict = $derived(this.fitReading?.kind ?? null);
	/** Degrees whose training RMSE is above the lower degree's (only ever with a penalty on). */
	trainingRises = $derived(degreesWhereTrainingRises(this.sweep));
	/** The fit's callout, its curve on the chart, the error-against-degree chart and the shrinking, as the page shows them. */
	fitText = $derived(fitSentence(this.fitReading, this.polyFit, this.bestFit));
	curve = $derived(fittedCurve(this.polyData, this.polyFit));
	equation = $derived(equation(this.polyFit));
	degrees = $derived(
		degreeReport(this.sweep, this.bestFit, this.penalty, this.polyData.train.x, this.trainingRises)
	);
	shrink = $derived(shrinkReport(this.shrinkage, this.input.deg));

	/** Questions for the tab on screen; they read the settings, never the run, so a question holds still while the network trains. */
	questions = $derived(
		overfittingQuestions(
			{ input: this.input, spec: this.network.spec, data: this.polyData, sweep: this.sweep },
			this.input.q
		)
	);
}
