/** The overfitting widget's number formats, shared by its story, callouts and charts. */

/** A loss in nats, to three decimals ("0.693"). */
export const formatLoss = (value: number): string => value.toFixed(3);

/** An accuracy in [0, 1] as a percentage to one decimal ("87.5%"): the site's one percentage format. */
export { formatPercent as formatAccuracy } from '$lib/format/format';

/**
 * An RMSE or a coefficient: 3 decimals, or 3 significant digits in e-notation once a wild fit's
 * numbers pass 10,000, with a true minus sign; "—" where there is no fit.
 */
export const formatRmse = (value: number | null): string =>
	value === null
		? '—'
		: (Math.abs(value) >= 1e4 ? value.toExponential(2) : value.toFixed(3)).replaceAll('-', '−');
