import { beforeAll, describe, expect, it } from 'vitest';
import { create, parseDependencies } from 'mathjs/number';
import {
	checkFormula,
	evaluateFormula,
	loadCompiler,
	makeCompiler,
	maxFormulaLength,
	type FormulaNode,
	type FormulaResult
} from '$lib/widgets/confusion-matrix/customMetric';
import type { Counts } from '$lib/ml/metrics';

const counts: Counts = { tp: 40, fp: 10, fn: 20, tn: 30 };

// The same construction as loadCompiler, built synchronously here.
const { parse } = create({ parseDependencies });
const compile = makeCompiler((text) => parse(text) as unknown as FormulaNode);

/** Compiles and evaluates; a compile error is returned as is. */
function run(text: string, c: Counts = counts): FormulaResult {
	const compiled = compile(text);
	return compiled.ok ? evaluateFormula(compiled.node, c) : compiled;
}

describe('custom metric: values', () => {
	// By hand with tp 40, fp 10, fn 20, tn 30.
	it.each([
		{ name: 'precision', input: 'tp / (tp + fp)', expected: 0.8 }, // 40 / 50
		{ name: 'the default formula (Jaccard)', input: 'tp / (tp + fp + fn)', expected: 4 / 7 }, // 40 / 70
		{ name: 'square root', input: 'sqrt(tp*tn)', expected: 20 * Math.sqrt(3) }, // √1200 = 20√3
		{ name: 'power', input: '2^3', expected: 8 },
		{ name: 'power is right-associative', input: '2^3^2', expected: 512 }, // 2^9
		{ name: 'unary minus', input: '-tp + 50', expected: 10 },
		{ name: 'unary plus', input: '+fn', expected: 20 },
		{ name: 'precedence', input: 'tp + fp * fn', expected: 240 }, // 40 + 200
		{ name: 'implicit multiplication', input: '2 tp', expected: 80 },
		{ name: 'abs', input: 'abs(fp - tp)', expected: 30 },
		{ name: 'min of three', input: 'min(tp, fp, fn)', expected: 10 },
		{ name: 'max of two', input: 'max(tp, tn)', expected: 40 },
		{ name: 'a decimal constant', input: '0.5 * tn', expected: 15 },
		{ name: 'exponent constant', input: '1e3 / tp', expected: 25 },
		{
			name: 'MCC',
			input: '(tp*tn - fp*fn) / sqrt((tp+fp)*(tp+fn)*(tn+fp)*(tn+fn))',
			expected: 1000 / Math.sqrt(50 * 60 * 40 * 50)
		}
	])('$name: $input = $expected', ({ input, expected }) => {
		const result = run(input);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.value).toBeCloseTo(expected, 12);
	});

	it('uses the counts given', () => {
		expect(run('tp / (tp + fn)', { tp: 1, fp: 0, fn: 3, tn: 0 })).toEqual({ ok: true, value: 0.25 });
	});

	it.each([
		{ name: '0/0', input: '(tp - tp) / (fp - fp)', why: 'it divides 0 by 0' },
		{ name: 'x/0', input: 'tp / (fp - fp)', why: 'it divides by zero' },
		{
			name: 'root of a negative',
			input: 'sqrt(fp - tp)',
			why: 'it takes the square root of a negative number'
		},
		{ name: 'overflow', input: '10^400', why: 'the result is not a finite number' }
	])('undefined for these counts ($name): value null with a reason', ({ input, why }) => {
		expect(run(input)).toEqual({ ok: true, value: null, why });
	});

	it('0/0 depends on the counts: precision with no predicted positives', () => {
		expect(run('tp / (tp + fp)', { tp: 0, fp: 0, fn: 5, tn: 5 })).toEqual({
			ok: true,
			value: null,
			why: 'it divides 0 by 0'
		});
	});
});

