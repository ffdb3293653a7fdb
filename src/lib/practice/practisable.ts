/**
 * What practice can ask about: the exam domains and tasks that have a widget with a practice
 * source. Light on purpose (the catalog and the source table, whose widgets load on demand):
 * the home page's progress panel reads it.
 */
import { domains, widgets, type Domain } from '$lib/catalog';
import { practiceSources } from './sources';

/** The task number of a task statement: "3.5 Evaluate ML models" → "3.5". */
export const taskNumber = (task: string) => task.split(' ')[0];

const practisable = widgets.filter((w) => w.slug in practiceSources);

/** The tasks that have a widget to ask about them, with their statements, in exam order. */
export const practisableTasks: { number: string; statement: string; domain: Domain['id'] }[] = [
	...new Map(
		practisable.map((w) => [
			taskNumber(w.task),
			{ number: taskNumber(w.task), statement: w.task, domain: w.domain }
		])
	).values()
].sort((a, b) => a.number.localeCompare(b.number));

/** The domains that have a widget to ask about them. */
export const practisableDomains: Domain['id'][] = domains
	.map((d) => d.id)
	.filter((id) => practisable.some((w) => w.domain === id));
