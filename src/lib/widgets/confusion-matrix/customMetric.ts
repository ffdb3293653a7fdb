/**
 * The learner's own metric: a formula in tp, fp, fn and tn, read by mathjs' parser and then
 * evaluated here by walking the tree, so only arithmetic can ever run (no function calls
 * beyond a short list, no assignment, no property access, no code).
 */
import type { Counts } from '$lib/ml/metrics';

/** The parts of a mathjs expression node this module reads. */
export interface FormulaNode {
	type: string;
	value?: unknown;
	name?: string;
	op?: string;
	fn?: string | FormulaNode;
	args?: FormulaNode[];
	content?: FormulaNode;
}

export type FormulaResult =
	{ ok: true; value: number } | { ok: true; value: null; why: string } | { ok: false; error: string };

const variables = ['tp', 'fp', 'fn', 'tn'] as const;
const functions: Record<string, (...x: number[]) => number> = {
	sqrt: Math.sqrt,
	abs: Math.abs,
	min: Math.min,
	max: Math.max
};
/** Fewest and most arguments of each function. */
const arity: Record<string, [number, number]> = {
	sqrt: [1, 1],
	abs: [1, 1],
	min: [1, Infinity],
	max: [1, Infinity]
};
const allowed = 'numbers, tp, fp, fn, tn, + − * / ^, parentheses and sqrt, abs, min, max';

/** Longest formula accepted, in characters. */
export const maxFormulaLength = 200;

/** Characters a formula may hold, in the box and in a link alike (a link refuses any other). */
const formulaCharacter = /[\w\s+\-*/^().,]/;

/**
 * Why a formula's text cannot be taken, naming the first character outside {@link formulaCharacter};
 * null when every character is allowed. The box and the link's decoder both ask this, so a
 * formula the box accepts is one a link carries: `#` starts a mathjs comment, which the parser
 * would skip and the link would then refuse.
 */
export function formulaCharacterError(text: string): string | null {
	const bad = [...text].find((ch) => !formulaCharacter.test(ch));
	if (bad === undefined) return null;
	const shown = /\p{Cc}|\p{Cf}/u.test(bad)
		? `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
		: `“${bad}”`;
	const comment = bad === '#' ? ' (mathjs reads # as the start of a comment)' : '';
	return `${shown} cannot be in a formula${comment}: use ${allowed}`;
}

class Undefined extends Error {}

/** Checks a parsed formula uses only what is allowed; returns an error message or null. */
export function checkFormula(node: FormulaNode): string | null {
	switch (node.type) {
		case 'ConstantNode':
			return typeof node.value === 'number' ? null : `only numbers are allowed as constants`;
		case 'SymbolNode':
			return (variables as readonly string[]).includes(node.name ?? '')
				? null
				: `unknown name “${node.name}”: use tp, fp, fn and tn`;
		case 'ParenthesisNode':
			return node.content ? checkFormula(node.content) : 'empty parentheses';
		case 'OperatorNode':
			if (!['+', '-', '*', '/', '^'].includes(node.op ?? ''))
				return `the operator “${node.op}” is not allowed: use ${allowed}`;
			return firstError(node.args ?? []);
		case 'FunctionNode': {
			const name = functionName(node);
			// own keys only: `in` would also find constructor, toString… on every object
			if (name === null) return `only plain function calls are allowed: use ${allowed}`;
			if (!Object.hasOwn(functions, name)) return `“${name}” is not allowed: use ${allowed}`;
			const count = node.args?.length ?? 0;
			const [least, most] = arity[name];
			if (count < least || count > most)
				return `${name} takes ${least === most ? least : `${least} or more`} argument${most === 1 ? '' : 's'}`;
			return firstError(node.args ?? []);
		}
		default:
			return `only arithmetic is allowed: ${allowed}`;
	}
}

/** The name a call is made by: a plain name such as `sqrt`, never a method (`x.sqrt`) or an expression. */
function functionName(node: FormulaNode): string | null {
	if (typeof node.fn === 'string') return node.fn;
	return node.fn?.type === 'SymbolNode' && node.fn.name ? node.fn.name : null;
}

function firstError(nodes: FormulaNode[]): string | null {
	for (const node of nodes) {
		const error = checkFormula(node);
		if (error) return error;
	}
	return null;
}

/** The value of a checked formula for these counts; division by zero makes it undefined. */
export function evaluateFormula(node: FormulaNode, counts: Counts): FormulaResult {
	const error = checkFormula(node);
	if (error) return { ok: false, error };
	try {
		const value = evaluate(node, counts);
		if (!Number.isFinite(value)) return { ok: true, value: null, why: 'the result is not a finite number' };
		return { ok: true, value };
	} catch (e) {
		if (e instanceof Undefined) return { ok: true, value: null, why: e.message };
		throw e;
	}
}

function evaluate(node: FormulaNode, counts: Counts): number {
	switch (node.type) {
		case 'ConstantNode':
			return node.value as number;
		case 'SymbolNode':
			return counts[node.name as keyof Counts];
		case 'ParenthesisNode':
			return evaluate(node.content as FormulaNode, counts);
		case 'OperatorNode': {
			const args = (node.args ?? []).map((arg) => evaluate(arg, counts));
			if (args.length === 1) return node.op === '-' ? -args[0] : args[0];
			const [a, b] = args;
			if (node.op === '+') return a + b;
			if (node.op === '-') return a - b;
			if (node.op === '*') return a * b;
			if (node.op === '^') return a ** b;
			if (b === 0) throw new Undefined(a === 0 ? 'it divides 0 by 0' : 'it divides by zero');
			return a / b;
		}
		case 'FunctionNode': {
			const name = functionName(node) as string;
			const args = (node.args ?? []).map((arg) => evaluate(arg, counts));
			if (name === 'sqrt' && args[0] < 0)
				throw new Undefined('it takes the square root of a negative number');
			return functions[name](...args);
		}
	}
	throw new Error(`unexpected ${node.type}`);
}

/** A parse function (mathjs' `parse`) turned into a compiler: text → a formula to evaluate, or an error message. */
export function makeCompiler(parse: (text: string) => FormulaNode) {
	return (text: string): { ok: true; node: FormulaNode } | { ok: false; error: string } => {
		if (text.trim() === '') return { ok: false, error: 'Type a formula, such as tp / (tp + fp).' };
		if (text.length > maxFormulaLength)
			return { ok: false, error: `At most ${maxFormulaLength} characters.` };
		let node: FormulaNode;
		try {
			node = parse(text);
		} catch (e) {
			return { ok: false, error: `Can't read this formula: ${(e as Error).message}.` };
		}
		// after the tree's check, whose message is the more specific; then what the tree cannot show, such as a # comment the parser skipped
		const error = checkFormula(node) ?? formulaCharacterError(text);
		return error ? { ok: false, error: `Not allowed: ${error}.` } : { ok: true, node };
	};
}

/** What {@link makeCompiler} and {@link loadCompiler} give: formula text → a checked formula, or an error message. */
export type FormulaCompiler = ReturnType<typeof makeCompiler>;

/** Loads mathjs' parser (only the parser, on demand: it is not needed until a formula is typed). */
export async function loadCompiler() {
	const { create, parseDependencies } = await import('mathjs/number');
	const { parse } = create({ parseDependencies });
	return makeCompiler((text) => parse(text) as unknown as FormulaNode);
}
