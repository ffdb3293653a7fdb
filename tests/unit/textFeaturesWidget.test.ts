/**
 * The text-features link codec and page readings: defaults round-trip, documents over the caps
 * are refused with a message, crossed min_df / max_df say why, and empty documents are named.
 */
import { describe, expect, it } from 'vitest';
import { documentsProblem, MAX_DOCUMENTS, textCodec } from '$lib/widgets/text-features/codec';
import { emptyRowsSentence, idfLevels, textFeatures } from '$lib/widgets/text-features/analysis';
import { TextFeaturesState } from '$lib/widgets/text-features/State.svelte';

describe('text-features codec', () => {
	it('round-trips a changed state', () => {
		const state = {
			...textCodec.defaults(),
			ng: '1-3' as const,
			stop: 'english' as const,
			maxdf: 0.5,
			docs: 'a b\n\ncats'
		};
		expect(textCodec.decode(textCodec.encode(state)).value).toEqual(state);
	});

	it.each([
		{
			name: 'too many documents',
			text: Array(MAX_DOCUMENTS + 1)
				.fill('cat')
				.join('\n'),
			want: /7 documents: at most 6/
		},
		{ name: 'a document too long', text: `cat\n${'x'.repeat(201)}`, want: /document 2 has 201 characters/ },
		{ name: 'control characters', text: 'cat\u0001', want: /control/ }
	])('refuses $name with a message', ({ text, want }) => {
		expect(documentsProblem(text)).toMatch(want);
		const decoded = textCodec.decode(new URLSearchParams({ docs: text }));
		expect(decoded.problems).toHaveLength(1);
		expect(decoded.value.docs).toBe(textCodec.defaults().docs);
	});

	it('a tampered setting falls back field by field', () => {
		const decoded = textCodec.decode(new URLSearchParams('ng=9-9&maxdf=2&stop=english'));
		expect(decoded.problems).toHaveLength(2);
		expect(decoded.value.stop).toBe('english');
	});
});

describe('text-features readings', () => {
	it('crossed min_df and max_df: no matrix, and why (by hand: 50% of 4 is 2 documents, below 3)', () => {
		const outcome = textFeatures({ ...textCodec.defaults(), mindf: 3, maxdf: 0.5 });
		expect(outcome.ok).toBe(false);
		expect(!outcome.ok && outcome.reason).toMatch(/at most 2 of the 4 documents, min_df asks for 3/);
	});

	it('an empty document is an all-zero row with undefined cosines, and the page names it', () => {
		const state = new TextFeaturesState();
		state.input.docs = 'cat sat\n\na I';
		expect(state.features!.emptyRows).toEqual([1, 2]);
		expect(state.features!.cosine[0][1]).toBeNull();
		expect(emptyRowsSentence(state.features!.emptyRows)).toMatch(/^Document 2, Document 3 have no term/);
	});

	it('the default page: 4 documents, 13 words (by hand: and are cat chased dog friends log mat on sat slept the then)', () => {
		const state = new TextFeaturesState();
		expect(state.features!.vocabulary).toEqual([
			'and',
			'are',
			'cat',
			'chased',
			'dog',
			'friends',
			'log',
			'mat',
			'on',
			'sat',
			'slept',
			'the',
			'then'
		]);
		expect(state.features!.counts[0]).toEqual([0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 0, 2, 0]);
	});

	it('max_df 50% of 4 documents prunes the terms in 3 or 4 of them (by hand: cat 3, dog 3, the 4)', () => {
		const state = new TextFeaturesState();
		state.input.maxdf = 0.5;
		expect(state.prunedText).toBe('3 terms pruned: “cat”, “dog”, “the”.');
		expect(state.features!.vocabulary).not.toContain('the');
	});
});

describe('the IDF chart', () => {
	it('has one bar per document frequency, lowest IDF first, each with its terms in ranking order', () => {
		const levels = idfLevels([
			{ term: 'the', df: 4, idf: 1 },
			{ term: 'cat', df: 3, idf: 1.22 },
			{ term: 'dog', df: 3, idf: 1.22 },
			{ term: 'and', df: 1, idf: 1.92 },
			{ term: 'mat', df: 1, idf: 1.92 }
		]);
		expect(levels).toEqual([
			{ df: 4, idf: 1, terms: ['the'] },
			{ df: 3, idf: 1.22, terms: ['cat', 'dog'] },
			{ df: 1, idf: 1.92, terms: ['and', 'mat'] }
		]);
	});

	it('holds every term of the vocabulary once, on the page as it opens', () => {
		const state = new TextFeaturesState();
		const terms = state.idfLevels.flatMap((level) => level.terms);
		expect([...terms].sort()).toEqual([...state.features!.vocabulary].sort());
		// smooth IDF with n = 4: ln(5 / (1 + df)) + 1, the same for every term of a level
		for (const level of state.idfLevels) expect(level.idf).toBeCloseTo(Math.log(5 / (1 + level.df)) + 1, 12);
	});
});
