/** The widget's formulas in TeX, typeset at build time by the page's +page.server.ts. */
import type { Method } from './codec';

export type FormulaKey = Method | 'shrink' | 'std' | 'r';

export function missingFormulas(): Record<FormulaKey, string> {
	return {
		'drop-rows':
			'n_{\\text{kept}} = n - n_{\\text{missing}}, \\qquad \\text{bias} = \\bar{x}_{\\text{kept}} - \\bar{x}_{\\text{true}}',
		'drop-column': 'X = [\\,x, y, \\dots] \\;\\to\\; [\\,y, \\dots]',
		mean: '\\hat{x} = \\bar{x}_{\\text{obs}} = \\frac{1}{n_{\\text{obs}}} \\sum_{i \\in \\text{obs}} x_i',
		median: '\\hat{x} = \\operatorname{median}(x_{\\text{obs}})',
		most_frequent:
			'\\hat{x} = \\arg\\max_v \\; \\#\\{ i : x_i = v \\} \\quad (\\text{smallest } v \\text{ on a tie})',
		constant: '\\hat{x} = c',
		knn: '\\hat{x}_i = \\frac{1}{k} \\sum_{j \\in N_k(i)} x_j, \\qquad d(a, b) = \\sqrt{\\tfrac{p}{p_{\\text{present}}} \\sum_{\\text{present } l} (a_l - b_l)^2}',
		indicator:
			'm_i = \\begin{cases} 1 & x_i \\text{ was missing} \\\\ 0 & \\text{otherwise} \\end{cases}, \\qquad \\hat{x} = \\bar{x}_{\\text{obs}}',
		shrink: '\\sigma_{\\text{after}} = \\sigma_{\\text{obs}} \\sqrt{\\frac{n_{\\text{obs}}}{n}}',
		std: '\\sigma = \\sqrt{\\frac{1}{n} \\sum_i (x_i - \\bar{x})^2}',
		r: 'r = \\frac{\\sum_i (x_i - \\bar{x})(y_i - \\bar{y})}{\\sqrt{\\sum_i (x_i - \\bar{x})^2 \\, \\sum_i (y_i - \\bar{y})^2}}'
	};
}
