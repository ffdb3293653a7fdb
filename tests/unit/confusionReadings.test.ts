/**
 * The confusion-matrix page's sentences and questions against its numbers (review of issue 15
 * and issue 20): scenario explanations from their stated rates, change questions that show at
 * the printed precision, "all / N of M positives missed", undefined per-class scores, formula
 * characters accepted alike by box and link, class names that look alike refused.
 */
import { describe, expect, it } from 'vitest';
import { binaryMetrics, multiclassMetrics, type Counts } from '$lib/ml/metrics';
import { isCorrect, type Question } from '$lib/quiz/quiz';
import {
	classNameError,
	confusionCodec,
	duplicateNameError,
	nameKey,
	type ConfusionUrlState
} from '$lib/widgets/confusion-matrix/codec';
import { formulaCharacterError, loadCompiler } from '$lib/widgets/confusion-matrix/customMetric';
import {
	binaryInsights,
	multiclassInsights,
	scoreText,
	undefinedScores
} from '$lib/widgets/confusion-matrix/insights';
import { multiclassCandidates } from '$lib/widgets/confusion-matrix/multiclassQuiz';
import { allBinaryQuestions } from '$lib/widgets/confusion-matrix/quiz';
import { binaryScenarioQuestions } from '$lib/widgets/confusion-matrix/scenarios';
import { presets } from '$lib/widgets/confusion-matrix/presets';

const state = (change: Partial<ConfusionUrlState> = {}): ConfusionUrlState => ({
	...confusionCodec.defaults(),
	...change
});
const seeds = Array.from({ length: 30 }, (_, i) => i + 1);
/** The three decimals the metric cards print, worked out here. */
const printed = (v: number) => (Math.round(v * 1000) / 1000).toFixed(3);

describe('the imbalanced scenario says what flagging nothing scores at its stated rate (item 8)', () => {
	it('every case, every seed: the accuracy in the explanation is 1 − the share of positives the prompt states', () => {
		const seen = new Set<string>();
		for (const seed of seeds) {
			const question = binaryScenarioQuestions(seed).find((q) => q.id === 'scenario-both-imbalanced')!;
			seen.add(question.prompt);
			const share = question.prompt.match(/(\d+)%/)
				? Number(question.prompt.match(/(\d+)%/)![1]) / 100
				: 1 / Number(question.prompt.match(/1 in (\d+)/)![1]);
			const percent = `${((1 - share) * 100).toFixed(1)}%`;
			expect(question.explanation, question.prompt).toContain(`flags nothing scores ${percent} accuracy`);
			expect(question.explanation).not.toContain('99%');
		}
		// both cases were dealt: 99.5% for 1 in 200, 98.0% for 2%
		expect(seen.size).toBe(2);
	});
});

describe('a change question is asked only when its change shows at three decimals (items 9 and 10)', () => {
	const matrices: Counts[] = [
		{ tp: 40, fp: 10, fn: 20, tn: 30 },
		{ tp: 90, fp: 5, fn: 10, tn: 9895 }, // screening-like: doubling the negatives moves accuracy by < 0.0005
		{ tp: 0, fp: 30, fn: 50, tn: 920 }, // no true positives: precision pinned at 0
		{ tp: 0, fp: 0, fn: 100, tn: 9900 }, // nothing flagged: precision 0/0
		...presets.map((p) => p.counts)
	];
	const changes: Record<string, (c: Counts) => Counts> = {
		'change-catch-ten': (c) => ({ ...c, tp: c.tp + 10, fn: c.fn - 10 }),
		'change-ten-false-alarms': (c) => ({ ...c, fp: c.fp + 10, tn: c.tn - 10 }),
		'change-double-negatives': (c) => ({ ...c, fp: 2 * c.fp, tn: 2 * c.tn })
	};
	const metricOf: Record<string, (c: Counts) => number | null> = {
		precision: (c) => (c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp)),
		recall: (c) => (c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn)),
		specificity: (c) => (c.tn + c.fp === 0 ? null : c.tn / (c.tn + c.fp)),
		accuracy: (c) => (c.tp + c.tn) / (c.tp + c.fp + c.fn + c.tn),
		'the F1 score': (c) =>
			2 * c.tp === 0 && c.fp + c.fn === 0 ? null : (2 * c.tp) / (2 * c.tp + c.fp + c.fn)
	};

	for (const c of matrices)
		it(`TP ${c.tp}, FP ${c.fp}, FN ${c.fn}, TN ${c.tn}, seeds 1–30`, () => {
			for (const seed of seeds)
				for (const question of allBinaryQuestions(state(c), seed).filter(
					(q) => q.id in changes || q.id === 'precision-after-doubling'
				)) {
					if (question.id === 'precision-after-doubling') {
						const after = changes['change-double-negatives'](c);
						expect(c.tp, 'TP > 0').toBeGreaterThan(0);
						expect(printed(metricOf.precision(after)!)).not.toBe(printed(metricOf.precision(c)!));
						continue;
					}
					const name = Object.keys(metricOf).find((m) => question.prompt.endsWith(`happen to ${m}?`))!;
					const [before, after] = [metricOf[name](c), metricOf[name](changes[question.id](c))];
					expect(before, `${question.id} ${name}: defined before`).not.toBeNull();
					expect(after, `${question.id} ${name}: defined after`).not.toBeNull();
					expect(before === 0 && after === 0, `${question.id} ${name}: not pinned at 0`).toBe(false);
					const key = after! > before! ? 'Rises' : after! < before! ? 'Falls' : 'Stays the same';
					if (Math.abs(after! - before!) < 1e-12) expect(question.answer).toBe('Stays the same');
					else {
						expect(question.answer).toBe(key);
						expect(printed(after!), `${question.id} ${name}: the move shows`).not.toBe(printed(before!));
					}
				}
		});

	it('the screening matrix never asks whether doubling the negatives moves accuracy', () => {
		for (const seed of seeds) {
			const asked = allBinaryQuestions(state({ tp: 90, fp: 5, fn: 10, tn: 9895 }), seed).find(
				(q) => q.id === 'change-double-negatives'
			);
			expect(asked?.prompt ?? '').not.toMatch(/happen to accuracy\?$/);
		}
	});
});

