/**
 * The cross-validation widget's state: the URL's inputs as `$state`; the folds, each fold's
 * score, their mean and spread `$derived`.
 */
import { kFold, leaveOneOut, stratifiedKFold, stratifiedKFoldWarnings, type Fold } from '$lib/ml/split';
import { makeSplitData, meanAndSd, score } from '../data-splits/analysis';
import { cvCodec, type CvUrlState } from './codec';
import { cvQuestions } from './quiz';

export class CvState {
	input = $state<CvUrlState>(cvCodec.defaults());
	linkProblems = $state<string[]>([]);

	data = $derived(
		makeSplitData({ n: this.input.n, positiveShare: this.input.pos / 100, separation: this.input.sep, seed: this.input.seed, drift: false })
	);
	/** Folds the engine refuses (more folds than samples of every class…) become a message. */
	attempt = $derived.by((): { folds: Fold[]; error: string | null } => {
		const { method, folds, shuffle, seed } = this.input;
		const options = { shuffle: shuffle === 'on', seed };
		try {
			if (method === 'loo') return { folds: leaveOneOut(this.data.X.length), error: null };
			if (method === 'stratified') return { folds: stratifiedKFold(this.data.y, folds, options), error: null };
			return { folds: kFold(this.data.X.length, folds, options), error: null };
		} catch (error) {
			return { folds: [], error: error instanceof Error ? error.message : String(error) };
		}
	});
	folds = $derived(this.attempt.folds);
	warnings = $derived(this.input.method === 'stratified' && this.folds.length > 0 ? stratifiedKFoldWarnings(this.data.y, this.input.folds) : []);
	/** Accuracy of k-NN on each fold's test samples, fitted on the rest. */
	scores = $derived(this.folds.map((fold) => score(this.data, fold.train, fold.test, this.input.k) ?? 0));
	summary = $derived(meanAndSd(this.scores));
	/** Positives in each fold's test part. */
	testPositives = $derived(this.folds.map((fold) => fold.test.filter((i) => this.data.y[i] === 1).length));

	questions = $derived(cvQuestions({ n: this.input.n, folds: this.folds, method: this.input.method, k: this.input.folds }, this.input.q));

	load(params: URLSearchParams) {
		const { value, problems } = cvCodec.decode(params);
		this.input = value;
		this.linkProblems = problems;
	}

	params(): URLSearchParams {
		return cvCodec.encode(this.input);
	}

	newQuestions() {
		this.input.q = (this.input.q % 1_000_000) + 1;
	}
}
