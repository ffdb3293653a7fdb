/** The widget's formulas in TeX, typeset at build time by the page's +page.server.ts. */
export function regularizationFormulas() {
	return {
		lasso: '\\min_{w,b}\\; \\frac{1}{2n}\\lVert y - Xw - b \\rVert_2^2 + \\lambda \\lVert w \\rVert_1',
		ridge:
			'\\min_{w,b}\\; \\lVert y - Xw - b \\rVert_2^2 + \\alpha \\lVert w \\rVert_2^2, \\qquad \\alpha = n\\,\\lambda',
		enet: '\\min_{w,b}\\; \\frac{1}{2n}\\lVert y - Xw - b \\rVert_2^2 + \\lambda\\,\\rho \\lVert w \\rVert_1 + \\frac{\\lambda (1-\\rho)}{2} \\lVert w \\rVert_2^2',
		soft: 'w_j \\leftarrow \\frac{\\operatorname{sign}(z_j)\\,\\max(\\lvert z_j \\rvert - n\\lambda\\rho,\\, 0)}{x_j^\\top x_j + n\\lambda(1-\\rho)}, \\qquad z_j = x_j^\\top (y - Xw + x_j w_j)',
		standard:
			"x'_{ij} = \\frac{x_{ij} - \\bar{x}_j}{\\sigma_j} \\quad (\\bar{x}_j,\\ \\sigma_j \\text{ from the training rows})",
		rmse: '\\text{RMSE} = \\sqrt{\\tfrac{1}{m} \\textstyle\\sum_i (y_i - \\hat{y}_i)^2}'
	};
}

/** The name of one of the widget's formulas. */
export type FormulaKey = keyof ReturnType<typeof regularizationFormulas>;
