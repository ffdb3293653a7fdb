/** The cross-validation widget's formulas in TeX, typeset at build time by the page's +page.server.ts. */
export function cvFormulas() {
	return {
		foldSizes:
			'n = q\\,k + r:\\quad r \\text{ folds of } \\lceil n/k \\rceil,\\quad k - r \\text{ of } \\lfloor n/k \\rfloor',
		timeSeriesSize: '\\text{test fold} = \\lfloor n / (k + 1) \\rfloor',
		mean: '\\bar{s} = \\frac{1}{k} \\sum_{i=1}^{k} s_i',
		sd: '\\mathrm{sd} = \\sqrt{\\frac{1}{k} \\sum_{i=1}^{k} (s_i - \\bar{s})^2}'
	};
}

export type CvFormulas = Record<keyof ReturnType<typeof cvFormulas>, string>;
