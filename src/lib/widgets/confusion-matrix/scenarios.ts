/**
 * Exam-style scenarios: which metric, or which average, a case calls for. The rules are the
 * exam's (costly misses → recall; costly false alarms → precision; both, on imbalanced data
 * → F1 or PR-AUC; ranking → AUC-ROC); the seed picks the case, so "New questions" varies.
 */
import { createRng } from '$lib/ml/random';
import { choiceScenario } from '$lib/quiz/scenario';
import type { Question } from '$lib/quiz/quiz';
import { formatPercent } from '$lib/format/format';

/** One case of a scenario: its prompt, and what its explanation adds for its own numbers. */
export interface ScenarioCase {
	prompt: string;
	/** Said after the shared explanation, e.g. the accuracy of flagging nothing at this case's share of positives. */
	own?: string;
}

/** A scenario's cases share their options and answer; the seed picks one case. */
function scenario(
	id: string,
	salt: number,
	cases: (string | ScenarioCase)[],
	options: string[],
	answer: string,
	explanation: string
) {
	return (seed: number): Question => {
		const rng = createRng(seed + salt);
		const picked = cases[rng.int(cases.length)];
		const { prompt, own } = typeof picked === 'string' ? { prompt: picked, own: undefined } : picked;
		// the options in an order of the seed's, so the answer is not always the first
		return {
			id,
			form: 'scenario',
			kind: 'choice',
			prompt,
			options: rng.shuffle(options),
			answer,
			explanation: own ? `${explanation} ${own}` : explanation
		};
	};
}

/**
 * The options of the costly-misses scenarios. Specificity, TN / (TN + FP), is not about misses
 * at all, so it is a wrong answer there.
 */
const missChoice = ['Recall', 'Precision', 'Accuracy', 'Specificity'];
/**
 * The options of the costly-false-alarms scenarios. Not specificity: fewer false alarms raise it
 * too (it is 1 − the false-positive rate), so it would be a second defensible answer; negative
 * predictive value, TN / (TN + FN), reads no false alarm at all.
 */
const alarmChoice = ['Precision', 'Recall', 'Accuracy', 'Negative predictive value'];

/** An imbalanced case: its share of positives, stated in the prompt, and what flagging nothing scores there. */
export function imbalancedCase(prompt: string, positives: number): ScenarioCase {
	return {
		prompt,
		own: `Here a model that flags nothing scores ${formatPercent(1 - positives)} accuracy; recall alone ignores the false alarms.`
	};
}

const binaryScenarios = [
	scenario(
		'scenario-costly-misses',
		13,
		[
			'A bank’s fraud model: a fraud it misses costs far more than a flagged payment that an analyst checks and clears. Which metric should decide between candidate models?',
			'A hospital screens patients for a disease that early treatment cures; a missed case is far worse than a follow-up test for a healthy patient. Which metric should the screening model be chosen on?'
		],
		missChoice,
		'Recall',
		'Recall = TP / (TP + FN): the share of actual positives caught. Here a false negative is the expensive mistake, and it is exactly what lowers recall. False alarms are cheap, so precision can give way; accuracy hides a rare class.'
	),
	scenario(
		'scenario-costly-alarms',
		17,
		[
			'An e-mail provider’s spam filter: a real e-mail sent to the spam folder is far worse than a spam that gets through. Which metric should the filter be tuned for?',
			'A model picks customers for a costly retention offer: every offer sent to a customer who would have stayed anyway is wasted money, while missing a few leavers is acceptable. Which metric matters most?'
		],
		alarmChoice,
		'Precision',
		'Precision = TP / (TP + FP): of everything flagged, the share that was right. A false positive is the expensive mistake here, and it is what lowers precision; the misses it lets through are cheap. Negative predictive value judges the samples left unflagged, whose mistakes are the misses.'
	),
	scenario(
		'scenario-both-imbalanced',
		19,
		[
			imbalancedCase(
				'A factory’s model flags defective parts, 1 in 200. Missed defects and needless line stops both cost money, and one number must compare the candidate models. Which?',
				1 / 200
			),
			imbalancedCase(
				'A model flags insurance claims for review; 2% are fraudulent. Missing a fraud and reviewing an honest claim both cost, and one number must compare models. Which?',
				0.02
			)
		],
		['F1 score', 'Accuracy', 'Specificity', 'Recall'],
		'F1 score',
		'F1, the harmonic mean of precision and recall, is high only when both are. Over every threshold, PR-AUC (average precision) judges the same trade-off.'
	),
	scenario(
		'scenario-ranking',
		23,
		[
			'A marketing team sorts customers by a model’s score and calls from the top of the list as far as the budget goes; no threshold is fixed. Which metric compares two candidate models?',
			'Two models score loan applicants; the bank will set its cut-off later. Which metric compares how well each one orders risky applicants above safe ones?'
		],
		['AUC-ROC', 'Accuracy at threshold 0.5', 'Precision at threshold 0.5', 'F1 score at threshold 0.5'],
		'AUC-ROC',
		'AUC-ROC is the chance that a random positive scores above a random negative: it judges the ordering itself, over every threshold at once. The other three fix one threshold, which here is not yet chosen.'
	)
];

