import { describe, expect, it } from 'vitest';
import { dealQuestions, isCorrect, readAnswer, testsUnderstanding, type Question } from '$lib/ui/quiz';
import { binaryQuestions, multiclassQuestions } from '$lib/widgets/confusion-matrix/quiz';
import { multiclassMetrics, type Counts } from '$lib/ml/metrics';

function numberQuestion(answer: number, extra: { tolerance?: number; proportion?: boolean } = {}): Question {
	return { id: 'q', form: 'compute', kind: 'number', prompt: '?', answer, explanation: '', ...extra };
}

describe('readAnswer', () => {
	it.each([
		{ name: 'a decimal', input: '0.8', expected: 0.8 },
		{ name: 'a leading point', input: '.8', expected: 0.8 },
		{ name: 'a percentage', input: '80%', expected: 0.8 },
		{ name: 'a percentage with spaces', input: ' 80 % ', expected: 0.8 },
		{ name: 'a decimal percentage', input: '12.5%', expected: 0.125 },
		{ name: 'thousands commas', input: '1,000', expected: 1000 },
		{ name: 'a negative', input: '-0.5', expected: -0.5 },
		{ name: 'a plus sign', input: '+3', expected: 3 },
		{ name: 'a word', input: 'abc', expected: null },
		{ name: 'empty', input: '', expected: null },
		{ name: 'a lone percent sign', input: '%', expected: null },
		{ name: 'two percent signs', input: '80%%', expected: null },
		{ name: 'a leading percent sign', input: '%80', expected: null },
		{ name: 'exponent notation', input: '1e3', expected: null },
		{ name: 'two points', input: '0.8.1', expected: null },
		{ name: 'a decimal comma (not a thousands separator)', input: '0,8', expected: null }
	])('$name: "$input" → $expected', ({ input, expected }) => {
		expect(readAnswer(input)).toBe(expected);
	});
});

describe('isCorrect', () => {
	const proportion = numberQuestion(0.8, { proportion: true });
	const plain = numberQuestion(0.8);
	// default tolerance: max(0.005, 0.5% of the answer)
	it.each([
		{ name: 'exact decimal', question: proportion, input: '0.8', expected: true },
		{ name: 'trailing zero', question: proportion, input: '0.80', expected: true },
		{ name: 'leading point', question: proportion, input: '.8', expected: true },
		{ name: 'percentage', question: proportion, input: '80%', expected: true },
		{ name: 'bare percentage for a proportion', question: proportion, input: '80', expected: true },
		{ name: 'within 0.005', question: proportion, input: '0.804', expected: true },
		{ name: 'off by 0.01', question: proportion, input: '0.79', expected: false },
		{ name: 'bare 79 for a proportion', question: proportion, input: '79', expected: false },
		{ name: 'not a number', question: proportion, input: 'abc', expected: false },
		{ name: 'empty', question: proportion, input: '', expected: false },
		{ name: 'bare 80 for a non-proportion', question: plain, input: '80', expected: false },
		{ name: '80% for a non-proportion is still 0.8', question: plain, input: '80%', expected: true },
		{ name: 'two-decimal rounding of 2/3', question: numberQuestion(2 / 3, { proportion: true }), input: '0.67', expected: true },
		{ name: 'one-decimal rounding of 2/3', question: numberQuestion(2 / 3, { proportion: true }), input: '0.7', expected: false },
		{ name: 'tolerance 0, exact', question: numberQuestion(50, { tolerance: 0 }), input: '50', expected: true },
		{ name: 'tolerance 0, off by 0.1', question: numberQuestion(50, { tolerance: 0 }), input: '50.1', expected: false },
		{ name: 'tolerance 0.1, off by 0.05', question: numberQuestion(50, { tolerance: 0.1 }), input: '50.05', expected: true },
		{ name: 'large answer: 0.5% of 1000 = 5, off by 4', question: numberQuestion(1000), input: '1,004', expected: true },
		{ name: 'large answer: off by 6', question: numberQuestion(1000), input: '1006', expected: false }
	])('$name: "$input" → $expected', ({ question, input, expected }) => {
		expect(isCorrect(question, input)).toBe(expected);
	});

	// 0.13 and 0.12 are both 0.005 from 0.125, but in floating point 0.13 − 0.125 = 0.0050000000000000044
	it('accepts the two-decimal rounding of 1/8 (0.13)', () => {
		expect(isCorrect(numberQuestion(0.125, { proportion: true }), '0.13')).toBe(true);
	});

	it('compares choice answers exactly', () => {
		const choice: Question = {
			id: 'c',
			form: 'compute',
			kind: 'choice',
			prompt: '?',
			options: ['Precision', 'Recall'],
			answer: 'Precision',
			explanation: ''
		};
		expect(isCorrect(choice, 'Precision')).toBe(true);
		expect(isCorrect(choice, 'Recall')).toBe(false);
		expect(isCorrect(choice, '')).toBe(false);
	});
});


