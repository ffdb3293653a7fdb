import { describe, expect, it } from 'vitest';
import { dealQuestions, isCorrect, readAnswer, testsUnderstanding, type Question } from '$lib/quiz/quiz';
import { allBinaryQuestions, binaryQuestions, multiclassQuestions } from '$lib/widgets/confusion-matrix/quiz';
import { multiclassCandidates } from '$lib/widgets/confusion-matrix/multiclassQuiz';
import { confusionCodec, type ConfusionUrlState } from '$lib/widgets/confusion-matrix/codec';
import { presets } from '$lib/widgets/confusion-matrix/presets';
import { binaryMetrics, multiclassMetrics, type Counts } from '$lib/ml/metrics';
import { expectWellFormedQuestions } from './quizRules';

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
		{
			name: 'two-decimal rounding of 2/3',
			question: numberQuestion(2 / 3, { proportion: true }),
			input: '0.67',
			expected: true
		},
		{
			name: 'one-decimal rounding of 2/3',
			question: numberQuestion(2 / 3, { proportion: true }),
			input: '0.7',
			expected: false
		},
		{
			name: 'tolerance 0, exact',
			question: numberQuestion(50, { tolerance: 0 }),
			input: '50',
			expected: true
		},
		{
			name: 'tolerance 0, off by 0.1',
			question: numberQuestion(50, { tolerance: 0 }),
			input: '50.1',
			expected: false
		},
		{
			name: 'tolerance 0.1, off by 0.05',
			question: numberQuestion(50, { tolerance: 0.1 }),
			input: '50.05',
			expected: true
		},
		{
			name: 'large answer: 0.5% of 1000 = 5, off by 4',
			question: numberQuestion(1000),
			input: '1,004',
			expected: true
		},
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
			? {
					id,
					form,
					see: { label: id, params: '' },
					kind: 'choice',
					prompt: id,
					options: ['a', 'b'],
					answer: 'a',
					explanation: ''
				}
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
		const sets = new Set(
			Array.from({ length: 20 }, (_, seed) =>
				dealQuestions(pool, seed + 1)
					.map((q) => q.id)
					.join()
			)
		);
		expect(sets.size).toBeGreaterThan(5);
	});
});

/** The link state after "Show me" of a predict question. */
function shown(q: Question): ConfusionUrlState {
	if (q.form !== 'predict') throw new Error(`${q.id} is not a predict question`);
	return confusionCodec.decode(new URLSearchParams(q.see.params)).value;
}
const countsOf = (s: ConfusionUrlState): Counts => ({ tp: s.tp, fp: s.fp, fn: s.fn, tn: s.tn });
const state = (change: Partial<ConfusionUrlState> = {}): ConfusionUrlState => ({
	...confusionCodec.defaults(),
	...change
});
const decode = (params: URLSearchParams) => confusionCodec.decode(params);
/** The metric a change question names ("what would happen to the F1 score?"). */
const askedMetric = (q: Question) =>
	({
		precision: 'precision',
		recall: 'recall',
		specificity: 'specificity',
		accuracy: 'accuracy',
		'the F1 score': 'f1'
	})[q.prompt.match(/happen to (.+)\?$/)![1]] as 'precision' | 'recall' | 'specificity' | 'accuracy' | 'f1';
const seeds = Array.from({ length: 30 }, (_, i) => i + 1);
const choiceAnswer = (q: Question) => (q.kind === 'choice' ? q.answer : q.answer.toString());

