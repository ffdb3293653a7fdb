/** The overfitting widget's formulas as TeX, typeset at build time by the route's +page.server.ts. */
export function overfittingFormulas() {
	return {
		loss: String.raw`L = -\frac{1}{n}\sum_{i=1}^{n}\sum_{k} y_{ik}\ln p_{ik} \;+\; \lambda_2 \sum w^2 \;+\; \lambda_1 \sum |w|`,
		ridge: String.raw`\sum_{i \in \text{train}} (y_i - \hat y_i)^2 \;+\; \lambda \sum_{p=1}^{d} c_p^2`,
		rmse: String.raw`\mathrm{RMSE} = \sqrt{\tfrac{1}{n}\textstyle\sum_i (y_i - \hat y_i)^2}`
	};
}