describe('custom metric: refused formulas', () => {
	it.each([
		{ name: 'empty', input: '', mentions: 'Type a formula' },
		{ name: 'blank', input: '   ', mentions: 'Type a formula' },
		{ name: 'an unknown name', input: 'x + 1', mentions: '“x”' },
		{ name: 'a constant name', input: 'pi * tp', mentions: '“pi”' },
		{ name: 'upper-case counts', input: 'TP / (TP + FP)', mentions: '“TP”' },
		{ name: 'a function call', input: 'import("fs")', mentions: '“import”' },
		{ name: 'a disallowed math function', input: 'cos(tp)', mentions: '“cos”' },
		{ name: 'assignment', input: 'tp = 3', mentions: 'Not allowed' },
		{ name: 'function definition', input: 'f(x) = x', mentions: 'Not allowed' },
		{ name: 'a matrix', input: '[1,2]', mentions: 'Not allowed' },
		{ name: 'property access', input: 'tp.constructor', mentions: 'Not allowed' },
		{ name: 'indexing', input: 'tp[1]', mentions: 'Not allowed' },
		{ name: 'an object', input: '{a: 1}', mentions: 'Not allowed' },
		{ name: 'a string', input: '"abc"', mentions: 'only numbers are allowed as constants' },
		{ name: 'a boolean', input: 'true', mentions: 'only numbers are allowed as constants' },
		{ name: 'modulo', input: 'tp % 3', mentions: '“%”' },
		{ name: 'factorial', input: 'tp!', mentions: '“!”' },
		{ name: 'comparison', input: 'tp > fp', mentions: '“>”' },
		{ name: 'conditional', input: 'tp > 1 ? 1 : 0', mentions: 'Not allowed' },
		{ name: 'two statements', input: 'tp; fp', mentions: 'Not allowed' },
		{ name: 'a range', input: '1:3', mentions: 'Not allowed' },
		{ name: 'a syntax error', input: 'tp +', mentions: "Can't read this formula" },
		{ name: 'unbalanced parentheses', input: '(tp + fp', mentions: "Can't read this formula" },
		{ name: 'an allowed function hiding a bad argument', input: 'sqrt(cos(tp))', mentions: '“cos”' },
		{ name: 'an operator hiding a bad operand', input: 'tp + (fp + y)', mentions: '“y”' }
	])('$name: $input', ({ input, mentions }) => {
		const result = compile(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toContain(mentions);
	});

	it('refuses a formula of 201 characters, accepts one of 200', () => {
		const long = '1' + '+1'.repeat(100); // 1 + 2·100 = 201 characters
		expect(long).toHaveLength(maxFormulaLength + 1);
		expect(compile(long)).toEqual({ ok: false, error: 'At most 200 characters.' });
		const limit = '1' + '+1'.repeat(99) + ' '; // 200 characters, sum of 100 ones
		expect(limit).toHaveLength(maxFormulaLength);
		expect(run(limit)).toEqual({ ok: true, value: 100 });
	});

	it('never evaluates a refused tree handed straight to evaluateFormula', () => {
		// a hand-built node: evaluation would throw "unexpected AssignmentNode" if it ran
		const node: FormulaNode = { type: 'AssignmentNode' };
		expect(checkFormula(node)).toMatch(/only arithmetic/);
		expect(evaluateFormula(node, counts)).toMatchObject({ ok: false });
		const call: FormulaNode = { type: 'FunctionNode', fn: 'cos', args: [{ type: 'ConstantNode', value: 1 }] };
		expect(evaluateFormula(call, counts)).toMatchObject({ ok: false });
	});

	// `name in functions` would also find Object.prototype members: these must still be refused
	it.each(['constructor(1)', 'toString(tp)', 'hasOwnProperty(1)', '__defineGetter__(1, 2)'])(
		'refuses the inherited object member %s',
		(input) => {
			expect(compile(input).ok).toBe(false);
		}
	);

	// a method call's callee is an accessor whose name is the property: the object must be checked too
	it.each(['sqrt(4, 5)', 'abs()', 'min()'])('refuses %s: wrong number of arguments', (input) => {
		const result = compile(input);
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.error).toMatch(/takes 1/);
	});

	it.each(['x.sqrt(4)', 'cos(tp).sqrt(4)'])('refuses the method call %s', (input) => {
		expect(compile(input).ok).toBe(false);
	});
});

describe('loadCompiler', () => {
	let loaded: Awaited<ReturnType<typeof loadCompiler>>;
	beforeAll(async () => {
		loaded = await loadCompiler();
	});

	it('compiles and evaluates with the real mathjs parser', () => {
		const compiled = loaded('tp / (tp + fp)');
		expect(compiled.ok).toBe(true);
		if (compiled.ok) expect(evaluateFormula(compiled.node, counts)).toEqual({ ok: true, value: 0.8 });
	});

	it('refuses what the hand-built compiler refuses', () => {
		for (const text of ['x + 1', 'import("fs")', 'tp = 3', '']) expect(loaded(text).ok).toBe(false);
	});
});
