/**
 * Exam-style scenarios (which metric, which way the threshold goes, which SageMaker setting),
 * each case picked by the question seed, and one computation from stated counts. The metric
 * rules follow the exam's: costly misses → recall, costly false alarms → precision, ranking →
 * ROC AUC, rare positives → PR-AUC.
 */
import { countsAt } from '$lib/ml/threshold';
import { choiceScenario } from '$lib/quiz/scenario';
import { counted, formatCount, plural } from '$lib/format/format';
import type { Question } from '$lib/quiz/quiz';
import { formatMetric } from '$lib/metrics/metricInfo';
import { calibratedCostThreshold } from './analysis';
import { formatThreshold } from './format';
import { moveTarget } from './quizPredict';
import type { Generator } from './quizView';

const n = formatCount;
const f = formatMetric;

/** A scenario with its options; `answer` is one of them. */
interface Case {
	key: string;
	prompt: string;
	options: string[];
	answer: string;
	why: string;
}

const pickCase = (cases: Case[], id: string, rng: { int(n: number): number }): Question => {
	const c = cases[rng.int(cases.length)];
	return {
		id,
		form: 'scenario',
		kind: 'choice',
		prompt: c.prompt,
		options: c.options,
		answer: c.answer,
		explanation: c.why
	};
};

export const metricCases: Case[] = [
	{
		key: 'fraud',
		prompt:
			"A bank's fraud model flags card payments for review. A missed fraud costs far more than a call to check a genuine payment. Which metric should the model be chosen on?",
		options: ['Recall', 'Precision', 'Accuracy', 'Specificity'],
		answer: 'Recall',
		why: 'Costly misses call for recall, TP / (TP + FN): the share of frauds caught. Accuracy looks fine even when every fraud is missed, since frauds are rare.'
	},
	{
		key: 'screening',
		prompt:
			'A clinic screens patients for a disease; anyone flagged gets a cheap second test, and a missed case can be fatal. Which metric matters most?',
		options: ['Precision', 'Recall', 'Accuracy', 'Specificity'],
		answer: 'Recall',
		why: 'A missed case is the costly mistake, so recall (sensitivity), TP / (TP + FN); the second test sorts out the false alarms.'
	},
	{
		key: 'spam',
		prompt:
			'A spam filter moves e-mails to a junk folder nobody reads. Losing a real e-mail is far worse than letting a spam through. Which metric matters most?',
		options: ['Recall', 'Precision', 'Accuracy', 'ROC AUC'],
		answer: 'Precision',
		why: 'Costly false alarms call for precision, TP / (TP + FP): of everything sent to junk, the share that really is spam.'
	},
	{
		key: 'ranking',
		prompt:
			'A retailer ranks customers by how likely they are to buy, and will decide later how many to contact. Which metric compares candidate models?',
		options: ['Accuracy at 0.5', 'ROC AUC', 'Recall at 0.5', 'Precision at 0.5'],
		answer: 'ROC AUC',
		why: 'No threshold is chosen yet and the ranking is what counts: ROC AUC is the chance that a random buyer ranks above a random non-buyer, over every threshold at once.'
	}
];

const scenarioMetric: Generator = (_view, rng) => pickCase(metricCases, 'scenario-metric', rng);

/** Cost scenarios: one false positive costs `cfp`, one false negative `cfn`. */
export interface CostCase {
	key: string;
	story: string;
	cfp: number;
	cfn: number;
}

export const costCases: CostCase[] = [
	{
		key: 'insurer',
		story:
			"An insurer's fraud model: investigating an honest claim costs $200, paying a fraudulent one $5,000.",
		cfp: 200,
		cfn: 5000
	},
	{
		key: 'spam',
		story: 'A spam filter: losing a real e-mail costs 50 times letting a spam through.',
		cfp: 50,
		cfn: 1
	},
	{
		key: 'lender',
		story: 'A lender: turning away a good borrower loses $400 of profit, a default costs $1,600.',
		cfp: 400,
		cfn: 1600
	},
	{
		key: 'factory',
		story: 'A factory: scrapping a good part costs $30, shipping a faulty one also costs $30.',
		cfp: 30,
		cfn: 30
	},
	{
		key: 'alerts',
		story: 'A server-alert model: paging an engineer for nothing costs 3 times a missed slowdown.',
		cfp: 3,
		cfn: 1
	}
];

export const sideOptions = ['Below 0.5: flag more', 'Above 0.5: flag fewer', 'At 0.5'];

const workedOut = ({ cfp, cfn }: CostCase, t: number) =>
	`Flag when p × c_FN > (1 − p) × c_FP, that is when p > c_FP / (c_FP + c_FN) = ${n(cfp)} / (${n(cfp)} + ${n(cfn)}) = ${f(t)}.`;

/** The cost cases whose c_FP : c_FN differs from the costs on screen, whose formula the cost rule prints. */
const offScreen = ({ cfp, cfn }: { cfp: number; cfn: number }) =>
	cfp + cfn === 0 ? costCases : costCases.filter((c) => c.cfp * cfn !== c.cfn * cfp);

