/**
 * The ready-made sessions the site ships: each step a widget state (its link fields over the
 * widget's defaults), a prompt and an answer whose numbers the state shows (a unit test opens
 * every step's state and checks them: tests/unit/sessionLibrary.test.ts).
 */
import { registered } from '$lib/kit/registry';
import { costlyMisses, rarePositives } from '$lib/widgets/threshold/storySettings';
import type { Plan, PlanStep } from './plan';

export interface ReadyStep {
	slug: string;
	/** Link fields over the widget's defaults. */
	settings: Record<string, unknown>;
	prompt: string;
	answer: string;
}

export interface ReadySession {
	id: string;
	title: string;
	/** One line for the list on /session. */
	about: string;
	steps: ReadyStep[];
}

/** A ready step's query: the widget's codec writes its settings over the defaults, as the page's own link would. */
export function readyQuery(step: Pick<ReadyStep, 'slug' | 'settings'>): string {
	const { codec } = registered(step.slug);
	return codec.encode({ ...codec.defaults(), ...structuredClone(step.settings) }).toString();
}

/** A ready session as a plan. */
export function readyPlan(session: ReadySession): Plan {
	const steps: PlanStep[] = session.steps.map((s) => ({
		slug: s.slug,
		query: readyQuery(s),
		prompt: s.prompt,
		answer: s.answer
	}));
	return { title: session.title, steps };
}