describe('binaryQuestions', () => {
	// By hand for TP 40, FP 10, FN 20, TN 30 (the default):
	// catch ten → TP 50, FN 10: precision 40/50 → 50/60, recall 40/60 → 50/60, specificity 30/40 stays,
	//   accuracy 70/100 → 80/100, F1 80/110 → 100/120
	// ten false alarms → FP 20, TN 20: precision → 40/60, recall stays, specificity → 20/40,
	//   accuracy → 60/100, F1 → 80/120
	// double negatives → FP 20, TN 60: precision → 40/60, recall stays, specificity 60/80 = 30/40 stays,
	//   accuracy 70/100 → 100/140 = 0.714 (up), F1 → 80/120
	const hand: Record<string, { after: Counts; answers: Record<string, string> }> = {
		'change-catch-ten': {
			after: { tp: 50, fp: 10, fn: 10, tn: 30 },
			answers: {
				precision: 'Rises',
				recall: 'Rises',
				specificity: 'Stays the same',
				accuracy: 'Rises',
				f1: 'Rises'
			}
		},
		'change-ten-false-alarms': {
			after: { tp: 40, fp: 20, fn: 20, tn: 20 },
			answers: {
				precision: 'Falls',
				recall: 'Stays the same',
				specificity: 'Falls',
				accuracy: 'Falls',
				f1: 'Falls'
			}
		},
		'change-double-negatives': {
			after: { tp: 40, fp: 20, fn: 20, tn: 60 },
			answers: {
				precision: 'Falls',
				recall: 'Stays the same',
				specificity: 'Stays the same',
				accuracy: 'Rises',
				f1: 'Falls'
			}
		}
	};
	const scenarioAnswers: Record<string, string> = {
		'scenario-costly-misses': 'Recall',
		'scenario-costly-alarms': 'Precision',
		'scenario-both-imbalanced': 'F1 score',
		'scenario-ranking': 'AUC-ROC'
	};

	it('deals four well-formed questions, at least half predict or scenario, from the default and every story', () => {
		for (const input of [state(), ...presets.map((p) => state(p.counts))])
			for (const q of seeds) expectWellFormedQuestions(binaryQuestions(input, q), decode);
	});

	it('answers each question on the default matrix as worked out by hand, over many seeds', () => {
		const asked = new Set<string>();
		for (const seed of seeds) {
			for (const q of allBinaryQuestions(state(), seed)) {
				asked.add(q.id);
				if (q.id in hand) {
					expect(countsOf(shown(q)), q.id).toEqual(hand[q.id].after);
					expect(choiceAnswer(q), `${q.id}: ${q.prompt}`).toBe(hand[q.id].answers[askedMetric(q)]);
					asked.add(`${q.id}/${askedMetric(q)}`);
				} else if (q.id === 'precision-after-doubling') {
					expect(countsOf(shown(q))).toEqual({ tp: 40, fp: 20, fn: 20, tn: 60 });
					expect(q.answer).toBeCloseTo(40 / 60, 12);
				} else if (q.id === 'flag-nothing') {
					const [total, fraud] = q.prompt
						.match(/\d[\d,]*/g)!
						.slice(0, 2)
						.map((v) => Number(v.replace(/,/g, '')));
					expect(q.answer).toBeCloseTo((total - fraud) / total, 12);
				} else if (q.id === 'f1-from-pr') {
					const [p, r] = q.prompt
						.match(/precision (\d+(?:\.\d+)?) and recall (\d+(?:\.\d+)?)/)!
						.slice(1)
						.map(Number);
					expect(p).not.toBe(r);
					expect(q.answer).toBeCloseTo((2 * p * r) / (p + r), 12);
				} else if (q.id === 'scenario-high-accuracy') {
					expect(choiceAnswer(q)).toMatch(
						/^Whether it predicts “[^”]+” for everything: that alone scores (\d+)%$/
					);
					// the majority share is 100 − the stated percentage of positives
					const stated = Number(q.prompt.match(/in which (\d+)%/)![1]);
					expect(choiceAnswer(q)).toContain(`${100 - stated}%`);
				} else expect(choiceAnswer(q), q.id).toBe(scenarioAnswers[q.id]);
			}
		}
		// every generator and every metric of the change questions came up
		for (const id of Object.keys(hand))
			for (const metric of Object.keys(hand[id].answers)) expect(asked).toContain(`${id}/${metric}`);
		for (const id of [
			...Object.keys(scenarioAnswers),
			'precision-after-doubling',
			'flag-nothing',
			'f1-from-pr',
			'scenario-high-accuracy'
		])
			expect(asked).toContain(id);
	});

	it('on every story, a change question’s Show me holds the stated change and its answer is the engine’s on that matrix', () => {
		const changes: Record<string, (c: Counts) => Counts> = {
			'change-catch-ten': (c) => ({ ...c, tp: c.tp + 10, fn: c.fn - 10 }),
			'change-ten-false-alarms': (c) => ({ ...c, fp: c.fp + 10, tn: c.tn - 10 }),
			'change-double-negatives': (c) => ({ ...c, fp: c.fp * 2, tn: c.tn * 2 })
		};
		for (const preset of presets) {
			for (const seed of seeds) {
				for (const q of allBinaryQuestions(state(preset.counts), seed)) {
					if (!(q.id in changes)) continue;
					const after = countsOf(shown(q));
					expect(after).toEqual(changes[q.id](preset.counts));
					const metric = askedMetric(q);
					const [a, b] = [binaryMetrics(preset.counts)[metric]!, binaryMetrics(after)[metric]!];
					const expected = Math.abs(a - b) < 1e-12 ? 'Stays the same' : b > a ? 'Rises' : 'Falls';
					expect(choiceAnswer(q), `${preset.id}: ${q.prompt}`).toBe(expected);
					// the prompt states the matrix it is about
					expect(q.prompt).toContain(`FN ${preset.counts.fn.toLocaleString('en')}`);
				}
			}
		}
	});

	it('never asks for a number the cards on screen print', () => {
		for (const input of [state(), ...presets.map((p) => state(p.counts))]) {
			const m = binaryMetrics(countsOf(input));
			for (const seed of seeds) {
				for (const q of allBinaryQuestions(input, seed)) {
					if (q.id === 'precision-after-doubling') expect(q.answer).not.toBeCloseTo(m.precision!, 3);
					if (q.id === 'f1-from-pr') {
						const [p, r] = q.prompt
							.match(/precision (\d+(?:\.\d+)?) and recall (\d+(?:\.\d+)?)/)!
							.slice(1)
							.map(Number);
						expect(p.toFixed(3) === m.precision?.toFixed(3) && r.toFixed(3) === m.recall?.toFixed(3)).toBe(
							false
						);
					}
				}
			}
		}
		// the fraud story is the curriculum's own check: the question then uses other numbers
		const fraud = state({ tp: 0, fp: 0, fn: 100, tn: 9900 });
		for (const seed of seeds) {
			const q = allBinaryQuestions(fraud, seed).find((x) => x.id === 'flag-nothing')!;
			expect(q.prompt.startsWith('10,000 card payments, 100 of them')).toBe(false);
		}
	});

	it('asks no change question the counts cannot take', () => {
		// FN 5 and TN 5: nothing to move 10 of; precision undefined (no predicted positives)
		const few = state({ tp: 0, fp: 0, fn: 5, tn: 5 });
		for (const seed of seeds) {
			const ids = allBinaryQuestions(few, seed).map((q) => q.id);
			expect(ids).not.toContain('change-catch-ten');
			expect(ids).not.toContain('change-ten-false-alarms');
			expect(ids).not.toContain('precision-after-doubling');
			expectWellFormedQuestions(binaryQuestions(few, seed), decode);
		}
	});

	it('is deterministic for a seed and varies across seeds', () => {
		expect(binaryQuestions(state(), 7)).toEqual(binaryQuestions(state(), 7));
		const picks = new Set(
			seeds.map((seed) =>
				binaryQuestions(state(), seed)
					.map((q) => q.id)
					.join()
			)
		);
		expect(picks.size).toBeGreaterThan(5);
	});
});

