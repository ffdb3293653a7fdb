/** The widget's formulas in TeX, typeset at build time by the page's +page.server.ts. */
export function regressionFormulas() {
	return {
		residual: 'e_i = y_i - \\hat{y}_i',
		mae: '\\text{MAE} = \\tfrac{1}{n} \\textstyle\\sum_i \\lvert e_i \\rvert',
		mse: '\\text{MSE} = \\tfrac{1}{n} \\textstyle\\sum_i e_i^2',
		rmse: '\\text{RMSE} = \\sqrt{\\text{MSE}}',
		r2: 'R^2 = 1 - \\dfrac{\\sum_i e_i^2}{\\sum_i (y_i - \\bar{y})^2} = 1 - \\dfrac{\\text{MSE}}{\\text{MSE}_{\\bar{y}}}',
		mape: '\\text{MAPE} = \\tfrac{1}{n} \\textstyle\\sum_i \\dfrac{\\lvert e_i \\rvert}{\\max(\\lvert y_i \\rvert,\\ \\varepsilon)}'
	};
}

/** The name of one of the widget's formulas. */
export type FormulaKey = keyof ReturnType<typeof regressionFormulas>;