describe('dealQuestions', () => {
	const make = (id: string, form: Question['form']): Question =>
		form === 'predict'
			? { id, form, see: { label: id, params: '' }, kind: 'choice', prompt: id, options: ['a', 'b'], answer: 'a', explanation: '' }
			: { id, form, kind: 'choice', prompt: id, options: ['a', 'b'], answer: 'a', explanation: '' };
	const computes = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'].map((id) => make(id, 'compute'));
	const pool = [...computes, make('p1', 'predict'), make('s1', 'scenario'), make('s2', 'scenario')];

	it('deals at least half predict or scenario questions whenever enough exist, on every seed', () => {
		for (let seed = 1; seed <= 200; seed++) {
			const dealt = dealQuestions(pool, seed, 4);
			expect(dealt).toHaveLength(4);
			expect(new Set(dealt.map((q) => q.id)).size).toBe(4);
			expect(dealt.filter(testsUnderstanding).length).toBeGreaterThanOrEqual(2);
		}
	});

	it('deals what there is when fewer questions exist than asked for', () => {
		expect(dealQuestions(computes.slice(0, 3), 5, 4)).toHaveLength(3);
	});

	it('puts the leading questions first and still keeps half for understanding', () => {
		for (let seed = 1; seed <= 50; seed++) {
			const dealt = dealQuestions(pool, seed, 4, (q) => q.id === 'c3');
			expect(dealt[0].id).toBe('c3');
			expect(dealt.filter(testsUnderstanding).length).toBeGreaterThanOrEqual(2);
		}
	});

	it('varies with the seed', () => {
		const sets = new Set(Array.from({ length: 20 }, (_, seed) => dealQuestions(pool, seed + 1).map((q) => q.id).join()));
		expect(sets.size).toBeGreaterThan(5);
	});
});

describe('binaryQuestions', () => {
	const counts: Counts = { tp: 40, fp: 10, fn: 20, tn: 30 };
	// By hand for tp 40, fp 10, fn 20, tn 30 (total 100, 60 actual positives, 40 actual negatives):
	const handNumbers: Record<string, number> = {
		recall: 2 / 3, // 40 / 60
		precision: 0.8, // 40 / 50
		accuracy: 0.7, // (40 + 30) / 100
		f1: 80 / 110, // 2·40 / (2·40 + 10 + 20)
		'flag-nothing': 0.4, // (10 + 30) / 100
		fpr: 0.25 // 10 / 40
	};
	const handChoices: Record<string, string> = {
		'which-higher': 'Precision', // 0.8 > 0.667
		'catch-ten': 'Goes up' // 40/50 = 0.8 → 50/60 ≈ 0.833
	};

	it('returns three questions with distinct ids by default', () => {
		const questions = binaryQuestions(counts, 1);
		expect(questions).toHaveLength(3);
		expect(new Set(questions.map((q) => q.id)).size).toBe(3);
	});

	it('offers every question for these counts, each with the hand-computed answer', () => {
		const all = binaryQuestions(counts, 1, 100);
		expect(all.map((q) => q.id).sort()).toEqual([...Object.keys(handNumbers), ...Object.keys(handChoices)].sort());
		for (const q of all) {
			if (q.kind === 'number') {
				expect(q.answer, q.id).toBeCloseTo(handNumbers[q.id], 12);
				expect(q.proportion, q.id).toBe(true);
			} else {
				expect(q.answer, q.id).toBe(handChoices[q.id]);
				expect(q.options, q.id).toContain(q.answer);
			}
		}
	});

	it('every question of the default three, over many seeds, has the hand-computed answer', () => {
		for (let seed = 0; seed < 30; seed++) {
			for (const q of binaryQuestions(counts, seed)) {
				if (q.kind === 'number') expect(q.answer, `${q.id} (seed ${seed})`).toBeCloseTo(handNumbers[q.id], 12);
				else expect(q.answer, `${q.id} (seed ${seed})`).toBe(handChoices[q.id]);
			}
		}
	});

	it('asks nothing about precision when it is undefined (the fraud matrix)', () => {
		const fraud: Counts = { tp: 0, fp: 0, fn: 100, tn: 9900 };
		for (let seed = 0; seed < 30; seed++) {
			const ids = binaryQuestions(fraud, seed).map((q) => q.id);
			expect(ids).toHaveLength(3);
			expect(ids).not.toContain('precision');
			expect(ids).not.toContain('which-higher');
			// from 0/0, precision neither rises nor falls
			expect(ids).not.toContain('catch-ten');
		}
		const all = binaryQuestions(fraud, 1, 100);
		const byId = Object.fromEntries(all.map((q) => [q.id, q]));
		// accuracy = 9900 / 10000, recall = 0 / 100, F1 = 0 / (0 + 0 + 100), FPR = 0 / 9900
		expect(byId.accuracy?.answer).toBeCloseTo(0.99, 12);
		expect(byId['flag-nothing']?.answer).toBeCloseTo(0.99, 12);
		expect(byId.recall?.answer).toBe(0);
		expect(byId.f1?.answer).toBe(0);
		expect(byId.fpr?.answer).toBe(0);
	});

	it('offers no number question about an empty matrix', () => {
		const questions = binaryQuestions({ tp: 0, fp: 0, fn: 0, tn: 0 }, 1, 100);
		expect(questions).toEqual([]);
	});

	it('is deterministic for a seed and varies across seeds', () => {
		expect(binaryQuestions(counts, 7)).toEqual(binaryQuestions(counts, 7));
		const picks = new Set(Array.from({ length: 20 }, (_, seed) => binaryQuestions(counts, seed).map((q) => q.id).join()));
		expect(picks.size).toBeGreaterThan(1);
	});
});

