/** The widget's formulas in TeX, typeset at build time by the page's +page.server.ts. */
export function pcaFormulas() {
	return {
		standardise:
			"x'_{ij} = \\frac{x_{ij} - \\bar{x}_j}{s_j}, \\quad s_j = \\sqrt{\\tfrac{1}{n} \\textstyle\\sum_i (x_{ij} - \\bar{x}_j)^2}",
		covariance:
			'C = \\frac{1}{n - 1} (X - \\bar{X})^\\top (X - \\bar{X}), \\quad C\\,v_j = \\lambda_j v_j, \\quad \\lambda_1 \\ge \\lambda_2 \\ge \\dots',
		ratio: 'r_j = \\frac{\\lambda_j}{\\sum_l \\lambda_l}, \\quad \\text{cumulative}_k = \\sum_{j \\le k} r_j',
		scores:
			'z_{ij} = (x_i - \\bar{x}) \\cdot v_j, \\quad \\text{share of feature } f \\text{ in } v_1 = v_{1f}^2',
		reconstruction:
			'\\hat{x}_i = \\bar{x} + \\sum_{j \\le k} z_{ij} v_j, \\quad \\frac{\\sum_i \\lVert x_i - \\hat{x}_i \\rVert^2}{\\sum_i \\lVert x_i - \\bar{x} \\rVert^2} = \\sum_{j > k} r_j',
		separation:
			'\\eta^2_j = \\frac{\\sum_g n_g (\\bar{z}_{gj} - \\bar{z}_j)^2}{\\sum_i (z_{ij} - \\bar{z}_j)^2}'
	};
}

/** The name of one of the widget's formulas. */
export type FormulaName = keyof ReturnType<typeof pcaFormulas>;
