/**
 * Exam-style scenarios and one computation. The scenarios' keys are facts (where resampling
 * goes, what accuracy hides, which metric suits rare positives); the computations' keys are the
 * formulas the prompts state, worked from the numbers they give.
 */
import { formatCount, formatShort } from '$lib/format/format';
import { choiceScenario } from '$lib/quiz/scenario';
import type { Generator } from './quizView';

/** The curriculum's check: 9,500 negatives and 500 positives. */
export const SCALE_POS_WEIGHT_CASE = { negatives: 9500, positives: 500 } as const;

const scalePosWeight: Generator = () => {
	const { negatives, positives } = SCALE_POS_WEIGHT_CASE;
	return {
		id: 'scale-pos-weight',
		form: 'scenario',
		kind: 'number',
		prompt: `An XGBoost model on SageMaker learns to spot fraud from ${formatCount(negatives)} legitimate and ${formatCount(positives)} fraudulent transactions. Which value of scale_pos_weight balances the classes?`,
		answer: negatives / positives,
		explanation: `scale_pos_weight ≈ negatives ÷ positives = ${formatCount(negatives)} ÷ ${formatCount(positives)} = ${formatShort(negatives / positives)}: each fraud then weighs as much as ${formatShort(negatives / positives)} legitimate transactions.`
	};
};

const balancedWeight: Generator = (view) => {
	const { negatives, positives } = view.results.balance;
	const n = negatives + positives;
	const weight = n / (2 * positives);
	return {
		id: 'balanced-weight',
		form: 'compute',
		kind: 'number',
		prompt: `A training set holds ${formatCount(negatives)} negatives and ${formatCount(positives)} positives. What weight does class_weight='balanced' (n ÷ (classes × class count)) give each positive row?`,
		answer: weight,
		explanation: `${formatCount(n)} ÷ (2 × ${formatCount(positives)}) = ${formatShort(weight)}. Each negative gets ${formatCount(n)} ÷ (2 × ${formatCount(negatives)}) = ${formatShort(n / (2 * negatives))}; the ratio is ${formatShort(negatives / positives)}, negatives ÷ positives.`
	};
};

const accuracyTrap: Generator = (_view, rng) => {
	const share = [0.5, 1, 2][rng.int(3)];
	const options = [
		'Check recall and precision: it may be flagging almost nothing',
		'Deploy it: 99% accuracy is excellent',
		'Add more negative examples to the training data',
		'Raise the decision threshold to 0.9'
	];
	return choiceScenario({
		id: 'accuracy-trap',
		prompt: `A fraud model scores 99% accuracy on a test set where ${share}% of transactions are fraud. What should the team do before trusting it?`,
		// the key is written first; the learner sees the options in a seeded order
		options: rng.shuffle(options),
		answer: options[0],
		explanation: `A model that calls every transaction legitimate scores ${100 - share}% accuracy here. Accuracy is dominated by the majority class; recall, precision, F1 or PR-AUC show whether fraud is caught.`
	});
};

const whereToResample: Generator = (_view, rng) => {
	const options = [
		'Split first, then oversample or apply SMOTE to the training data only',
		'Apply SMOTE to the whole data set, then split it',
		'Apply SMOTE to the test set so it is balanced too',
		'Oversample the whole data set, then use stratified cross-validation'
	];
	return choiceScenario({
		id: 'where-to-resample',
		prompt:
			'A data scientist balances a churn data set (3% churners) with SMOTE and reports a validation F1 of 0.95, but the model does poorly in production. Which procedure avoids the problem?',
		// the key is written first; the learner sees the options in a seeded order
		options: rng.shuffle(options),
		answer: options[0],
		explanation:
			'Resampling before the split puts copies (or SMOTE points built from training rows) into the validation and test sets, so the model is scored on rows it has seen. Split first, resample the training data only, and keep the test set at the real 3%.'
	});
};

const metricChoice: Generator = (_view, rng) => {
	const options = ['PR-AUC (average precision)', 'Accuracy', 'ROC AUC alone', 'Mean squared error'];
	return choiceScenario({
		id: 'metric-choice',
		prompt:
			'A model flags rare defects (0.5% of parts). The team wants one number that compares models by how well they rank defects above good parts, and that falls visibly when the flagged parts are mostly false alarms. Which metric?',
		// the key is written first; the learner sees the options in a seeded order
		options: rng.shuffle(options),
		answer: options[0],
		explanation:
			'PR-AUC averages precision over recall levels, so false alarms among rare positives pull it down. Accuracy is about 99.5% for a model that flags nothing, and ROC AUC can stay high when the false alarms are few in rate but many in number.'
	});
};

export const scenarioGenerators: Generator[] = [
	scalePosWeight,
	balancedWeight,
	accuracyTrap,
	whereToResample,
	metricChoice
];
