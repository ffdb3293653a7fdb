/** The k-means widget's formulas in TeX, typeset at build time by the page's +page.server.ts. */
export function kMeansFormulas() {
	return {
		inertia: 'J = \\sum_{i=1}^{n} \\lVert x_i - \\mu_{c(i)} \\rVert^2',
		silhouette: 's(i) = \\frac{b(i) - a(i)}{\\max\\{a(i),\\, b(i)\\}}'
	};
}