describe('multiclassQuestions', () => {
	const matrix = [
		[42, 6, 2],
		[5, 31, 4],
		[3, 9, 18]
	];
	const names = ['cat', 'dog', 'rabbit'];
	const metrics = multiclassMetrics(matrix);
	// Rows (support) 50, 40, 30; columns 50, 46, 24; diagonal 42, 31, 18.
	const recall = [42 / 50, 31 / 40, 18 / 30];
	const precision = [42 / 50, 31 / 46, 18 / 24];
	const support = [50, 40, 30];
	// F1 = 2TP / (row + column): 84/100, 62/86, 36/54
	const macroF1 = (84 / 100 + 62 / 86 + 36 / 54) / 3;

	function answersMatch(questions: Question[]): void {
		for (const q of questions) {
			const k = Number(q.id.split('-').pop());
			if (q.id.startsWith('recall-')) expect(q.answer).toBeCloseTo(recall[k], 12);
			else if (q.id.startsWith('precision-')) expect(q.answer).toBeCloseTo(precision[k], 12);
			else if (q.id === 'macro-f1') expect(q.answer).toBeCloseTo(macroF1, 12);
			else if (q.id === 'micro') expect(q.answer).toBe('Accuracy');
			else if (q.id === 'total') {
				expect(q.kind === 'number' && q.tolerance).toBe(0);
				const named = names.findIndex((name) => q.prompt.includes(`“${name}”`));
				expect(q.answer).toBe(support[named]);
			} else throw new Error(`unexpected question ${q.id}`);
		}
	}

	it('returns three questions with distinct ids', () => {
		const questions = multiclassQuestions(matrix, names, metrics, 1);
		expect(questions).toHaveLength(3);
		expect(new Set(questions.map((q) => q.id)).size).toBe(3);
	});

	it('gives hand-computed answers, whichever class and questions a seed picks', () => {
		for (let seed = 0; seed < 40; seed++) {
			answersMatch(multiclassQuestions(matrix, names, metrics, seed));
			const all = multiclassQuestions(matrix, names, metrics, seed, 100);
			expect(all).toHaveLength(5);
			answersMatch(all);
		}
	});

	it('asks about one class at a time', () => {
		for (let seed = 0; seed < 20; seed++) {
			const all = multiclassQuestions(matrix, names, metrics, seed, 100);
			const classIds = all.map((q) => q.id).filter((id) => /-\d$/.test(id));
			const ks = new Set(classIds.map((id) => id.slice(-1)));
			expect(ks.size).toBe(1);
		}
	});

	it('skips precision for a class never predicted', () => {
		// class 2 has column sum 0: precision 0/0
		const m = [
			[5, 1, 0],
			[2, 7, 0],
			[1, 1, 0]
		];
		let askedAboutClass2 = false;
		for (let seed = 0; seed < 40; seed++) {
			const ids = multiclassQuestions(m, names, multiclassMetrics(m), seed, 100).map((q) => q.id);
			expect(ids).not.toContain('precision-2');
			if (ids.includes('recall-2')) askedAboutClass2 = true;
		}
		// the check above only means something if some seed picked class 2
		expect(askedAboutClass2).toBe(true);
	});

	it('is deterministic for a seed and varies across seeds', () => {
		expect(multiclassQuestions(matrix, names, metrics, 3)).toEqual(multiclassQuestions(matrix, names, metrics, 3));
		const picks = new Set(
			Array.from({ length: 20 }, (_, seed) =>
				multiclassQuestions(matrix, names, metrics, seed)
					.map((q) => q.id)
					.join()
			)
		);
		expect(picks.size).toBeGreaterThan(1);
	});
});
