/**
 * The text-features questions: well formed for several states and question sets (quizRules),
 * the curriculum's check always dealt first, and each key recomputed by hand (textByHand.ts) or
 * by the formula written out, never read from the widget's analysis.
 */
import { describe, expect, it } from 'vitest';
import { ENGLISH_STOP_WORDS } from '$lib/ml/englishStopWords';
import { textCodec } from '$lib/widgets/text-features/codec';
import { allTextQuestions } from '$lib/widgets/text-features/quiz';
import { TextFeaturesState } from '$lib/widgets/text-features/State.svelte';
import type { Question } from '$lib/quiz/quiz';
import { expectWellFormedQuestions } from './quizRules';
import { byHandDocumentFrequency, byHandIdf, byHandTotals, byHandVocabularySize } from './textByHand';

const decode = (params: URLSearchParams) => textCodec.decode(params);
const LINKS = [
	'',
	'weight=tfidf&ng=1-2',
	'stop=english&docs=Great+battery.%0AThe+battery+died.%0AThe+screen+is+great.',
	'ng=2-3&q=7'
];

function open(link: string): TextFeaturesState {
	const state = new TextFeaturesState();
	state.load(new URLSearchParams(link));
	return state;
}
const find = (questions: Question[], id: string) => questions.find((q) => q.id === id);

describe('text-features questions', () => {
	it.each(LINKS)('are well formed and lead with the curriculum check (link "%s")', (link) => {
		const state = open(link);
		for (const q of [1, 2, 3, 11]) {
			state.input.q = q;
			expectWellFormedQuestions(state.questions, decode);
			expect(state.questions[0].id).toBe('check-shape');
		}
		const all = allTextQuestions({ input: state.input, features: state.features }, 1);
		expect(all.length).toBeGreaterThanOrEqual(8);
		expect(all.filter((q) => q.form !== 'compute').length * 2).toBeGreaterThanOrEqual(all.length);
	});

	it('the check: “the cat sat”, “the dog sat”, 1–2-grams: 2 × 8 (4 words + 4 pairs)', () => {
		const q = find(
			allTextQuestions({ input: open('').input, features: open('').features }, 1),
			'check-shape'
		)!;
		expect(q.kind === 'choice' && q.answer).toBe(
			`2 × ${byHandVocabularySize(['the cat sat', 'the dog sat'], 2)}`
		);
		expect(q.kind === 'choice' && q.answer).toBe('2 × 8');
	});

	it.each(LINKS.slice(0, 2))('keys of the predict questions match the counts by hand (link "%s")', (link) => {
		const state = open(link);
		const documents = state.input.docs.split('\n');
		const all = allTextQuestions({ input: state.input, features: state.features }, 3);
		const wider = find(all, 'wider-range')!;
		const target = new URLSearchParams(wider.form === 'predict' ? wider.see.params : '').get('ng')!;
		expect(wider.kind === 'number' && wider.answer).toBe(
			byHandVocabularySize(documents, Number(target.split('-')[1]))
		);
		const top = find(all, 'top-after-stop-words')!;
		expect(top.kind === 'choice' && top.answer).toBe(byHandTotals(documents, true)[0].term);
		expect(ENGLISH_STOP_WORDS.has(top.kind === 'choice' ? top.answer : '')).toBe(false);
		const lowest = find(all, 'lowest-idf')!;
		const df = byHandDocumentFrequency(documents);
		expect(lowest.kind === 'choice' && df.get(lowest.answer)).toBe(documents.length);
	});

	it('the IDF computation’s key is the smooth IDF by hand, for several sets', () => {
		const state = open('');
		for (const seed of [1, 2, 5]) {
			const q = find(
				allTextQuestions({ input: state.input, features: state.features }, seed),
				'idf-by-hand'
			)!;
			const [n, df] = q.prompt.match(/\d+/g)!.map(Number);
			expect(q.kind === 'number' && q.answer).toBeCloseTo(byHandIdf(n, df), 12);
		}
	});

	it('the empty-document question opens a state whose new row has an undefined cosine', () => {
		const state = open('');
		const q = find(
			allTextQuestions({ input: state.input, features: state.features }, 1),
			'empty-document-cosine'
		)!;
		const after = open(q.form === 'predict' ? q.see.params : '');
		expect(after.features!.cosine[4][0]).toBeNull();
	});
});
