/**
 * Five models scored on the raw data and on each scaled version, to show which ones scaling
 * changes: k-nearest neighbours and k-means measure distances, and an L2 penalty charges a
 * weight in its feature's units, so they change; a decision tree splits one feature at a time
 * at a training value, and an unpenalised logistic regression's weights absorb any rescaling
 * of a feature, so neither changes under a per-feature scaler.
 *
 * The learner's added points carry no class: the models train and score on the original rows
 * only, so an added point changes them only through the scalers it moves.
 */
import { formatPercent } from '$lib/format/format';
import { kMeans } from '$lib/ml/kmeans';
import { knnClassifier } from '$lib/ml/knn';
import { fitLogistic } from '$lib/ml/logistic';
import { fitTree } from '$lib/ml/tree';
import { fitScaler } from '$lib/ml/scaling';
import { orderByRawX, originalRows, type ScalingData, type Version } from './analysis';

export type ModelId = 'knn' | 'kmeans' | 'tree' | 'logistic' | 'penalised';
export const MODEL_IDS: readonly ModelId[] = ['knn', 'kmeans', 'tree', 'logistic', 'penalised'];

/** Column headings, and the model's name inside a sentence. */
export const modelNames: Record<ModelId, { column: string; inText: string }> = {
	knn: { column: '5-NN accuracy', inText: '5-NN' },
	kmeans: { column: 'k-means purity', inText: 'k-means' },
	tree: { column: 'Decision tree (depth 3)', inText: 'the decision tree' },
	logistic: { column: 'Logistic, no penalty', inText: 'logistic regression without a penalty' },
	penalised: { column: 'Logistic, L2 (C = 1)', inText: 'logistic regression with an L2 penalty' }
};

/** The scores on one space (the raw data or one scaled version). */
export interface SpaceScores {
	id: string;
	name: string;
	/**
	 * Test accuracy of each supervised model; k-means: the share of all original rows whose
	 * cluster's majority class is their own (purity). Null where the model cannot be fitted
	 * (logistic regression when a feature is constant or a copy of another there).
	 */
	scores: Record<ModelId, number | null>;
}

export interface ModelScores {
	/** The raw data first, then each version. */
	rows: SpaceScores[];
	/** The original test rows scored (the added points have no class). */
	testRows: number;
	/**
	 * Per model: whether its test predictions (k-means: its clusters) on the raw data are the
	 * same after every one of the four per-feature scalers.
	 */
	sameAcrossScalers: Record<ModelId, boolean>;
	/** Per model: whether its score prints the same (as {@link formatPercent} writes it) raw and after every per-feature scaler. */
	sameScoreAcrossScalers: Record<ModelId, boolean>;
	/**
	 * The per-feature scalers after which the unpenalised logistic regression's answers differ
	 * from the raw ones only because its solver stopped short: refitted on the same space
	 * standardised (a well-conditioned basis with the same optimum), it gives the raw answers.
	 */
	logisticSolverStop: string[];
	/** The per-feature scalers after which the unpenalised logistic regression's answers differ from the raw ones, for any reason. */
	logisticDiffersIn: string[];
	/** Per model: whether the row normalizer changes its predictions (clusters) from the raw ones. */
	normalizerChanges: Record<ModelId, boolean>;
	/** Per model: the spaces where it could not be fitted (their names), so its score there is undefined. */
	undefinedIn: Record<ModelId, string[]>;
}

const accuracy = (predicted: number[], actual: number[]) =>
	predicted.filter((p, i) => p === actual[i]).length / actual.length;
const sameArrays = (a: number[] | null, b: number[] | null) =>
	a !== null && b !== null && a.length === b.length && a.every((v, i) => v === b[i]);

/** Cluster purity: each cluster votes for its most common class; the share of rows that agree. */
export function purity(clusters: number[], classes: number[]): number {
	const counts = new Map<number, Map<number, number>>();
	clusters.forEach((c, i) => {
		const inCluster = counts.get(c) ?? new Map<number, number>();
		inCluster.set(classes[i], (inCluster.get(classes[i]) ?? 0) + 1);
		counts.set(c, inCluster);
	});
	let agree = 0;
	for (const inCluster of counts.values()) agree += Math.max(...inCluster.values());
	return agree / clusters.length;
}

/**
 * Logistic regression one-vs-rest, as scikit-learn's `OneVsRestClassifier(LogisticRegression(C))`:
 * one binary model per class seen in training, each row to the class whose model gives it the
 * highest probability (the lowest class on a tie). C = Infinity fits with no penalty. Null when
 * the fit has no single solution: Newton's equations are singular when a feature is constant
 * or a copy of another (as after the row normalizer, when one feature dwarfs the other).
 */
