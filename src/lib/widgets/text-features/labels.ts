/** The words the controls show for each value of the text-features link fields. */
import type { NgramChoice, OnOff, Weighting } from './codec';

export const ngramLabels: Record<NgramChoice, string> = {
	'1-1': 'Words (1, 1)',
	'1-2': 'Words and pairs (1, 2)',
	'1-3': 'Up to triples (1, 3)',
	'2-2': 'Pairs only (2, 2)',
	'2-3': 'Pairs and triples (2, 3)',
	'3-3': 'Triples only (3, 3)'
};
export const stopLabels: Record<'keep' | 'english', string> = {
	keep: 'Keep every word',
	english: 'Drop English stop words'
};
export const weightLabels: Record<Weighting, string> = {
	count: 'Counts (CountVectorizer)',
	tfidf: 'TF-IDF (TfidfVectorizer)'
};
export const onOffLabels: Record<OnOff, string> = { on: 'On', off: 'Off' };
export const normLabels: Record<'l2' | 'none', string> = { l2: 'L2 (unit length)', none: 'None' };
