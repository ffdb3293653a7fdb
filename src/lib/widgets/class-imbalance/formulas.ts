/** The widget's formulas in TeX, typeset at build time by the page's +page.server.ts. */
export function imbalanceFormulas() {
	return {
		weight: 'w_c = \\frac{n}{K \\cdot n_c}',
		scalePosWeight:
			'\\texttt{scale\\_pos\\_weight} \\approx \\frac{n_{\\text{neg}}}{n_{\\text{pos}}} = \\frac{w_1}{w_0}',
		smote:
			'x_{\\text{new}} = x_i + \\lambda\\,(x_{j} - x_i), \\qquad \\lambda \\sim U[0, 1),\\; x_j \\in \\text{kNN}_k(x_i) \\text{ among positives}',
		loss: '\\min_{w, b}\\; \\tfrac{1}{2}\\lVert w \\rVert^2 + C \\sum_i s_i \\left[\\log\\!\\left(1 + e^{z_i}\\right) - y_i z_i\\right], \\quad z_i = w^\\top x_i + b,\\; C = 1',
		scores:
			'\\text{recall} = \\frac{TP}{TP + FN}, \\quad \\text{precision} = \\frac{TP}{TP + FP}, \\quad F_1 = \\frac{2\\,TP}{2\\,TP + FP + FN}',
		ap: '\\text{PR-AUC} = \\text{AP} = \\sum_n (R_n - R_{n-1})\\, P_n'
	};
}

/** The name of one of the widget's formulas. */
export type FormulaKey = keyof ReturnType<typeof imbalanceFormulas>;
