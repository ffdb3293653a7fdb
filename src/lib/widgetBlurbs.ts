/**
 * What each widget is about: one line for the home page and the page's description, and a few
 * tags. Kept apart from the catalog, which every page loads for its navigation, so that a
 * widget page does not download eighteen summaries (its own reaches it in its HTML, from the
 * route's build-time load).
 */

export interface WidgetBlurb {
	/** One line: what the learner does and sees. */
	summary: string;
	tags: string[];
}

/** Every catalog widget's blurb, by slug. */
export const blurbs: Record<string, WidgetBlurb> = {
	'feature-scaling': {
		summary:
			'Compare standard, min-max, max-abs and robust scaling and the row normalizer on real data or your own CSV; add an outlier, fit on train or leak, watch neighbours and models change.',
		tags: ['scaling', 'standardization', 'normalization', 'outliers', 'leakage', 'k-NN', 'CSV']
	},
	'missing-data': {
		summary:
			'Punch holes in a real table or your CSV (at random, following another column, following the value, or by hand) and compare dropping rows, dropping the column, mean, median, mode, constant and k-NN imputation by distribution, mean, spread and correlation.',
		tags: ['missing values', 'imputation', 'MCAR', 'MNAR', 'k-NN imputer', 'missing indicator', 'CSV']
	},
	'class-imbalance': {
		summary:
			'Make positives rare and compare random over- and undersampling, SMOTE, class weights and threshold moving by recall, precision, F1 and PR-AUC on an untouched test set, and see resampling before the split leak copies into it.',
		tags: [
			'class imbalance',
			'SMOTE',
			'oversampling',
			'undersampling',
			'class weights',
			'scale_pos_weight',
			'PR-AUC'
		]
	},
	encoding: {
		summary:
			"One-hot and ordinal encode a real categorical column (or your CSV's), see the order ordinal codes invent and the columns a high-cardinality column costs, and bin a skewed number into equal-width or quantile bins.",
		tags: ['one-hot', 'ordinal encoding', 'high cardinality', 'binning', 'quantile', 'bag of words', 'CSV']
	},
	'text-features': {
		summary:
			'Edit a few short documents and see the vocabulary, the document-term matrix (counts or TF-IDF), each term’s IDF and the documents’ cosine similarity respond to n-grams, stop words and document-frequency limits.',
		tags: [
			'TF-IDF',
			'n-grams',
			'bag of words',
			'stop words',
			'IDF',
			'cosine similarity',
			'BlazingText',
			'Comprehend'
		]
	},
	outliers: {
		summary:
			'Flag outliers in a real column or your own CSV with IQR fences and z-scores, see where the rules disagree, then remove, cap, winsorize or log-transform them and watch the mean, median, skewness and a fitted line respond.',
		tags: ['outliers', 'IQR', 'z-score', 'winsorizing', 'log transform', 'skewness', 'CSV']
	},
	pca: {
		summary:
			'Stretch and turn a 2-D or 3-D cloud or take penguins and cars, scale or not, and see the principal axes, the explained variance with its running total, the projection coloured by the label PCA never sees and what k components keep.',
		tags: [
			'PCA',
			'dimensionality reduction',
			'explained variance',
			'scaling',
			'standardization',
			'reconstruction'
		]
	},
	'k-means': {
		summary:
			'Step through k-means one assign and update at a time, see a bad start end in a worse minimum and round clusters fail on moons, and choose k with the elbow plot and silhouettes.',
		tags: ['k-means', 'clustering', 'unsupervised', 'elbow method', 'silhouette', 'PCA', 'initialisation']
	},
	'model-zoo': {
		summary:
			'Put two models side by side on moons, circles, XOR, spirals or a real table: logistic regression, k-NN, a decision tree, a random forest and gradient boosting draw their boundaries; compare training and test accuracy and each model’s size.',
		tags: [
			'decision boundary',
			'logistic regression',
			'k-NN',
			'decision tree',
			'random forest',
			'gradient boosting',
			'XGBoost',
			'overfitting'
		]
	},
	'confusion-matrix': {
		summary:
			'Edit the counts of a confusion matrix and watch accuracy, precision, recall, F1 and MCC follow, binary or multiclass.',
		tags: ['precision', 'recall', 'F1', 'MCC', 'class imbalance', 'cost']
	},
	'data-splits': {
		summary:
			"Split a data set into train, validation and test parts; stratify a rare class, see one split's score vary with the seed, tune on the wrong part, leak duplicates, and split time in order.",
		tags: ['train/test split', 'validation', 'stratification', 'leakage', 'time series']
	},
	'cross-validation': {
		summary:
			'Deal the rows into k folds (plain, stratified or leave-one-out), score a model on each, and see the mean, the spread and the cost in fits.',
		tags: ['cross-validation', 'k-fold', 'stratified', 'leave-one-out', 'variance']
	},
	'gradient-descent': {
		summary:
			'Drop a start on a loss surface and watch plain descent, momentum, Nesterov, RMSProp and Adam walk it: too high a rate zig-zags or diverges, too low crawls; mini-batches on real iris data make the path noisy.',
		tags: [
			'gradient descent',
			'learning rate',
			'momentum',
			'Adam',
			'RMSProp',
			'mini-batch',
			'SGD',
			'convergence'
		]
	},
	threshold: {
		summary:
			'Drag a classification threshold over real and simulated scores; watch the confusion matrix, the ROC and precision–recall curves, AUC and the cost of mistakes respond.',
		tags: ['threshold', 'ROC', 'AUC', 'precision-recall', 'average precision', 'class imbalance', 'cost']
	},
	'regression-metrics': {
		summary:
			'Drag points, add one big error or shift every prediction; watch the residuals drawn as segments (MAE) and squares (RMSE), and R² fall below zero when the model is worse than the mean.',
		tags: ['regression', 'MAE', 'MSE', 'RMSE', 'R²', 'MAPE', 'residuals', 'outliers']
	},
	overfitting: {
		summary:
			'Train a small neural network in your browser and watch validation loss turn up as it overfits; cure it with L2, L1, dropout or early stopping. Then fit polynomials of rising degree and see the U of validation error.',
		tags: [
			'overfitting',
			'underfitting',
			'regularization',
			'L1',
			'L2',
			'dropout',
			'early stopping',
			'neural network',
			'bias-variance',
			'polynomial'
		]
	},
	regularization: {
		summary:
			'Fit ridge, lasso and elastic net on data with correlated and useless features: coefficient paths over λ, weights set to exactly zero, the U of validation error, and what scaling changes.',
		tags: ['regularization', 'L1', 'L2', 'lasso', 'ridge', 'elastic net', 'feature selection', 'scaling']
	},
	'hyperparameter-search': {
		summary:
			'Search a known validation-score surface with grid, random, Bayesian and Hyperband-style search; see where each spends its trials, how many values of the hyperparameter that matters it tries, and why a learning rate wants a log range.',
		tags: [
			'hyperparameter tuning',
			'grid search',
			'random search',
			'Bayesian optimization',
			'Gaussian process',
			'expected improvement',
			'Hyperband',
			'log scale'
		]
	}
};

/** The blurb of a catalog widget; throws for an unknown slug so a typo fails the build. */
export function blurbOf(slug: string): WidgetBlurb {
	const blurb = blurbs[slug];
	if (!blurb) throw new Error(`No blurb for widget "${slug}"`);
	return blurb;
}
