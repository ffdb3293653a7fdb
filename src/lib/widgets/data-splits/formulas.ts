/** The data-splits widget's formulas in TeX, typeset at build time by the page's +page.server.ts. */
export function splitsFormulas() {
	return {
		sizes:
			'n_{\\text{val}} = \\lceil f_{\\text{val}} \\cdot n \\rceil,\\quad n_{\\text{test}} = \\lceil f_{\\text{test}} \\cdot n \\rceil,\\quad n_{\\text{train}} = n - n_{\\text{val}} - n_{\\text{test}}',
		share: '\\text{share of positives} = \\frac{\\text{positives in the part}}{\\text{rows in the part}}',
		auc: '\\text{AUC} = \\frac{\\text{pairs won} + \\tfrac{1}{2}\\,\\text{ties}}{\\text{positives} \\times \\text{negatives}}'
	};
}

export type SplitsFormulas = Record<keyof ReturnType<typeof splitsFormulas>, string>;
