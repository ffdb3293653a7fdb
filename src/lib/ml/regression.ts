/**
 * Polynomial regression on one feature, by least squares or ridge: the closed-form
 * picture of bias and variance. Conventions as scikit-learn's `PolynomialFeatures`
 * (include_bias: the first column is 1) followed by `LinearRegression` or `Ridge`
 * (fit_intercept: the intercept is not penalised).
 */
import { leastSquares } from './linalg';

/** The rows [1, x, x², …, x^degree] for each x (scikit-learn's PolynomialFeatures on one feature). */
export function polynomialFeatures(x: readonly number[], degree: number): number[][] {
	checkDegree(degree);
	return x.map((value) => {
		const row = [1];
		for (let p = 1; p <= degree; p++) row.push(row[p - 1] * value);
		return row;
	});
}

export interface PolynomialFit {
	/** coefficients[p] multiplies x^p; coefficients[0] is the intercept. */
	coefficients: number[];
	degree: number;
	l2: number;
	predict(x: readonly number[]): number[];
}

/**
 * Fits y ≈ Σ c_p x^p for p = 0…degree, minimising ‖y − Xc‖² + l2·Σ_{p≥1} c_p² (the
 * intercept c₀ unpenalised, as scikit-learn's Ridge). With l2 = 0 this is ordinary least
 * squares. Solved as centred least squares, augmented by √l2·I for ridge, through QR.
 * Throws for mismatched lengths, a bad degree or penalty, or too few distinct x for the
 * degree without a penalty (the fit would not be unique).
 */
export function fitPolynomial(
	x: readonly number[],
	y: readonly number[],
	degree: number,
	{ l2 = 0 } = {}
): PolynomialFit {
	checkDegree(degree);
	if (x.length !== y.length)
		throw new Error(`fitPolynomial needs as many y as x; got ${x.length} and ${y.length}`);
	if (x.length === 0) throw new Error('fitPolynomial needs at least one point');
	if (!(Number.isFinite(l2) && l2 >= 0))
		throw new Error(`the ridge penalty must be a number >= 0; got ${l2}`);
	if (![...x, ...y].every(Number.isFinite)) throw new Error('fitPolynomial needs finite x and y');
	const distinct = new Set(x).size;
	if (l2 === 0 && distinct <= degree) {
		throw new Error(
			`a degree-${degree} polynomial needs at least ${degree + 1} distinct x values without a penalty; got ${distinct}`
		);
	}
	const n = x.length;
	// Centre the powers x¹…x^d and y: the intercept then drops out and is recovered from the means.
	const powers = polynomialFeatures(x, degree).map((row) => row.slice(1));
	const powerMeans = Array.from(
		{ length: degree },
		(_, j) => powers.reduce((sum, row) => sum + row[j], 0) / n
	);
	const yMean = y.reduce((sum, v) => sum + v, 0) / n;
	const weights =
		degree === 0
			? []
			: leastSquares(
					[
						...powers.map((row) => row.map((v, j) => v - powerMeans[j])),
						...(l2 > 0
							? Array.from({ length: degree }, (_, i) =>
									Array.from({ length: degree }, (_, j) => (i === j ? Math.sqrt(l2) : 0))
								)
							: [])
					],
					[...y.map((v) => v - yMean), ...(l2 > 0 ? new Array<number>(degree).fill(0) : [])]
				);
	const intercept = yMean - weights.reduce((sum, w, j) => sum + w * powerMeans[j], 0);
	const coefficients = [intercept, ...weights];
	return {
		coefficients,
		degree,
		l2,
		predict: (xs) => xs.map((value) => coefficients.reduceRight((acc, c) => acc * value + c, 0))
	};
}

function checkDegree(degree: number): void {
	if (!Number.isInteger(degree) || degree < 0 || degree > 30)
		throw new Error(`the degree must be a whole number from 0 to 30; got ${degree}`);
}
