import { describe, expect, it } from 'vitest';
import {
	cosineMatrix,
	cosineSimilarity,
	countVectorize,
	inverseDocumentFrequency,
	tfidf,
	tokenize
} from '$lib/ml/text';
import { ENGLISH_STOP_WORDS } from '$lib/ml/englishStopWords';
import { docsBigrams, docsCorpus, docsWords } from './countVectorizerDocs';

const corpus = docsCorpus;

describe('tokenize: the pattern (?u)\\b\\w\\w+\\b', () => {
	it.each([
		{
			name: 'drops one-letter words and punctuation',
			doc: 'I saw a cat, a DOG!',
			want: ['saw', 'cat', 'dog']
		},
		{ name: 'keeps digits and underscores', doc: 'win 10 my_var x1', want: ['win', '10', 'my_var', 'x1'] },
		{ name: "splits at an apostrophe (“don't” → “don”)", doc: "don't", want: ['don'] },
		{ name: 'takes accented letters as word characters', doc: 'Café crème', want: ['café', 'crème'] },
		{ name: 'gives nothing for an empty text', doc: '', want: [] }
	])('$name', ({ doc, want }) => expect(tokenize(doc)).toEqual(want));

	it('keeps the case when asked', () =>
		expect(tokenize('The Cat', { lowercase: false })).toEqual(['The', 'Cat']));
});

describe('countVectorize: scikit-learn CountVectorizer', () => {
	// CountVectorizer's documentation: get_feature_names_out() and X.toarray() for the corpus above.
	it('matches the documented example (unigrams)', () => {
		const { vocabulary, counts } = countVectorize(corpus);
		expect({ vocabulary, counts }).toEqual(docsWords);
	});

	// The same documentation, CountVectorizer(analyzer='word', ngram_range=(2, 2)).
	it('matches the documented example (bigrams)', () => {
		const { vocabulary, counts } = countVectorize(corpus, { ngramRange: [2, 2] });
		expect({ vocabulary, counts }).toEqual(docsBigrams);
	});

	// Worked by hand (CURRICULUM's check): unigrams cat, dog, sat, the; bigrams the cat, cat sat, the dog, dog sat.
	it('"the cat sat", "the dog sat" with 1–2-grams: 2 × 8', () => {
		const { vocabulary, counts } = countVectorize(['the cat sat', 'the dog sat'], { ngramRange: [1, 2] });
		expect(vocabulary).toEqual(['cat', 'cat sat', 'dog', 'dog sat', 'sat', 'the', 'the cat', 'the dog']);
		expect(counts).toEqual([
			[1, 1, 0, 0, 1, 1, 1, 0],
			[0, 0, 1, 1, 1, 1, 0, 1]
		]);
	});

	it('removes stop words before forming n-grams (no n-gram bridges a removed word)', () => {
		// by hand: "the cat sat on the mat" → cat sat mat → bigrams "cat sat", "sat mat"
		const { vocabulary } = countVectorize(['The cat sat on the mat'], {
			ngramRange: [2, 2],
			stopWords: 'english'
		});
		expect(vocabulary).toEqual(['cat sat', 'sat mat']);
	});

	it('checks stop words after lowercasing, so with lowercase off "The" stays', () => {
		const { vocabulary } = countVectorize(['The the cat'], { stopWords: 'english', lowercase: false });
		expect(vocabulary).toEqual(['The', 'cat']);
	});

	it('prunes by document frequency: counts and proportions (by hand: df the=4, this=4, is=4, document=3, first=2)', () => {
		expect(countVectorize(corpus, { minDf: 3 }).vocabulary).toEqual(['document', 'is', 'the', 'this']);
		expect(countVectorize(corpus, { maxDf: 0.5 }).vocabulary).toEqual([
			'and',
			'first',
			'one',
			'second',
			'third'
		]);
		expect(countVectorize(corpus, { maxDf: { count: 1 } }).vocabulary).toEqual([
			'and',
			'one',
			'second',
			'third'
		]);
		expect(countVectorize(corpus, { minDf: { proportion: 1 } }).vocabulary).toEqual(['is', 'the', 'this']);
		expect(countVectorize(corpus, { minDf: 0.6 }).vocabulary).toEqual(['document', 'is', 'the', 'this']);
		const pruned = countVectorize(corpus, { minDf: 3 });
		expect(pruned.documentFrequency).toEqual([3, 4, 4, 4]);
		expect(pruned.pruned).toEqual(['and', 'first', 'one', 'second', 'third']);
	});

	it('binary counts put 1 for any occurrence', () => {
		expect(countVectorize(corpus, { binary: true }).counts[1]).toEqual([0, 1, 0, 1, 0, 1, 1, 0, 1]);
	});

	it('an empty document is a row of zeros; a vocabulary pruned to nothing is empty', () => {
		expect(countVectorize(['cat cat', '']).counts).toEqual([[2], [0]]);
		expect(countVectorize(['the a of'], { stopWords: 'english' })).toMatchObject({
			vocabulary: [],
			counts: [[]]
		});
	});

	it('no documents: an empty vocabulary, not an error', () => {
		expect(countVectorize([])).toEqual({ vocabulary: [], counts: [], documentFrequency: [], pruned: [] });
	});

	it('refuses crossed bounds and bad input', () => {
		expect(() => countVectorize(corpus, { minDf: 3, maxDf: 2 })).toThrow(/fewer documents/);
		expect(() => countVectorize(corpus, { minDf: 1.5 })).toThrow(/whole number/);
		expect(() => countVectorize(corpus, { ngramRange: [2, 1] })).toThrow(/range/);
		expect(() => countVectorize([3 as unknown as string])).toThrow(/documents\[0\]/);
	});

	it('ships the English list (a few of its words, and none of the words the lessons keep)', () => {
		for (const word of ['the', 'is', 'and', 'this', 'amongst', 'yourselves'])
			expect(ENGLISH_STOP_WORDS.has(word)).toBe(true);
		for (const word of ['cat', 'great', 'battery', 'document'])
			expect(ENGLISH_STOP_WORDS.has(word)).toBe(false);
	});
});

