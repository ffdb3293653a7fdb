/**
 * The site's palette for categories (k-means clusters, groups): ten colours as CSS variables
 * that follow the theme (src/app.css, --cat-1 … --cat-10). Colour is never the only cue: charts
 * also number or name each category. A canvas resolves them with its painter's `colour`.
 */
export const categoryColours: readonly string[] = Array.from({ length: 10 }, (_, i) => `var(--cat-${i + 1})`);

/** The colour of category `i`, repeating after ten. */
export const categoryColour = (i: number) => categoryColours[i % categoryColours.length];