export function logisticOneVsRest(
	Xtrain: number[][],
	yTrain: number[],
	Xtest: number[][],
	C: number
): number[] | null {
	const classes = [...new Set(yTrain)].sort((a, b) => a - b);
	if (classes.length === 1) return Xtest.map(() => classes[0]);
	// Raw features in the thousands (a car's weight in pounds) put the engine's default gradient
	// tolerance, 1e-8, below what rounding lets Newton's steps reach; 1e-6 stops at the same
	// predictions in a few steps instead of running out the steps.
	let probabilities: number[][];
	try {
		probabilities = classes.map((c) =>
			fitLogistic(
				Xtrain,
				yTrain.map((y) => (y === c ? 1 : 0)),
				{ C, tol: 1e-6, maxIter: 30 }
			).predictProba(Xtest)
		);
	} catch (error) {
		if (error instanceof Error && /singular/.test(error.message)) return null;
		throw error;
	}
	return Xtest.map((_, i) => {
		let best = 0;
		for (let c = 1; c < classes.length; c++) if (probabilities[c][i] > probabilities[best][i]) best = c;
		return classes[best];
	});
}

/** Each model's predictions for the test rows of one space (k-means: its clusters over the original rows, numbered left to right). */
function predict(
	X: number[][],
	raw: number[][],
	train: number[],
	test: number[],
	yTrain: number[],
	k: number,
	seed: number
): Record<ModelId, number[] | null> {
	const Xtrain = train.map((i) => X[i]);
	const Xtest = test.map((i) => X[i]);
	const originals = X.slice(0, raw.length);
	return {
		knn: knnClassifier(Xtrain, yTrain, Math.min(5, Xtrain.length)).predict(Xtest),
		kmeans: orderByRawX(kMeans(originals, k, { seed, nInit: 4, recordHistory: false }).labels, raw),
		tree: fitTree(Xtrain, yTrain, { maxDepth: 3 }).predict(Xtest),
		logistic: logisticOneVsRest(Xtrain, yTrain, Xtest, Infinity),
		penalised: logisticOneVsRest(Xtrain, yTrain, Xtest, 1)
	};
}

/**
 * The five models on the raw data and on each version, trained on the original training rows
 * and scored on the original test rows; null when the data have no classes or no such rows.
 */
export function scoreModels(
	data: ScalingData,
	versions: Version[],
	split: { train: number[]; test: number[] },
	seed: number
): ModelScores | null {
	const labelled = labelledSplit(data, split);
	if (!labelled) return null;
	const { classes, train, test } = labelled;
	const raw = data.X.slice(0, data.addedFrom);
	const originalClasses = classes.slice(0, data.addedFrom);
	const k = Math.min(new Set(originalClasses).size, raw.length);
	const yTrain = train.map((i) => classes[i]);
	const yTest = test.map((i) => classes[i]);
	const spaces = [{ id: 'raw', name: 'Raw (no scaling)', X: data.X }, ...versions];
	const predictions = spaces.map(({ X }) => predict(X, raw, train, test, yTrain, k, seed));
	const rows = spaces.map(({ id, name }, s) => {
		const p = predictions[s];
		const scores = Object.fromEntries(
			MODEL_IDS.map((m) => {
				const predicted = p[m];
				return [
					m,
					predicted === null
						? null
						: m === 'kmeans'
							? purity(predicted, originalClasses)
							: accuracy(predicted, yTest)
				];
			})
		) as Record<ModelId, number | null>;
		return { id, name, scores };
	});
	const [rawPredictions] = predictions;
	const perFeature = predictions.filter((_, s) => spaces[s].id !== 'raw' && spaces[s].id !== 'normalize');
	const normalized = predictions.find((_, s) => spaces[s].id === 'normalize');
	const byModel = <T>(f: (m: ModelId) => T) =>
		Object.fromEntries(MODEL_IDS.map((m) => [m, f(m)])) as Record<ModelId, T>;
	const perFeatureRows = rows.filter((row) => row.id !== 'raw' && row.id !== 'normalize');
	// the unpenalised optimum predicts the same in any units: where the answers differ, check the solver on a standardised copy of that space
	const differs = spaces.filter((space, s) => {
		if (space.id === 'raw' || space.id === 'normalize') return false;
		const direct = predictions[s].logistic;
		return (
			direct !== null && rawPredictions.logistic !== null && !sameArrays(direct, rawPredictions.logistic)
		);
	});
	const solverStop = differs.filter((space) => {
		const standard = fitScaler(
			'standard',
			train.map((i) => space.X[i])
		);
		const Z = standard.transform(space.X);
		return sameArrays(
			logisticOneVsRest(
				train.map((i) => Z[i]),
				yTrain,
				test.map((i) => Z[i]),
				Infinity
			),
			rawPredictions.logistic
		);
	});
	return {
		rows,
		testRows: test.length,
		sameAcrossScalers: byModel((m) => perFeature.every((p) => sameArrays(p[m], rawPredictions[m]))),
		sameScoreAcrossScalers: byModel((m) =>
			perFeatureRows.every((row) => formatPercent(row.scores[m]) === formatPercent(rows[0].scores[m]))
		),
		logisticSolverStop: solverStop.map((space) => space.name),
		logisticDiffersIn: differs.map((space) => space.name),
		normalizerChanges: byModel(
			(m) =>
				normalized !== undefined &&
				normalized[m] !== null &&
				rawPredictions[m] !== null &&
				!sameArrays(normalized[m], rawPredictions[m])
		),
		undefinedIn: byModel((m) =>
			spaces.filter((_, s) => predictions[s][m] === null).map((space) => space.name)
		)
	};
}

