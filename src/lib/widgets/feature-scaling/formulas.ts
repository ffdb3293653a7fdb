/** The scalers' formulas in TeX, typeset at build time by the page's +page.server.ts. */
import type { Compared } from './codec';

export function scalingFormulas(): Record<Compared, string> {
	return {
		standard: "x' = \\frac{x - \\mu}{\\sigma}",
		minmax: "x' = \\frac{x - \\min}{\\max - \\min}",
		maxabs: "x' = \\frac{x}{\\max |x|}",
		robust: "x' = \\frac{x - \\text{median}}{Q_3 - Q_1}",
		normalize: "x'_j = \\frac{x_j}{\\sqrt{x_1^2 + x_2^2}}"
	};
}