export const readySessions: ReadySession[] = [
	{
		id: 'imbalanced-metrics',
		title: 'Metrics for imbalanced data: 45 minutes',
		about:
			'Confusion matrix and threshold: why 99% accuracy can be worthless, recall against precision, ROC against PR, and letting cost pick the threshold (exam task 3.5).',
		steps: [
			{
				slug: 'confusion-matrix',
				settings: { mode: 'binary', tp: 0, fp: 0, fn: 100, tn: 9900, cfp: 5, cfn: 500 },
				prompt:
					'10,000 payments, 100 of them fraud, and a "model" that flags nothing. Predict: what are its accuracy and its recall?',
				answer:
					'Accuracy 99.0%, recall 0.000: it catches no fraud. With a rare class, judge a model by recall, precision, F1 or PR-AUC, never by accuracy alone.'
			},
			{
				slug: 'confusion-matrix',
				settings: { mode: 'binary', tp: 95, fp: 450, fn: 5, tn: 9450, cfp: 50, cfn: 5000 },
				prompt:
					'A screening test for a disease 1% of 10,000 people have: it catches 95 of the 100 cases and flags 450 healthy people. Predict: its recall and its precision. Is that a good test?',
				answer:
					'Recall 95.0%, precision 17.4% (95 of 545 flagged). A missed case costs far more than a follow-up test, so a screening test is tuned for recall and accepts low precision.'
			},
			{
				slug: 'threshold',
				settings: rarePositives,
				prompt:
					"Models A and B separate their classes equally well (separation 2), but B's positives are 1% of its samples and A's 50%. Predict: whose ROC AUC is higher? Whose average precision?",
				answer:
					'Their ROC AUCs nearly match (0.928 and 0.926), but average precision falls from 0.929 to 0.336. ROC hides rare positives; the precision–recall curve shows them: for a rare class, report PR-AUC.'
			},
			{
				slug: 'threshold',
				settings: costlyMisses,
				prompt:
					'A missed case costs 20 times a false alarm (c_FN = 20, c_FP = 1). Predict: is the cheapest threshold above or below 0.5, and roughly where?',
				answer:
					'Far below: 0.047 on these 20,000 scores, close to c_FP / (c_FP + c_FN) = 1/21 = 0.048. 0.5 is not sacred: the costs of the two mistakes pick the threshold.'
			}
		]
	},
	{
		id: 'feature-engineering',
		title: 'Feature engineering: 45 minutes',
		about:
			'Scaling, missing values, encoding and outliers on real tables: min-max and one outlier, mean imputation, high-cardinality one-hot, IQR against z and the log transform (exam tasks 2.1 and 2.2).',
		steps: [
			{
				slug: 'feature-scaling',
				settings: {
					src: 'cars',
					fx: 'horsepower',
					fy: 'weight',
					out: [[770, 2830]],
					place: 'train',
					fit: 'train'
				},
				prompt:
					"One car with 770 horsepower joins the training rows. Predict: after min-max scaling, how much of the 0–1 range do the other cars' horsepower values still use?",
				answer:
					'About a quarter: they span 0 to 0.2541 (25% of the range), because min-max takes its maximum from the outlier. Robust scaling (median and quartiles) keeps 100% of their spread.'
			},
			{
				slug: 'missing-data',
				settings: {
					src: 'penguins',
					col: 'body_mass_g',
					by: 'flipper_length_mm',
					mech: 'mcar',
					rate: 0.3,
					method: 'mean'
				},
				prompt:
					"Penguins' body mass with 103 gaps, each filled with the column's mean. Predict: does the column's standard deviation go up or down? Its correlation with flipper length?",
				answer:
					'Both fall: σ from 800.8 to 693.3 (0.87 of the truth), r from 0.8712 to 0.7666. Mean imputation piles the gaps on one value; k-NN or model-based imputation keeps the relationship better.'
			},
			{
				slug: 'encoding',
				settings: { src: 'shop', cat: 'zip', y: 'income', num: 'income' },
				prompt:
					'A table of 500 shoppers has a ZIP-code column. Predict: how many columns does one-hot encoding make, and what share of the cells are 0?',
				answer:
					'244 columns: 500 rows × 244 = 122,000 cells, 99.59% of them 0, and 231 of the 244 codes occur on fewer than 5 rows. Group rare values, or use a target or hashed encoding.'
			},
			{
				slug: 'outliers',
				settings: { src: 'cars', col: 'horsepower', col2: 'mpg', pt: null, k: 1.5, z: 3, treat: 'keep' },
				prompt:
					"Flag the outliers in the cars' horsepower with the IQR fences (k = 1.5) and with a z-score cut-off of 3. Predict: do the two rules flag the same values?",
				answer:
					'No: the fences flag 10 values and the z cut-off 5; they disagree on the 5 that only the fences flag. The outliers inflate the standard deviation that z divides by; the quartiles barely move.'
			},
			{
				slug: 'outliers',
				settings: { src: 'cars', col: 'horsepower', col2: 'mpg', pt: null, treat: 'log' },
				prompt:
					'Instead of dropping rows, log-transform horsepower. Predict: what happens to its skewness, and how many rows are lost?',
				answer:
					'The skewness falls from 1.083 to 0.3761 and no row is dropped: large values are pulled in the most, which shortens the right tail.'
			}
		]
	},
	{
		id: 'overfitting',
		title: 'Overfitting and regularisation: 30 minutes',
		about:
			'Splits, cross-validation, a polynomial that overfits and L1 against L2: how to measure a model honestly and how to rein it in (exam tasks 3.3 to 3.5).',
		steps: [
			{
				slug: 'data-splits',
				settings: { n: 200, pos: 5, tr: 80, va: 10, te: 10, shuffle: 'on', strat: 'off' },
				prompt:
					'200 rows, 10 of them positive (5%), split 80/10/10 without stratifying. Predict: how many positives land in the 20 test rows?',
				answer:
					'0 on this split, and anywhere from 0 to 3 over split seeds 1–50, where the class share gives 1.0. Stratify the split and the test rows hold 1 on every seed.'
			},
			{
				slug: 'cross-validation',
				settings: { method: 'kfold', n: 103, folds: 5, fsel: 'off' },
				prompt:
					'5-fold cross-validation on 103 rows. Predict: how big is each test fold, and how many models are fitted?',
				answer:
					'103 = 20 × 5 + 3, so 3 test folds of 21 rows and 2 of 20; 5 fits, and each row is tested once, by the fit that did not train on it.'
			},
			{
				slug: 'overfitting',
				settings: { tab: 'polynomial', deg: 12, pn: 30, pnoise: 0.25, pval: 30, lam: -9 },
				prompt:
					'A degree-12 polynomial fitted to 21 noisy training points. Predict: training RMSE against validation RMSE. Over- or underfitting?',
				answer:
					'Overfitting: training RMSE 0.185, validation RMSE 32.790. Validation RMSE is lowest at degree 3 (0.247): lower the degree, add data or regularise.'
			},
			{
				slug: 'regularization',
				settings: { data: 'synthetic', pen: 'l1', lam: -0.5, scale: 'on', n: 40, noise: 2 },
				prompt:
					'Lasso (L1) at λ = 0.3162 on 8 features, some of them useless. Predict: how many weights are exactly 0? And with ridge (L2) at the same λ?',
				answer:
					'L1 sets 3 of the 8 weights to exactly 0 (x1 copy, noise 2 and noise 3); L2 at this λ sets none to 0. L1 selects features; L2 only shrinks them.'
			}
		]
	}
];
