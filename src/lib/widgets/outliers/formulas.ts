/** The widget's formulas in TeX, typeset at build time by the page's +page.server.ts. */
export function outlierFormulas() {
	return {
		fences:
			'Q_1 - k \\cdot \\mathrm{IQR} \\;\\text{ and }\\; Q_3 + k \\cdot \\mathrm{IQR}, \\quad \\mathrm{IQR} = Q_3 - Q_1',
		z: 'z_i = \\frac{x_i - \\bar{x}}{s}, \\quad |z_i| > c \\text{ is flagged}',
		mean: '\\bar{x} = \\frac{1}{n} \\sum_i x_i',
		std: 's = \\sqrt{\\frac{1}{n} \\sum_i (x_i - \\bar{x})^2}',
		skew: 'g_1 = \\frac{m_3}{m_2^{3/2}}, \\quad m_k = \\frac{1}{n} \\sum_i (x_i - \\bar{x})^k',
		log: "x' = \\log(1 + x)",
		slope:
			'b = \\frac{\\sum_i (x_i - \\bar{x})(y_i - \\bar{y})}{\\sum_i (x_i - \\bar{x})^2}, \\quad a = \\bar{y} - b\\,\\bar{x}'
	};
}

/** The name of one of the widget's formulas. */
export type FormulaName = keyof ReturnType<typeof outlierFormulas>;
