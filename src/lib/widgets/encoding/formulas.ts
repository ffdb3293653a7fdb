/** The encoders' formulas in TeX, typeset at build time by the page's +page.server.ts. */
export function encodingFormulas() {
	return {
		oneHot:
			'x_j = \\begin{cases} 1 & \\text{if } x = c_j \\\\ 0 & \\text{otherwise} \\end{cases} \\qquad j = 1, \\dots, k',
		uniform: 'e_i = \\min + i \\cdot \\frac{\\max - \\min}{k}, \\quad i = 0, \\dots, k',
		quantile: 'e_i = Q\\!\\left(\\tfrac{i}{k}\\right), \\quad i = 0, \\dots, k'
	};
}

export type EncodingFormulas = ReturnType<typeof encodingFormulas>;
