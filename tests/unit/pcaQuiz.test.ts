/**
 * The PCA questions: well formed on every data set, and each generator's answer checked against
 * a computation of its own (power iteration on the covariance, pcaByHand.ts), on the data its
 * "Show me" state opens in a fresh page where there is one.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/quiz/quiz';
import { pcaCodec } from '$lib/widgets/pca/codec';
import { allPcaQuestions, CHECK_RATIOS } from '$lib/widgets/pca/quiz';
import type { PcaState } from '$lib/widgets/pca/State.svelte';
import { expectWellFormedQuestions } from './quizRules';
import { pcaPage } from './pcaPage';
import { argMaxAbs, etaPerComponent, for95ByHand, pcaByHand, standardiseByHand } from './pcaByHand';

const PRESETS = [
	'',
	'src=cloud2&scale=standard&stretch=2&angle=120&seed=3',
	'src=cloud3&k=2',
	'src=cloud3&scale=standard&seed=5&stretch=7',
	'src=penguins',
	'src=penguins&scale=standard&k=2',
	'src=cars',
	'src=cars&scale=standard&k=3'
];

function available(page: PcaState): Record<string, Question> {
	const questions = allPcaQuestions({ input: page.input, data: page.data!, summaries: page.summaries! });
	return Object.fromEntries(questions.map((q) => [q.id, q]));
}

/** The page "Show me" opens, fresh. */
function shown(question: Question | undefined): PcaState {
	if (!question || question.form !== 'predict') throw new Error(`${question?.id} is not a predict question`);
	return pcaPage(question.see.params);
}

const answerOf = (q: Question | undefined) => (q ? q.answer : null);
/** The PCA of the page's data as fed, by hand. */
const handOf = (page: PcaState) =>
	pcaByHand(page.input.scale === 'standard' ? standardiseByHand(page.data!.X) : page.data!.X);

describe('dealt questions', () => {
	it.each(PRESETS)('%s: every dealt set is well formed, half or more predict or scenario', (query) => {
		const page = pcaPage(query);
		for (let q = 1; q <= 6; q++) {
			page.input.q = q;
			expectWellFormedQuestions(page.questions, pcaCodec.decode);
		}
	});

	it('there are at least eight generators, most of them predict or scenario', () => {
		const ids = new Set(PRESETS.flatMap((query) => Object.keys(available(pcaPage(query)))));
		expect(ids.size).toBeGreaterThanOrEqual(8);
		const forms = PRESETS.flatMap((query) => Object.values(available(pcaPage(query))));
		const understanding = new Set(forms.filter((q) => q.form !== 'compute').map((q) => q.id));
		expect(understanding.size * 2).toBeGreaterThanOrEqual(ids.size);
	});
});

describe('answer keys, worked out independently', () => {
	it.each(PRESETS)(
		'%s: the feature that owns PC1 and the components for 95% after the scaling switch',
		(query) => {
			const questions = available(pcaPage(query));
			const after = shown(questions['scaling-95']);
			const hand = handOf(after);
			expect(answerOf(questions['scaling-95'])).toBe(for95ByHand(hand.ratios));
			if (questions['scaling-owner'])
				expect(answerOf(questions['scaling-owner'])).toBe(
					after.data!.featureNames[argMaxAbs(hand.vectors[0])]
				);
		}
	);

	it.each(['', 'src=cloud3', 'src=cloud2&seed=7&stretch=6'])(
		'%s: with stretch 1, the component that separates the classes best',
		(query) => {
			const question = available(pcaPage(query))['stretch-one'];
			const page = shown(question);
			expect(page.input.stretch).toBe(1);
			const hand = handOf(page);
			const eta = etaPerComponent(hand, page.data!.labels);
			expect(answerOf(question)).toBe(`PC${argMaxAbs(eta) + 1}`);
		}
	);

	it('turning the cloud leaves PC1 its share of the variance', () => {
		const before = pcaPage('src=cloud2&angle=30');
		const question = available(before)['rotate'];
		expect(answerOf(question)).toBe('It stays the same');
		const after = shown(question);
		expect(after.input.angle).toBe(120);
		expect(handOf(after).ratios[0]).toBeCloseTo(handOf(before).ratios[0], 10);
	});

	it('the curriculum question: 0.62, 0.21, 0.10, 0.04, 0.03 need 4 components for 95%', () => {
		// 0.62 + 0.21 + 0.10 = 0.93 < 0.95; + 0.04 = 0.97
		expect(CHECK_RATIOS).toEqual([0.62, 0.21, 0.1, 0.04, 0.03]);
		expect(answerOf(available(pcaPage(''))['ninety-five'])).toBe(4);
	});

	it('the share lost with the first k components is 1 − their ratios as the prompt writes them', () => {
		const page = pcaPage('src=cars&scale=standard&k=3');
		const question = available(page)['lost-share']!;
		const ratios = handOf(page).ratios.map((r) => Number(r.toFixed(4)));
		expect(question.prompt).toContain(ratios.map((r) => r.toFixed(4)).join(', '));
		expect(question.prompt).toContain('first 2 components');
		expect(answerOf(question)).toBeCloseTo(1 - ratios[0] - ratios[1], 10);
	});
});