/** "Accuracy equal to the majority share": the check the exam expects before any praise. */
function highAccuracy(seed: number): Question {
	const rng = createRng(seed + 29);
	const cases = [
		{ what: 'A churn model', rest: 'customers left', majority: 'stays' },
		{ what: 'A fraud model', rest: 'transactions were fraud', majority: 'not fraud' },
		{ what: 'A defect model', rest: 'parts were defective', majority: 'fine' }
	];
	const { what, rest, majority } = cases[rng.int(cases.length)];
	const percent = [1, 2, 3, 5][rng.int(4)];
	const options = [
		`Whether it predicts “${majority}” for everything: that alone scores ${100 - percent}%`,
		`Nothing: ${100 - percent}% is an excellent score`,
		`Whether the test set is large enough for ${100 - percent}% to be exact`,
		'Whether it was trained for enough epochs'
	];
	return choiceScenario({
		id: 'scenario-high-accuracy',
		prompt: `${what} scores ${100 - percent}% accuracy on a test set in which ${percent}% of the ${rest}. What do you check first?`,
		options: rng.shuffle(options),
		answer: options[0],
		explanation: `With ${percent}% positives, predicting the majority for every sample is right ${100 - percent}% of the time, with a recall of 0. Read recall, precision or F1 from the confusion matrix before trusting that accuracy.`
	});
}

export function binaryScenarioQuestions(seed: number): Question[] {
	return [...binaryScenarios.map((make) => make(seed)), highAccuracy(seed)];
}

export const averageScenario = scenario(
	'scenario-average',
	31,
	[
		'A help desk’s model sorts tickets into 5 queues. The “security” queue gets 2% of tickets but matters as much as any other. Which average of the per-class F1 scores shows whether security tickets are handled badly?',
		'A wildlife camera model tells 6 species apart; two rare species matter most to the study. Which average of the per-class F1 scores gives every species the same say?'
	],
	['Macro average', 'Weighted average', 'Micro average'],
	'Macro average',
	'Macro averaging is the plain mean over classes: a rare class counts as much as a common one, so its poor F1 pulls the average down. Weighted averaging counts it by its few samples and micro averaging pools every prediction (it equals accuracy here): both let the common classes hide it.'
);

export const weightedScenario = scenario(
	'scenario-average-weighted',
	37,
	[
		'A shop reports one F1 for its 4-class product classifier, and each class should count in proportion to how many products it holds. Which average of the per-class F1 scores?',
		'A dashboard shows one F1 for a 5-class document classifier, in which a class with twice the documents should count twice as much. Which average of the per-class F1 scores?'
	],
	['Macro average', 'Weighted average', 'Micro average'],
	'Weighted average',
	'Weighted averaging multiplies each class’s F1 by its share of the samples (its support) before adding them up. Macro would give every class the same say; micro pools every prediction before computing one F1, which is not a mean of the per-class scores.'
);
