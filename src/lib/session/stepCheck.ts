/**
 * What a plan's step opens, read with the widget's own codec (the registry's): its title, a
 * short summary of the settings it changes, and the problems its link has (an unknown widget,
 * fields the codec refuses), so /session reports a bad step instead of opening it blind.
 */
import { registry } from '$lib/kit/registry';
import type { PlanStep } from './plan';

export interface StepReading {
	/** The widget's title, or null when the slug names no widget of this site. */
	title: string | null;
	/** The fields the step sets away from the widget's defaults, "n 5000 · pos 50 · …". */
	summary: string;
	/** One sentence per problem, empty when the step opens exactly as it was captured. */
	problems: string[];
}

/** Fields a summary names before "and N more". */
const SUMMARY_FIELDS = 5;
/** Longest value quoted in a summary, characters. */
const VALUE_LENGTH = 24;

/** Reads a step with its widget's codec. */
export function readStep(step: PlanStep): StepReading {
	const entry = registry.find((r) => r.widget.slug === step.slug);
	if (!entry) {
		return {
			title: null,
			summary: '',
			problems: [`It names a widget this site does not have (“${step.slug}”), so it cannot be opened.`]
		};
	}
	const { codec, widget } = entry;
	const { value, problems } = codec.decode(new URLSearchParams(step.query));
	const defaults = codec.defaults() as Record<string, unknown>;
	const fields = codec.fields as Record<
		string,
		{ format(v: unknown): string; equals?(a: unknown, b: unknown): boolean }
	>;
	const changed = Object.keys(fields)
		.filter((key) => key !== 'q')
		.filter((key) => {
			const field = fields[key];
			const a = (value as Record<string, unknown>)[key];
			return !(field.equals ? field.equals(a, defaults[key]) : a === defaults[key]);
		})
		.map((key) => {
			const text = fields[key].format((value as Record<string, unknown>)[key]);
			return `${key} ${text.length > VALUE_LENGTH ? `${text.slice(0, VALUE_LENGTH)}…` : text}`;
		});
	const more = changed.length - SUMMARY_FIELDS;
	const summary =
		changed.length === 0
			? "the widget's defaults"
			: changed.slice(0, SUMMARY_FIELDS).join(' · ') + (more > 0 ? ` · and ${more} more` : '');
	return {
		title: widget.title,
		summary,
		problems
	};
}