/** The original training and test rows, and every row's class. */
interface LabelledSplit {
	classes: number[];
	train: number[];
	test: number[];
}

/** The split's original rows, which the models train and score on; null without classes or without such rows. */
function labelledSplit(data: ScalingData, split: { train: number[]; test: number[] }): LabelledSplit | null {
	const classes = data.classes;
	const train = originalRows(data, split.train);
	const test = originalRows(data, split.test);
	if (!classes || train.length === 0 || test.length === 0) return null;
	return { classes, train, test };
}

/** 5-NN or the depth-3 tree trained on the training rows of space `X`, predicting its test rows. */
function predictTestRows(
	model: 'knn' | 'tree',
	{ classes, train, test }: LabelledSplit,
	X: number[][]
): TestPredictions {
	const Xtrain = train.map((i) => X[i]);
	const yTrain = train.map((i) => classes[i]);
	const fitted =
		model === 'knn'
			? knnClassifier(Xtrain, yTrain, Math.min(5, Xtrain.length))
			: fitTree(Xtrain, yTrain, { maxDepth: 3 });
	return { predicted: fitted.predict(test.map((i) => X[i])), actual: test.map((i) => classes[i]) };
}

/**
 * 5-NN test accuracy (on the original test rows) after each scaler of `versions`: the number
 * the leak is measured in, for the scalers fitted on the training rows and on all rows.
 */
export function knnByScaler(
	data: ScalingData,
	versions: Version[],
	split: { train: number[]; test: number[] }
): Record<string, number> | null {
	const labelled = labelledSplit(data, split);
	if (!labelled) return null;
	return Object.fromEntries(
		versions.map(({ id, X }) => [id, accuracyOf(predictTestRows('knn', labelled, X))])
	);
}

/** The test predictions of 5-NN or the depth-3 tree on one space, beside the test rows' classes. */
export interface TestPredictions {
	predicted: number[];
	actual: number[];
}

/** The share of the test rows predicted right. */
export const accuracyOf = ({ predicted, actual }: TestPredictions) => accuracy(predicted, actual);

/**
 * Test predictions of 5-NN or the depth-3 tree on one space `X` (the data, scaled or not),
 * trained on the original training rows and predicting the original test rows; null without
 * classes or without such rows.
 */
export function testPredictions(
	model: 'knn' | 'tree',
	data: ScalingData,
	X: number[][],
	split: { train: number[]; test: number[] }
): TestPredictions | null {
	const labelled = labelledSplit(data, split);
	return labelled && predictTestRows(model, labelled, X);
}

/** How two sets of predictions for the same test rows differ: how many changed, and how many of those turned right or wrong. */
export interface PredictionChange {
	changed: number;
	/** Wrong before, right after. */
	gained: number;
	/** Right before, wrong after. */
	lost: number;
}

export function predictionChange(before: TestPredictions, after: TestPredictions): PredictionChange {
	let [changed, gained, lost] = [0, 0, 0];
	before.predicted.forEach((p, i) => {
		const q = after.predicted[i];
		if (p === q) return;
		changed++;
		if (q === before.actual[i]) gained++;
		else if (p === before.actual[i]) lost++;
	});
	return { changed, gained, lost };
}
