/** The text-features formulas in TeX, typeset at build time by the page's +page.server.ts. */
export function textFormulas() {
	return {
		smoothIdf: '\\operatorname{idf}(t) = \\ln\\frac{1 + n}{1 + \\operatorname{df}(t)} + 1',
		plainIdf: '\\operatorname{idf}(t) = \\ln\\frac{n}{\\operatorname{df}(t)} + 1',
		sublinear: '\\operatorname{tf}\\,\\to\\, 1 + \\ln \\operatorname{tf} \\quad (\\operatorname{tf} > 0)',
		weight:
			'w_{d,t} = \\frac{\\operatorname{tf}_{d,t} \\cdot \\operatorname{idf}(t)}{\\sqrt{\\sum_{u} \\left(\\operatorname{tf}_{d,u} \\cdot \\operatorname{idf}(u)\\right)^2}}',
		cosine: '\\cos(a, b) = \\frac{a \\cdot b}{\\lVert a \\rVert \\, \\lVert b \\rVert}'
	};
}

export type TextFormulaKey = keyof ReturnType<typeof textFormulas>;