describe('tfidf: scikit-learn TfidfVectorizer', () => {
	// numpy, from the documented counts above: idf = ln((1 + 4) / (1 + df)) + 1, rows x idf, then / ||row||2.
	const idf = [
		1.916290731874155, 1.2231435513142097, 1.5108256237659907, 1.0, 1.916290731874155, 1.916290731874155, 1.0,
		1.916290731874155, 1.0
	];
	it('smooth IDF and L2 rows by default', () => {
		const result = tfidf(corpus);
		result.idf.forEach((v, j) => expect(v).toBeCloseTo(idf[j], 12));
		const row1 = [
			0, 0.6876235979836938, 0, 0.281088674033753, 0, 0.5386476208856763, 0.281088674033753, 0,
			0.281088674033753
		];
		const row2 = [
			0.511848512707169, 0, 0, 0.267103787642168, 0.511848512707169, 0, 0.267103787642168, 0.511848512707169,
			0.267103787642168
		];
		result.matrix[1].forEach((v, j) => expect(v).toBeCloseTo(row1[j], 12));
		result.matrix[2].forEach((v, j) => expect(v).toBeCloseTo(row2[j], 12));
	});

	// numpy: idf = ln(4 / df) + 1, tf = 1 + ln(count), rows / sum |row|.
	it('unsmoothed IDF, sublinear TF and the L1 norm', () => {
		const result = tfidf(corpus, { smoothIdf: false, sublinearTf: true, norm: 'l1' });
		expect(result.idf[0]).toBeCloseTo(2.386294361119891, 12);
		expect(result.idf[1]).toBeCloseTo(1.2876820724517808, 12);
		const row1 = [
			0, 0.28814203823886003, 0, 0.1321609837924146, 0, 0.31537501038389626, 0.1321609837924146, 0,
			0.1321609837924146
		];
		result.matrix[1].forEach((v, j) => expect(v).toBeCloseTo(row1[j], 12));
	});

	it('a word in every document gets the lowest IDF, exactly 1 when smoothed', () => {
		expect(inverseDocumentFrequency([3, 1], 3)).toEqual([1, Math.log(4 / 2) + 1]);
	});

	it('without IDF or norm, the weights are the counts', () => {
		expect(tfidf(corpus, { useIdf: false, norm: null }).matrix).toEqual(countVectorize(corpus).counts);
	});

	it('an empty document stays a zero row, and no vocabulary leaves empty rows', () => {
		expect(tfidf(['cat', '']).matrix).toEqual([[1], [0]]);
		expect(tfidf(['', '']).matrix).toEqual([[], []]);
	});
});

describe('cosine similarity', () => {
	// numpy: W @ W.T of the L2-normalised TF-IDF rows above.
	it('matches numpy on the documented corpus', () => {
		const cos = cosineMatrix(tfidf(corpus).matrix);
		expect(cos[0][1]).toBeCloseTo(0.6469256761082492, 12);
		expect(cos[1][2]).toBeCloseTo(0.22523954849319042, 12);
		expect(cos[0][3]).toBeCloseTo(1, 12);
	});

	it('is undefined (null) against an all-zero row, and 1 at most', () => {
		expect(cosineSimilarity([1, 0], [0, 0])).toBeNull();
		expect(cosineSimilarity([1, 1, 1], [1, 1, 1])).toBeLessThanOrEqual(1);
		expect(() => cosineSimilarity([1], [1, 2])).toThrow(/differ/);
	});
});
