/**
 * The regression-metrics widget's default points and the numbers NumPy gives for them, derived in
 * a throwaway script (np.polyfit(x, y, 1) for the line; e = y − ŷ; the metrics by their
 * definitions), not read from the widget's code.
 */
import { RegressionState } from '$lib/widgets/regression-metrics/State.svelte';

export const defaultX = [1, 2, 3, 4, 5, 6, 7, 8];
export const defaultY = [1.2, 3.6, 2.7, 5.6, 4.3, 6.9, 8.2, 6.9];

export const numpy = {
	/** np.polyfit(x, y, 1) on the default points. */
	line: { slope: 0.8833333333333335, intercept: 0.9499999999999988 },
	/** The least-squares line on the default points. */
	defaults: {
		mae: 0.9291666666666667,
		mse: 0.8979166666666669,
		rmse: 0.947584648813322,
		r2: 0.8202144078755266
	},
	/** The default line kept fixed, P8's actual raised by 10. */
	big10: { mae: 1.9, rmse: 3.2567238138964125, share: 0.9300366660119165 },
	/** The default line kept fixed, every prediction 3 higher; the mean's MSE is np.var(y). */
	bias3: { mse: 9.897916666666665, r2: -0.9818128728152502, mean: 4.925, baselineMse: 4.994375 },
	/** P1's actual at 0.1, the line refitted: P1's error and MAPE. */
	nearZero: { mae: 1.0437499999999997, mape: 1.7736377351962054, p1Error: -1.275, p1Percent: 12.75 }
};

/** A fresh widget state opened from `query` (a link). */
export function openState(query = ''): RegressionState {
	const state = new RegressionState();
	state.load(new URLSearchParams(query));
	return state;
}

/** A state on story step `id`, opened as its link or a click does. */
export function storyState(id: string): RegressionState {
	const state = new RegressionState();
	state.applyStep(state.steps.find((step) => step.id === id)!);
	return state;
}
