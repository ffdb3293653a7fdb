/**
 * The cross-validation widget's state: the URL's inputs as `$state`; the folds, each fold's
 * score, their mean and spread `$derived`. The trade-off table (five fold counts, up to 300
 * fits for leave-one-out) is computed by `computeTable` once the controls rest, a row at a time.
 */
import { nextTask } from '$lib/ui/nextTask';
import { stratifiedKFoldWarnings, type Fold } from '$lib/ml/split';
import { makeSplitData, meanAndSd, usableK } from '../data-splits/analysis';
import { cvCodec, decodeCvState, type CvUrlState } from './codec';
import { COMPARED_FOLD_COUNTS, foldCountRow, foldScores, makeFolds, type FoldCountRow, type FoldOptions } from './folds';
import { cvQuestions } from './quiz';

export class CvState {
	input = $state<CvUrlState>(cvCodec.defaults());
	linkProblems = $state<string[]>([]);

	data = $derived(
		makeSplitData({
			n: this.input.n,
			positiveShare: this.input.pos / 100,
			separation: this.input.sep,
			seed: this.input.dseed,
			drift: this.input.time === 'on'
		})
	);
	/** Time order and leave-one-out never shuffle. */
	shuffles = $derived((this.input.method === 'kfold' || this.input.method === 'stratified') && this.input.shuffle === 'on');
	foldOptions = $derived<FoldOptions>({ shuffle: this.shuffles, seed: this.input.seed });
	/** Folds the engine refuses (more folds than samples of every class…) become a message. */
	attempt = $derived.by((): { folds: Fold[]; error: string | null } => {
		try {
			return { folds: makeFolds(this.input.method, this.data.y, this.input.folds, this.foldOptions), error: null };
		} catch (error) {
			return { folds: [], error: error instanceof Error ? error.message : String(error) };
		}
	});
	folds = $derived(this.attempt.folds);
	warnings = $derived(this.input.method === 'stratified' && this.folds.length > 0 ? stratifiedKFoldWarnings(this.data.y, this.input.folds) : []);
	/** Accuracy of k-NN on each fold's test samples, fitted on its training samples. */
	scores = $derived(foldScores(this.data, this.folds, this.input.k));
	summary = $derived(meanAndSd(this.scores));
	/** The smallest k the folds really use: k-NN cannot ask more neighbours than a fold has training rows. */
	kUsed = $derived(this.folds.length === 0 ? this.input.k : Math.min(...this.folds.map((f) => usableK(this.input.k, f.train.length))));
	/** Positives in each fold's test part. */
	testPositives = $derived(this.folds.map((fold) => fold.test.filter((i) => this.data.y[i] === 1).length));

	/** The trade-off table; rows come in as they are computed. */
	table = $state.raw<FoldCountRow[]>([]);
	tablePending = $state(true);
	#run = 0;

	questions = $derived(cvQuestions({ n: this.input.n, folds: this.folds, method: this.input.method, k: this.input.folds }, this.input.q));

	load(params: URLSearchParams) {
		const { value, problems } = decodeCvState(params);
		this.input = value;
		this.linkProblems = problems;
	}

	params(): URLSearchParams {
		return cvCodec.encode(this.input);
	}

	cancelTable() {
		this.#run++;
	}

	/** The same method with 2, 5, 10, 20 folds and leave-one-out, a row at a time with a pause between. */
	async computeTable(): Promise<void> {
		const run = ++this.#run;
		const { data, foldOptions } = this;
		const { method, k } = this.input;
		const rows: FoldCountRow[] = [];
		for (const count of COMPARED_FOLD_COUNTS) {
			rows.push(foldCountRow(data, method, foldOptions, k, count));
			await nextTask();
			if (run !== this.#run) return;
		}
		this.table = rows;
		this.tablePending = false;
	}

	newQuestions() {
		this.input.q = (this.input.q % 1_000_000) + 1;
	}
}
