// Engine speed: fitScaler + transform on 100,000 rows × 10 features, per method.
// Target: <= 50 ms each in Node (the scaling widget refits on every control change).
// Run: npx vitest bench --run --project unit bench/scaling.bench.ts
// (vitest prints hz, min, max, mean, p75, p99… in ms). Without --project, vite.config.ts's two test
// projects both pick the file up (vitest's default benchmark.include) and run it at the same time,
// in Node and in jsdom, which skews the figures.
import { bench, describe } from 'vitest';
import { createRng } from '../src/lib/ml/random';
import { fitScaler, normalizeRows, SCALER_METHODS } from '../src/lib/ml/scaling';

const ROWS = 100_000;
const FEATURES = 10;

/**
 * Features on very different scales (10^-3 … 10^6), with 1 % outliers at 50×
 * and one constant column, as the scaling widget's data: the robust scaler's
 * selection and the constant-feature handling both get exercised.
 */
function makeData(): number[][] {
	const rng = createRng(2024);
	return Array.from({ length: ROWS }, () =>
		Array.from({ length: FEATURES }, (_, j) => {
			if (j === FEATURES - 1) return 7;
			const scale = 10 ** (j - 3);
			const outlier = rng.next() < 0.01 ? 50 : 1;
			return rng.normal(scale, scale) * outlier;
		})
	);
}

const X = makeData();
const options = { time: 1500, warmupIterations: 5 };

describe(`fitScaler + transform, ${ROWS.toLocaleString('en')} × ${FEATURES} (target <= 50 ms)`, () => {
	for (const method of SCALER_METHODS) {
		bench(method, () => {
			fitScaler(method, X).transform(X);
		}, options);
	}
});

describe('the parts: fit alone, transform alone', () => {
	for (const method of SCALER_METHODS) {
		bench(`fit ${method}`, () => {
			fitScaler(method, X);
		}, options);
	}
	const scaler = fitScaler('standard', X);
	bench('transform (any method: the same loop)', () => {
		scaler.transform(X);
	}, options);
	bench('normalizeRows l2', () => {
		normalizeRows(X);
	}, options);
});