describe('"positives missed" follows the counts (item 12)', () => {
	const warning = (c: Counts) => binaryInsights(c, binaryMetrics(c)).find((i) => i.kind === 'warning')!.text;
	it('all when none is caught, N of M otherwise', () => {
		expect(warning({ tp: 0, fp: 0, fn: 100, tn: 9900 })).toContain('all 100 positives are missed');
		expect(warning({ tp: 30, fp: 10, fn: 70, tn: 9890 })).toContain('70 of the 100 positives are missed');
		expect(warning({ tp: 0, fp: 0, fn: 1, tn: 99 })).toContain('the one positive is missed');
	});
});

describe('undefined per-class scores show as 0/0 with what scikit-learn does (item 13)', () => {
	// "fox" is never predicted (column 2 empty); "owl" has no samples (row 3 empty)
	const matrix = [
		[40, 5, 0, 0],
		[6, 30, 0, 0],
		[3, 7, 0, 0],
		[0, 0, 0, 0]
	];
	const names = ['cat', 'dog', 'fox', 'owl'];
	const m = multiclassMetrics(matrix);

	it('prints "— (0/0)" for precision and recall that are 0/0, never "undefined" or 0.000', () => {
		expect(scoreText(m.perClass[2].precision)).toBe('— (0/0)');
		expect(scoreText(m.perClass[3].recall)).toBe('— (0/0)');
		expect(scoreText(m.perClass[2].recall)).toBe('0.000'); // 0 / 10: defined, and 0
	});

	it('names the classes and says the averages count them as 0, as sklearn zero_division="warn" does', () => {
		const [noPredictions, noSamples] = undefinedScores(m, names).map((i) => i.text);
		expect(noPredictions).toContain('“fox” is never predicted');
		expect(noPredictions).toContain("zero_division='warn'");
		expect(noSamples).toContain('“owl” has no samples');
		// owl is never predicted either: its precision and F1 are 0/0 too, and the sentence says so
		expect([m.perClass[3].precision, m.perClass[3].f1]).toEqual([null, null]);
		expect(noSamples).toContain('precision and F1 too');
		// sklearn macro precision with zero_division=0 over labels [0..3]: (40/49 + 30/42 + 0 + 0) / 4, by hand
		expect(m.macro.precision).toBeCloseTo((40 / 49 + 30 / 42 + 0 + 0) / 4, 12);
	});

	it('never names a class with no samples as "served badly": its F1 is 0/0, not 0', () => {
		// "owl" first and empty; "fox" small (10 of 92) with F1 2·2 / (2·2 + 2 + 8) = 0.286, by hand
		const twisted = [
			[0, 0, 0],
			[0, 80, 2],
			[0, 8, 2]
		];
		const [warning] = multiclassInsights(multiclassMetrics(twisted), ['owl', 'cat', 'fox']);
		expect(warning.text).toContain('“fox”, 10 of 92 samples, has F1 0.286');
		expect(warning.text).not.toContain('owl');
	});

	it('says nothing when every score is defined', () => {
		expect(
			undefinedScores(multiclassMetrics(confusionCodec.defaults().mc), ['cat', 'dog', 'rabbit'])
		).toEqual([]);
	});

	it('no multiclass question asks about a score that is 0/0 before or after', () => {
		for (const seed of seeds)
			for (const question of multiclassCandidates(state({ mode: 'multiclass', names, mc: matrix }), seed))
				expect(`${question.prompt} ${question.explanation}`).not.toMatch(/undefined|NaN/);
	});
});

