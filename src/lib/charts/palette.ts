/**
 * The site's palette for categories (k-means clusters, groups): ten colours as CSS variables
 * that follow the theme (src/app.css, --cat-1 … --cat-10). Colour is never the only cue: charts
 * also number or name each category. A canvas resolves them with its painter's `colour`.
 */
export const categoryColours: readonly string[] = Array.from({ length: 10 }, (_, i) => `var(--cat-${i + 1})`);

/** The colour of category `i`, repeating after ten. */
export const categoryColour = (i: number) => categoryColours[i % categoryColours.length];

/**
 * The colours of a classifier's classes 0, 1, 2… (scatter plots, decision boundaries, their
 * legends): the two classes of a binary problem first, as the confusion-matrix colours have them.
 */
export const classColours: readonly string[] = [
	'var(--class-neg)',
	'var(--class-pos)',
	'var(--tp)',
	'var(--series-b)',
	'var(--fn)',
	'var(--muted)'
];
