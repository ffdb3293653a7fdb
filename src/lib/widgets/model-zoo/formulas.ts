/** The widget's formulas in TeX, typeset at build time by the page's +page.server.ts. */
export function zooFormulas() {
	return {
		logistic:
			'P(y = 1 \\mid x) = \\sigma\\big(b + w^\\top \\phi(x)\\big), \\qquad \\sigma(z) = \\frac{1}{1 + e^{-z}}',
		poly: '\\phi(x) = \\big(x_1^{\\,i}\\, x_2^{\\,j}\\big)_{1 \\le i + j \\le d}, \\qquad \\text{parameters} = \\tfrac{(d+1)(d+2)}{2}',
		knn: '\\hat{P}(y = 1 \\mid x) = \\frac{1}{k} \\sum_{j \\in N_k(x)} y_j, \\qquad \\hat{y} = [\\hat{P} > \\tfrac12]',
		gini: 'G = 1 - \\sum_c p_c^2, \\qquad \\text{split} = \\arg\\min \\; n_L G_L + n_R G_R',
		forest: '\\hat{P}(y = c \\mid x) = \\frac{1}{T} \\sum_{t=1}^{T} \\hat{P}_t(y = c \\mid x)',
		prior: 'F_0 = \\log \\frac{\\bar{y}}{1 - \\bar{y}}',
		residual: 'r_i = y_i - \\sigma\\big(F_{m-1}(x_i)\\big)',
		leaf: '\\gamma_{\\text{leaf}} = \\frac{\\sum_{i \\in \\text{leaf}} r_i}{\\sum_{i \\in \\text{leaf}} p_i (1 - p_i)}',
		update: 'F_m(x) = F_{m-1}(x) + \\eta \\, \\gamma_{\\text{leaf}(x)}'
	};
}

/** The name of one of the widget's formulas. */
export type ZooFormulaKey = keyof ReturnType<typeof zooFormulas>;