/** One off-screen cost case, picked by the seed, with its calibrated cost threshold. */
const pickCostCase = (input: { cfp: number; cfn: number }, rng: { int(n: number): number }) => {
	const cases = offScreen(input);
	const c = cases[rng.int(cases.length)];
	return { c, t: calibratedCostThreshold(c.cfp, c.cfn) as number };
};

const scenarioSide: Generator = ({ input }, rng) => {
	const { c, t } = pickCostCase(input, rng);
	return choiceScenario({
		id: 'scenario-side',
		prompt: `${c.story} The model gives calibrated probabilities. Where should the flagging threshold sit?`,
		options: sideOptions,
		answer: sideOptions[t < 0.5 ? 0 : t > 0.5 ? 1 : 2],
		explanation: workedOut(c, t)
	});
};

const scenarioCostThreshold: Generator = ({ input }, rng) => {
	const { c, t } = pickCostCase(input, rng);
	return {
		id: 'scenario-cost-threshold',
		form: 'scenario',
		kind: 'number',
		prompt: `${c.story} The model gives calibrated probabilities. Above which probability is flagging a case worth it?`,
		answer: t,
		explanation: `${workedOut(c, t)} Not 0.5 unless the two mistakes cost the same.`
	};
};

export const linearLearnerCases: Case[] = [
	{
		key: 'recall-target',
		prompt:
			"You train SageMaker's Linear Learner to flag fraudulent claims. The business must catch at least 90% of frauds, with as few false alarms as that allows. How do you set binary_classifier_model_selection_criteria?",
		options: [
			'precision_at_target_recall, with target_recall 0.9',
			'recall_at_target_precision, with target_precision 0.9',
			'accuracy',
			'f_beta'
		],
		answer: 'precision_at_target_recall, with target_recall 0.9',
		why: 'Linear Learner picks its model and threshold on the validation data by this criterion: precision_at_target_recall holds recall at the target and makes precision as high as it can, as this page\'s "Recall ≥" rule does.'
	},
	{
		key: 'precision-target',
		prompt:
			"You train SageMaker's Linear Learner as a spam filter. At least 95% of what it flags must be spam, and it should catch as much spam as that allows. How do you set binary_classifier_model_selection_criteria?",
		options: [
			'precision_at_target_recall, with target_recall 0.95',
			'recall_at_target_precision, with target_precision 0.95',
			'accuracy',
			'f_beta'
		],
		answer: 'recall_at_target_precision, with target_precision 0.95',
		why: 'The constraint is on precision (of the flags, the share that is spam), so recall_at_target_precision: precision held at 0.95, recall as high as it can go.'
	}
];

const linearLearner: Generator = (_view, rng) => pickCase(linearLearnerCases, 'linear-learner', rng);

export const rareCases: Case[] = [
	{
		key: 'xgboost',
		prompt:
			'Fraud is 0.2% of a million card payments. Two XGBoost models both reach a validation ROC AUC of 0.97. Which eval_metric shows which one keeps more of its flags right?',
		options: ['auc', 'aucpr', 'error', 'rmse'],
		answer: 'aucpr',
		why: 'aucpr is the area under the precision–recall curve (PR-AUC, what average precision measures). With rare positives, a ROC curve can look excellent while most flags are false alarms; precision shows it.'
	},
	{
		key: 'hidden',
		prompt: 'A disease affects 1 in 1,000 patients. A model reaches ROC AUC 0.95. What can that number hide?',
		options: [
			'That most flagged patients are healthy',
			'How well the model ranks ill patients above healthy ones',
			'Nothing: it covers every threshold'
		],
		answer: 'That most flagged patients are healthy',
		why: 'ROC AUC weighs false alarms against the 999 healthy patients in each thousand, so many false alarms barely move it; precision (and the PR curve) set them against the few real cases.'
	}
];

const rareMetric: Generator = (_view, rng) => pickCase(rareCases, 'rare-metric', rng);

const countsAtOther: Generator = ({ a, threshold }, rng) => {
	const to = moveTarget(threshold, rng);
	if (to === null) return null;
	const c = countsAt(a.index, to);
	const flagged = c.tp + c.fp;
	if (flagged === 0) return null;
	const askRecall = rng.int(2) === 0;
	return {
		id: 'counts-at',
		form: 'compute',
		kind: 'number',
		prompt: `At threshold ${formatThreshold(to)} these scores flag ${counted(flagged, 'sample')}, ${n(c.tp)} of them positive; there ${plural(a.index.positives, 'is', 'are')} ${counted(a.index.positives, 'positive')} in all. What is the ${askRecall ? 'recall' : 'precision'}?`,
		answer: askRecall ? c.tp / a.index.positives : c.tp / flagged,
		proportion: true,
		explanation: askRecall
			? `Recall = TP / all positives = ${n(c.tp)} / ${n(a.index.positives)} = ${f(c.tp / a.index.positives)}.`
			: `Precision = TP / all flagged = ${n(c.tp)} / ${n(flagged)} = ${f(c.tp / flagged)}.`
	};
};

export const scenarioGenerators: Generator[] = [
	scenarioMetric,
	scenarioSide,
	scenarioCostThreshold,
	linearLearner,
	rareMetric,
	countsAtOther
];
