/** The hyperparameter-search widget's formulas in TeX, typeset at build time by its +page.server.ts. */
export function searchFormulas() {
	return {
		grid: 'k = \\lfloor n^{1/d} \\rfloor \\text{ values per hyperparameter, } k^d \\le n \\text{ trials}',
		logScale: 'x = x_{\\min} \\left(\\tfrac{x_{\\max}}{x_{\\min}}\\right)^{u}, \\quad u \\sim U(0, 1)',
		kernel: "k(x, x') = \\sigma^2 \\exp\\!\\left(-\\frac{\\lVert x - x' \\rVert^2}{2\\ell^2}\\right)",
		posterior:
			'\\mu(x) = m + k_*^{\\top}(K + \\sigma_n^2 I)^{-1}(y - m), \\quad \\sigma^2(x) = k(x, x) - k_*^{\\top}(K + \\sigma_n^2 I)^{-1}k_*',
		ei: '\\mathrm{EI}(x) = (\\mu - f^* - \\xi)\\,\\Phi(z) + \\sigma\\,\\varphi(z), \\quad z = \\frac{\\mu - f^* - \\xi}{\\sigma}',
		halving:
			'n_0 = 3B \\text{ at } \\tfrac{1}{9},\\ \\tfrac{n_0}{3} \\text{ at } \\tfrac{1}{3},\\ \\tfrac{n_0}{9} \\text{ in full: cost} \\le B'
	};
}

/** The name of one of the widget's formulas. */
export type FormulaKey = keyof ReturnType<typeof searchFormulas>;