describe('the formula box and the link accept the same characters (item 15a)', () => {
	it('refuses a mathjs comment in the box, with a message, as the link does', async () => {
		const compile = await loadCompiler();
		const text = 'tp / (tp + fp) # precision';
		const boxed = compile(text);
		expect(boxed.ok).toBe(false);
		expect(!boxed.ok && boxed.error).toContain('comment');
		expect(confusionCodec.decode(new URLSearchParams({ f: text })).problems).toHaveLength(1);
		expect(formulaCharacterError('tp\u202E')).toContain('U+202E');
	});

	it('whatever the box accepts, a link carries back unchanged', async () => {
		const compile = await loadCompiler();
		for (const text of [
			'tp / (tp + fp)',
			'sqrt(tp * tn) - 0.5',
			'max(tp, fn) / (tp + fp + fn + tn)',
			'2*tp/(2*tp+fp+fn)',
			'tp ; fp',
			'tp % 2',
			'tp!',
			"'a'",
			'tp # c',
			'tp // c'
		])
			if (compile(text).ok) {
				const { value, problems } = confusionCodec.decode(confusionCodec.encode(state({ f: text })));
				expect([value.f, problems], text).toEqual([text, []]);
			}
	});
});

describe('class names that look alike or hide characters are refused (item 15b)', () => {
	it.each([
		{ name: 'trailing space', input: 'cat ', expected: /start or end/ },
		{ name: 'leading space', input: ' cat', expected: /start or end/ },
		{ name: 'right-to-left override', input: 'c\u202Eat', expected: /U\+202E/ },
		{ name: 'NUL', input: 'c\u0000t', expected: /U\+0000/ },
		{ name: 'unit separator', input: 'ca\u001Ft', expected: /U\+001F/ },
		{ name: 'zero-width space', input: 'ca\u200Bt', expected: /U\+200B/ },
		{ name: 'a comma', input: 'a,b', expected: /comma/ }
	])('$name', ({ input, expected }) => {
		expect(classNameError(input)).toMatch(expected);
	});

	it('duplicates after NFKC, case and look-alike letters are refused; distinct names pass', () => {
		const names = ['cat', 'dog', 'rabbit'];
		expect(duplicateNameError(names, 1, 'Cat')).toMatch(/class 1/);
		expect(duplicateNameError(names, 1, 'ｃａｔ')).toMatch(/class 1/); // full-width, NFKC-equal
		expect(duplicateNameError(names, 1, 'сat')).toMatch(/class 1/); // Cyrillic с
		expect(duplicateNameError(names, 0, 'cat')).toBeNull(); // its own name
		expect(duplicateNameError(names, 1, 'cow')).toBeNull();
		expect(nameKey('ＲＡＢＢＩＴ')).toBe('rabbit');
	});

	it('a link with look-alike names falls back to the defaults with a notice; one with old trailing spaces opens trimmed', () => {
		const twin = confusionCodec.decode(new URLSearchParams({ names: 'cat,ｃａｔ,dog' }));
		expect(twin.value.names).toEqual(['cat', 'dog', 'rabbit']);
		expect(twin.problems.join(' ')).toMatch(/look the same/);
		const override = confusionCodec.decode(new URLSearchParams({ names: 'cat,d\u202Eog,fox' }));
		expect(override.value.names).toEqual(['cat', 'dog', 'rabbit']);
		expect(override.problems).toHaveLength(1);
		const spaced = confusionCodec.decode(new URLSearchParams({ names: 'cat ,dog,fox' }));
		expect([spaced.value.names, spaced.problems]).toEqual([['cat', 'dog', 'fox'], []]);
	});
});

describe('costly-false-alarm scenarios have one defensible answer (item 11)', () => {
	it('never offers specificity beside precision', () => {
		for (const seed of seeds) {
			const q = binaryScenarioQuestions(seed).find((x) => x.id === 'scenario-costly-alarms') as Question & {
				kind: 'choice';
			};
			expect(q.answer).toBe('Precision');
			expect(q.options).not.toContain('Specificity');
			expect(isCorrect(q, 'Precision')).toBe(true);
		}
	});
});
