/**
 * Reading what a person typed into a number box, with a message that says what is wrong.
 * Kept apart from the component so the rules are unit-tested on their own.
 */
import { formatCount } from './format';

export interface NumberRules {
	min?: number;
	max?: number;
	/** Only whole numbers (counts). */
	integer?: boolean;
	/** What the number is, for messages: "count", "cost"… */
	noun?: string;
}

export type ParsedNumber = { ok: true; value: number } | { ok: false; error: string };

const plainNumber = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/** Parses the text of a number box: digits with an optional sign and point; commas and spaces between digits are allowed. */
export function parseNumberText(text: string, rules: NumberRules = {}): ParsedNumber {
	const noun = rules.noun ?? 'number';
	const trimmed = text.trim().replace(/(\d)[,\s_](?=\d{3}\b)/g, '$1');
	if (trimmed === '') return { ok: false, error: `Enter a ${noun}.` };
	if (!plainNumber.test(trimmed)) return { ok: false, error: `“${shorten(text)}” is not a number.` };
	const value = Number(trimmed) + 0; // + 0 turns "-0" into 0
	if (rules.integer && !Number.isInteger(value))
		return { ok: false, error: `A ${noun} is a whole number: ${trimmed} is not.` };
	if (rules.min !== undefined && value < rules.min)
		return {
			ok: false,
			error:
				rules.min === 0
					? `A ${noun} can't be negative.`
					: `The smallest allowed is ${formatCount(rules.min)}.`
		};
	if (rules.max !== undefined && value > rules.max)
		return { ok: false, error: `Too large: the most allowed is ${formatCount(rules.max)}.` };
	return { ok: true, value };
}

function shorten(text: string): string {
	return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
