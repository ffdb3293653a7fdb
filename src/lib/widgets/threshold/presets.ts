/** Stories that set the scores and costs to make one lesson visible. */
import type { ThresholdUrlState } from './codec';

export interface Preset {
	id: string;
	name: string;
	/** What to look at, said once the story is applied. */
	story: string;
	settings: Partial<ThresholdUrlState>;
}

export const presets: Preset[] = [
	{
		id: 'imbalance',
		name: 'ROC hides rare positives',
		story:
			'A and B are the same classifier (same separation); only B\'s positives are rare (1%). The ROC curves lie on top of each other, the precision–recall curve of B collapses: most of what B flags is a false alarm.',
		settings: { src: 'simulated', n: 5000, pos: 50, bpos: 1, sep: 2, bsep: 2, sd: 1, cmp: 'on', hist: 'share', pick: 'f1' }
	},
	{
		id: 'better-model',
		name: 'Which model is better?',
		story: 'B separates the classes more than A: its ROC curve bows further to the top left, so its AUC and average precision are higher. Those areas sum up every threshold at once, so moving the threshold does not change them; it moves each model\'s point along its own curve.',
		settings: { src: 'simulated', n: 1000, pos: 20, bpos: 20, sep: 1.2, bsep: 2.5, sd: 1, cmp: 'on', pick: 'f1' }
	},
	{
		id: 'screening',
		name: 'Costly misses (screening)',
		story: 'A missed case costs 20 times a false alarm. The cheapest threshold drops far below 0.5: flag generously and let a second test sort out the false alarms.',
		settings: { src: 'simulated', n: 1000, pos: 10, sep: 2, sd: 1, cfp: 1, cfn: 20, cmp: 'off', pick: 'cost' }
	},
	{
		id: 'spam',
		name: 'Costly false alarms (spam filter)',
		story: 'Losing a real e-mail costs 20 times letting a spam through. The cheapest threshold rises well above 0.5: flag only what is almost surely spam.',
		settings: { src: 'simulated', n: 1000, pos: 40, sep: 2, sd: 1, cfp: 20, cfn: 1, cmp: 'off', pick: 'cost' }
	},
	{
		id: 'penguins',
		name: 'Real data: penguin sex',
		story: 'A logistic regression guesses a penguin\'s sex from its bill depth and body mass, fitted here in your browser; each score comes from a model that did not see that penguin. Compare with B, which uses flipper length alone.',
		settings: { src: 'penguins', fa: ['bill_depth_mm', 'body_mass_g'], fb: ['flipper_length_mm'], cmp: 'on', pick: 'f1' }
	}
];
