/**
 * A generated table of 500 shop customers (seeded, so every visitor sees the same rows): the
 * columns that real tables rarely show side by side. An id and a ZIP-code-like column with
 * hundreds of values (high cardinality), a nominal colour, an ordinal plan (whose
 * alphabetical order, basic < premium < standard, is the wrong one), a right-skewed income
 * that rises with the plan, and a currency and VAT rate that never change (one distinct value).
 */
import type { Column, Table } from '$lib/data/table';
import { createRng } from '$lib/ml/random';

export const SHOP_ROWS = 500;

export function shopTable(): Table {
	const rng = createRng(2024);
	const colours = ['red', 'green', 'blue', 'black', 'white'];
	const rows = Array.from({ length: SHOP_ROWS }, (_, i) => {
		// cubing a uniform draw crowds the customers into the first ZIP codes: a few common, many rare
		const zip = String(10000 + 7 * Math.floor(600 * rng.next() ** 3));
		const u = rng.next();
		const level = u < 0.5 ? 0 : u < 0.8 ? 1 : 2;
		const plan = ['basic', 'standard', 'premium'][level];
		// log-normal: most incomes between 30,000 and 50,000, a long tail past 150,000; richer customers buy bigger plans
		const income = Math.round(Math.exp(rng.normal(10.35 + 0.25 * level, 0.6)) / 100) * 100;
		return {
			id: `C${String(i + 1).padStart(4, '0')}`,
			zip,
			colour: colours[rng.int(colours.length)],
			plan,
			income
		};
	});
	// each column as (name, how to read it from a row); the last two are the same in every row
	const picks: [string, (row: (typeof rows)[number]) => string | number][] = [
		['customer_id', (r) => r.id],
		['zip', (r) => r.zip],
		['colour', (r) => r.colour],
		['plan', (r) => r.plan],
		['income', (r) => r.income],
		['currency', () => 'EUR'],
		['vat_rate', () => 20]
	];
	const columns = picks.map(([name, pick]): Column => {
		const values = rows.map(pick);
		return typeof values[0] === 'number'
			? { name, kind: 'numeric', values: values as number[], missing: 0 }
			: { name, kind: 'categorical', values: values as string[], missing: 0 };
	});
	return { name: 'shop (generated)', rowCount: SHOP_ROWS, columns };
}
