/**
 * "Check yourself" for PCA: predict-then-see questions (quizPredict.ts), exam scenarios
 * (quizScenario.ts) and computations with the numbers the prompt gives, dealt by seed.
 */
import { dealQuestions, type Question } from '$lib/quiz/quiz';
import { questionsFrom } from '$lib/quiz/generators';
import { componentsFor, runningTotal } from './analysis';
import { predictGenerators } from './quizPredict';
import { scenarioGenerators } from './quizScenario';
import type { Generator, PcaQuizView } from './quizView';
import { componentsText, share } from './text';

export type { Generator, PcaQuizView } from './quizView';

/** The ratios of the curriculum's question: made up, so the page does not show its answer. */
export const CHECK_RATIOS = [0.62, 0.21, 0.1, 0.04, 0.03];

const computeGenerators: Generator[] = [
	() => {
		const cumulative = runningTotal(CHECK_RATIOS);
		const answer = componentsFor(cumulative, 0.95);
		return {
			id: 'ninety-five',
			form: 'compute',
			kind: 'number',
			prompt: `A PCA's explained variance ratios are ${CHECK_RATIOS.join(', ')}. How many components are needed for at least 95% of the variance?`,
			answer,
			tolerance: 0,
			explanation: `Add them up until the total reaches 0.95: ${cumulative
				.slice(0, answer)
				.map((c) => c.toFixed(2))
				.join(', ')}. ${componentsText(answer)}.`
		};
	},
	({ input, summaries }) => {
		const { ratios } = summaries[input.scale];
		if (ratios.length < 3) return null;
		// ask about a k other than the one on screen, whose loss the page states
		const k = input.k === 2 ? 1 : 2;
		const shown = ratios.map((r) => r.toFixed(4));
		const answer = 1 - ratios.slice(0, k).reduce((a, b) => a + Number(b.toFixed(4)), 0);
		return {
			id: 'lost-share',
			form: 'compute',
			kind: 'number',
			proportion: true,
			prompt: `The explained variance ratios here are ${shown.join(', ')}. Rebuild the rows from the first ${componentsText(k)}: what share of the variance is lost?`,
			answer,
			explanation: `1 − (${shown.slice(0, k).join(' + ')}) = ${share(answer)}: the dropped components' ratios, ${shown.slice(k).join(' + ')}. The reconstruction error is exactly what they held.`
		};
	}
];

/** Every question the numbers on screen allow, before dealing. */
export function allPcaQuestions(view: PcaQuizView): Question[] {
	return questionsFrom([...predictGenerators, ...scenarioGenerators, ...computeGenerators], view);
}

/** `count` questions dealt by `seed`, at least half of them predict or scenario questions. */
export function pcaQuestions(view: PcaQuizView, seed: number, count = 4): Question[] {
	return dealQuestions(allPcaQuestions(view), seed, count);
}
