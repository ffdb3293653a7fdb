/** What the page calls each strategy, surface and scale (the select's labels, the legends, the sentences). */
import type { ObjectiveId, Scale, Strategy } from './codec';
import { objectives } from './objectives';

export const strategyNames: Record<Strategy, string> = {
	grid: 'Grid search',
	random: 'Random search',
	bayes: 'Bayesian search',
	hyperband: 'Hyperband (successive halving)'
};

/** The strategy select's words: short, so they fit the controls' column. */
export const strategyLabels: Record<Strategy, string> = {
	grid: 'Grid',
	random: 'Random',
	bayes: 'Bayesian',
	hyperband: 'Hyperband'
};

/** Each strategy's colour in the best-so-far chart and the table. */
export const strategyColours: Record<Strategy, string> = {
	grid: 'var(--cat-3)',
	random: 'var(--cat-1)',
	bayes: 'var(--cat-5)',
	hyperband: 'var(--cat-7)'
};

export const objectiveNames = Object.fromEntries(
	Object.values(objectives).map((o) => [o.id, o.label])
) as Record<ObjectiveId, string>;

export const scaleNames: Record<Scale, string> = {
	linear: 'Linear',
	log: 'Logarithmic'
};
