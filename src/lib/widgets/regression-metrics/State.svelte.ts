/**
 * The regression-metrics widget's state: the link's inputs as `$state` and every result
 * `$derived` once (analysis.ts): the line in force, the errors, the metrics and the mean's
 * baseline, the big error's effect, the sentences. Charts, callouts, story and questions read
 * these fields. Everything is a few sums over at most 12 points: no worker is needed.
 */
import { UrlState } from '$lib/kit/UrlState.svelte';
import { bigErrorEffect, evaluate, plotDomain } from './analysis';
import { POINT_X, POINT_Y, regressionCodec, type FitMode, type RegressionUrlState } from './codec';
import { bigErrorSentence, errorSentence, mapeSentence, plotSentence, r2Sentence } from './explain';
import { snap } from './line';
import { regressionQuestions } from './quiz';
import { regressionSteps } from './steps';

export class RegressionState extends UrlState<RegressionUrlState> {
	constructor() {
		super(regressionCodec);
	}

	readonly steps = regressionSteps;

	evaluation = $derived(evaluate(this.input));
	/** The same points and model without the big error: what MAE and RMSE were before it. */
	clean = $derived(this.input.big === 0 ? this.evaluation : evaluate({ ...this.input, big: 0 }));
	bigEffect = $derived(bigErrorEffect(this.evaluation, this.clean, this.input.big));

	/** The plot's domain: fixed unless the big error lifts a point above it. */
	domain = $derived(plotDomain(this.evaluation.points));

	errorText = $derived(errorSentence(this.evaluation));
	plotSummary = $derived(plotSentence(this.evaluation, this.input.fit));
	bigText = $derived(bigErrorSentence(this.bigEffect));
	r2Text = $derived(r2Sentence(this.evaluation));
	mapeText = $derived(mapeSentence(this.evaluation));

	questions = $derived(regressionQuestions({ input: this.input, evaluation: this.evaluation }, this.input.q));

	/**
	 * Refit the line, or keep the model fixed: fixing keeps the line on screen (the fitted one),
	 * so the learner can then move points away from a model that no longer follows them.
	 */
	setModel(fit: FitMode) {
		if (fit === 'fixed' && this.input.fit === 'refit') {
			this.input.slope = this.evaluation.line.slope;
			this.input.icpt = this.evaluation.line.intercept;
		}
		this.input.fit = fit;
	}

	/**
	 * Moves point `index` (0-based) to (x, y) on the 0.1 grid, within the plot. Moving the point
	 * that carries the big error folds the error into it: the learner now places it by hand.
	 */
	movePoint(index: number, x: number, y: number) {
		const last = this.input.pts.length - 1;
		const point: [number, number] = [snap(x, POINT_X.min, POINT_X.max), snap(y, POINT_Y.min, POINT_Y.max)];
		const unchanged = this.evaluation.points[index];
		if (unchanged && unchanged[0] === point[0] && unchanged[1] === point[1]) return;
		this.input.pts = this.input.pts.map((p, i) => (i === index ? point : p));
		if (index === last) this.input.big = 0;
	}
}