describe('multiclassQuestions', () => {
	// The default: rows (actual) cat 42, 6, 2; dog 5, 31, 4; rabbit 3, 9, 18.
	// Supports 50, 40, 30; column sums 50, 46, 24; F1 = 2·diagonal / (row + column).
	const input = state({ mode: 'multiclass' });
	const f1 = (tp: number, row: number, col: number) => (2 * tp) / (row + col);

	it('deals four well-formed questions from the default and from matrices of 3 to 6 classes', () => {
		const bigger = state({
			mode: 'multiclass',
			names: ['a', 'b', 'c', 'd', 'e'],
			mc: [
				[50, 3, 2, 1, 0],
				[4, 40, 3, 2, 1],
				[2, 2, 30, 1, 1],
				[5, 5, 5, 5, 0],
				[1, 0, 0, 0, 9]
			]
		});
		const even = state({
			mode: 'multiclass',
			mc: [
				[10, 0, 0],
				[0, 10, 0],
				[0, 0, 10]
			]
		});
		for (const s of [input, bigger, even])
			for (const q of seeds) expectWellFormedQuestions(multiclassQuestions(s, q), decode);
	});

	it('the smallest class misread as the largest drops macro F1 the most, by hand', () => {
		// rabbit (30 < 40, the mean) all predicted cat: cat 42, 6, 2; dog 5, 31, 4; rabbit 30, 0, 0
		// before: F1 cat 84/100, dog 62/86, rabbit 36/54
		// after: cat 2·42/(50 + 77), dog 2·31/(40 + 37), rabbit 0
		const before = [f1(42, 50, 50), f1(31, 40, 46), f1(18, 30, 24)];
		const after = [f1(42, 50, 77), f1(31, 40, 37), 0];
		const macro = (v: number[]) => v.reduce((a, b) => a + b, 0) / 3;
		const weighted = (v: number[]) => (50 * v[0] + 40 * v[1] + 30 * v[2]) / 120;
		const drops = {
			macro: macro(before) - macro(after),
			weighted: weighted(before) - weighted(after),
			micro: 91 / 120 - 73 / 120
		};
		expect(drops.macro).toBeGreaterThan(drops.weighted + 0.005);
		expect(drops.weighted).toBeGreaterThan(drops.micro);
		for (const seed of seeds) {
			const q = multiclassCandidates(input, seed).find((x) => x.id === 'misread-small-class')!;
			expect(choiceAnswer(q)).toBe('Macro F1');
			expect(shown(q).mc).toEqual([
				[42, 6, 2],
				[5, 31, 4],
				[30, 0, 0]
			]);
			expect(q.prompt).toContain('rabbit 3, 9, 18');
		}
	});

	it('putting the largest mistake right moves the asked class’s precision or recall as worked out by hand', () => {
		// the largest off-diagonal cell: 9 rabbits predicted dog → rabbit 3, 0, 27
		// rabbit recall 18/30 → 27/30; dog precision 31/46 → 31/37; dog recall 31/40 stays; rabbit precision 18/24 → 27/33
		const expected: Record<string, string> = {
			'recall of “rabbit”': 'Rises',
			'precision of “dog”': 'Rises',
			'recall of “dog”': 'Stays the same',
			'precision of “rabbit”': 'Rises'
		};
		const asked = new Set<string>();
		for (const seed of seeds) {
			const q = multiclassCandidates(input, seed).find((x) => x.id === 'fix-largest-mistake')!;
			expect(shown(q).mc).toEqual([
				[42, 6, 2],
				[5, 31, 4],
				[3, 0, 27]
			]);
			const what = q.prompt.match(/happen to the (.+)\?$/)![1];
			asked.add(what);
			expect(choiceAnswer(q), what).toBe(expected[what]);
		}
		expect([...asked].sort()).toEqual(Object.keys(expected).sort());
	});

	it('works the stated averages by hand, and names the right average in scenarios', () => {
		for (const seed of seeds) {
			for (const q of multiclassCandidates(input, seed)) {
				if (q.id === 'average-by-hand') {
					const [scores, sizes] = [/F1 scores ([\d., ]+) and/, /and ([\d, ]+) samples/].map((re) =>
						q.prompt
							.match(re)![1]
							.split(', ')
							.map((v) => Number(v.replace(/,/g, '')))
					);
					const total = sizes.reduce((a, b) => a + b, 0);
					const value = q.prompt.includes('macro')
						? scores.reduce((a, b) => a + b, 0) / 3
						: scores.reduce((s, v, i) => s + (v * sizes[i]) / total, 0);
					expect(q.answer).toBeCloseTo(value, 12);
				} else if (q.id === 'micro-by-hand') {
					const [total, right] = q.prompt
						.match(/makes ([\d,]+) predictions.* and ([\d,]+) of them/)!
						.slice(1)
						.map((v) => Number(v.replace(/,/g, '')));
					expect(q.answer).toBeCloseTo(right / total, 12);
					// not the accuracy on screen, 91/120
					expect((right / total).toFixed(3)).not.toBe((91 / 120).toFixed(3));
				} else if (q.id === 'scenario-average') expect(choiceAnswer(q)).toBe('Macro average');
				else if (q.id === 'scenario-average-weighted') expect(choiceAnswer(q)).toBe('Weighted average');
			}
		}
	});

	it('asks no misread question when the classes are the same size: the averages weigh them alike', () => {
		const even = state({
			mode: 'multiclass',
			mc: [
				[8, 1, 1],
				[1, 8, 1],
				[1, 1, 8]
			]
		});
		for (const seed of seeds)
			expect(multiclassCandidates(even, seed).map((q) => q.id)).not.toContain('misread-small-class');
		expect(multiclassMetrics(even.mc).macro.f1).toBeCloseTo(multiclassMetrics(even.mc).weighted.f1!, 12);
	});
});
