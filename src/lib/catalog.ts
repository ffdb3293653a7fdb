/**
 * The list of widgets: the home page, the navigation and the prerendered routes are
 * generated from it. A widget is listed here once it is built, never before.
 * Domains and task statements are those of the AWS Certified Machine Learning – Specialty exam.
 */

export interface Domain {
	/** Exam domain number, 1–4. */
	id: 1 | 2 | 3 | 4;
	title: string;
	/** Share of the scored exam content, in percent. */
	weight: number;
}

export interface Widget {
	/** URL path segment, kebab-case: the page lives at `/<slug>`. */
	slug: string;
	title: string;
	domain: Domain['id'];
	/** Exam task statement, e.g. "3.5 Evaluate ML models". */
	task: string;
}

export const domains: Domain[] = [
	{ id: 1, title: 'Data engineering', weight: 20 },
	{ id: 2, title: 'Exploratory data analysis', weight: 24 },
	{ id: 3, title: 'Modeling', weight: 36 },
	{ id: 4, title: 'ML implementation and operations', weight: 20 }
];

export const widgets: Widget[] = [
	{
		slug: 'feature-scaling',
		title: 'Feature scaling',
		domain: 2,
		task: '2.1 Sanitize and prepare data for modeling'
	},
	{
		slug: 'missing-data',
		title: 'Missing values',
		domain: 2,
		task: '2.1 Sanitize and prepare data for modeling'
	},
	{
		slug: 'class-imbalance',
		title: 'Class imbalance and SMOTE',
		domain: 2,
		task: '2.1 Sanitize and prepare data for modeling'
	},
	{
		slug: 'encoding',
		title: 'Categorical encoding and binning',
		domain: 2,
		task: '2.2 Perform feature engineering'
	},
	{
		slug: 'text-features',
		title: 'Text features: n-grams and TF-IDF',
		domain: 2,
		task: '2.2 Perform feature engineering'
	},
	{
		slug: 'outliers',
		title: 'Outliers',
		domain: 2,
		task: '2.2 Perform feature engineering'
	},
	{
		slug: 'pca',
		title: 'PCA',
		domain: 2,
		task: '2.2 Perform feature engineering'
	},
	{
		slug: 'k-means',
		title: 'k-means clustering',
		domain: 2,
		task: '2.3 Analyze and visualize data for ML'
	},
	{
		slug: 'model-zoo',
		title: 'Decision boundaries',
		domain: 3,
		task: '3.2 Select the appropriate model(s) for a given ML problem'
	},
	{
		slug: 'confusion-matrix',
		title: 'Confusion matrix',
		domain: 3,
		task: '3.5 Evaluate ML models'
	},
	{
		slug: 'data-splits',
		title: 'Train, validation, test',
		domain: 3,
		task: '3.3 Train ML models'
	},
	{
		slug: 'cross-validation',
		title: 'Cross-validation',
		domain: 3,
		task: '3.3 Train ML models'
	},
	{
		slug: 'gradient-descent',
		title: 'Gradient descent',
		domain: 3,
		task: '3.3 Train ML models'
	},
	{
		slug: 'threshold',
		title: 'Threshold, ROC and PR curves',
		domain: 3,
		task: '3.5 Evaluate ML models'
	},
	{
		slug: 'regression-metrics',
		title: 'Regression metrics',
		domain: 3,
		task: '3.5 Evaluate ML models'
	},
	{
		slug: 'overfitting',
		title: 'Over- and underfitting',
		domain: 3,
		task: '3.5 Evaluate ML models'
	},
	{
		slug: 'regularization',
		title: 'L1 vs L2 regularization',
		domain: 3,
		task: '3.4 Perform hyperparameter optimization'
	},
	{
		slug: 'hyperparameter-search',
		title: 'Grid, random and Bayesian search',
		domain: 3,
		task: '3.4 Perform hyperparameter optimization'
	}
];

/** The widgets of one exam domain, in catalog order. */
export function widgetsInDomain(domain: Domain['id']): Widget[] {
	return widgets.filter((w) => w.domain === domain);
}

/** The catalog entry for a slug; throws for an unknown slug so a typo fails the build. */
export function widgetBySlug(slug: string): Widget {
	const widget = widgets.find((w) => w.slug === slug);
	if (!widget) throw new Error(`No widget with slug "${slug}" in the catalog`);
	return widget;
}

/** The link to a widget's page, under the site's base path. */
export function widgetHref(slug: string, home: string): string {
	return `${home}${slug}`;
}
