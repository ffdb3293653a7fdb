import { describe, expect, it } from 'vitest';
import type { Table } from '$lib/data/table';
import { MissingState } from '$lib/widgets/missing-data/State.svelte';
import { OutliersState } from '$lib/widgets/outliers/State.svelte';
import { ScalingState } from '$lib/widgets/feature-scaling/State.svelte';

/** A learner's file: a text column first, then three numeric ones. */
const upload: Table = {
	name: 'birds.csv',
	rowCount: 3,
	columns: [
		{ name: 'species', kind: 'categorical', values: ['a', 'b', 'a'], missing: 0 },
		{ name: 'mass_g', kind: 'numeric', values: [10, 20, 30], missing: 0 },
		{ name: 'length_mm', kind: 'numeric', values: [1, 2, 4], missing: 0 },
		{ name: 'wing_mm', kind: 'numeric', values: [5, 6, 7], missing: 0 }
	]
};

describe('the two-column states (feature scaling, missing values, outliers)', () => {
	it('open an upload on its first two numeric columns, in the fields each widget names them by', () => {
		const scaling = new ScalingState();
		scaling.useUpload(upload);
		expect([scaling.input.fx, scaling.input.fy]).toEqual(['mass_g', 'length_mm']);

		const missing = new MissingState();
		missing.useUpload(upload);
		expect([missing.input.col, missing.input.by]).toEqual(['mass_g', 'length_mm']);

		const outliers = new OutliersState();
		outliers.useUpload(upload);
		expect([outliers.input.col, outliers.input.col2]).toEqual(['mass_g', 'length_mm']);
		expect(outliers.input.src).toBe('upload');
		expect(outliers.table).toBe(upload);
		expect(outliers.numericColumns).toEqual(['mass_g', 'length_mm', 'wing_mm']);
	});

	it('show the columns the link names when the table has them, else its first two numeric ones', () => {
		const state = new OutliersState();
		state.useUpload(upload);
		state.input.col = 'wing_mm';
		state.input.col2 = 'mass_g';
		expect(state.columns).toEqual(['wing_mm', 'mass_g']);
		state.input.col2 = 'no such column';
		expect(state.columns).toEqual(['wing_mm', 'mass_g']);
		state.input.col = 'species';
		expect(state.columns).toEqual(['mass_g', 'length_mm']);
	});
});
