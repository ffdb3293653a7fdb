/** The gradient-descent widget's formulas in TeX, typeset at build time by its +page.server.ts. */
import { bowl, longBowl, twoMinima, valley } from '$lib/ml/lossSurfaces';
import { logisticTex } from '$lib/ml/logisticSurface';

export function gradientFormulas() {
	return {
		plain: String.raw`w \leftarrow w - \eta\,\nabla L(w)`,
		momentum: String.raw`v \leftarrow \beta v - \eta\,\nabla L(w),\quad w \leftarrow w + v`,
		nesterov: String.raw`v \leftarrow \beta v - \eta\,\nabla L(w + \beta v),\quad w \leftarrow w + v`,
		rmsprop: String.raw`s \leftarrow \rho s + (1 - \rho)\,g^2,\quad w \leftarrow w - \frac{\eta\, g}{\sqrt{s} + \epsilon}`,
		adam: String.raw`m \leftarrow \beta_1 m + (1 - \beta_1) g,\ \ v \leftarrow \beta_2 v + (1 - \beta_2) g^2,\ \ w \leftarrow w - \eta\,\frac{m / (1 - \beta_1^t)}{\sqrt{v / (1 - \beta_2^t)} + \epsilon}`,
		square: String.raw`w \leftarrow w - \eta \cdot 2w = (1 - 2\eta)\,w`,
		bowl: bowl.tex,
		long: longBowl.tex,
		valley: valley.tex,
		two: twoMinima.tex,
		logistic: logisticTex
	};
}
