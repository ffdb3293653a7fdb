import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '$lib/ml/realTables';
import type { Table } from '$lib/data/table';
import { EncodingState } from '$lib/widgets/encoding/State.svelte';
import { MissingState } from '$lib/widgets/missing-data/State.svelte';
import { ScalingState } from '$lib/widgets/feature-scaling/State.svelte';

const cars = parseCsvTable('cars', readFileSync('static/data/cars.csv', 'utf8'));
/** A learner's file: two numeric columns, no categorical one. */
const upload: Table = {
	name: 'birds.csv',
	rowCount: 3,
	columns: [
		{ name: 'mass_g', kind: 'numeric', values: [10, 20, 30], missing: 0 },
		{ name: 'length_mm', kind: 'numeric', values: [1, 2, 4], missing: 0 }
	]
};

describe('the table source every table-taking state shares', () => {
	it('says under the upload box which table a link made with a file opens, the same one its notice names', () => {
		const scaling = new ScalingState();
		scaling.load(new URLSearchParams('src=upload'));
		const opened = scaling.linkProblems.join(' ').match(/showing (.+) instead/)?.[1];
		expect(opened).toBeTruthy();
		expect(scaling.uploadNote).toContain(`opens ${opened}.`);
		expect(new EncodingState().uploadNote).not.toBe(scaling.uploadNote);
	});

	it('shows the real table the link names once it has loaded, nothing while it loads, nothing for generated data', () => {
		const state = new ScalingState();
		state.load(new URLSearchParams('src=cars'));
		expect(state.table).toBeNull(); // still loading
		state.realTables.loaded = { cars };
		expect(state.table).toBe(cars);
		state.setSource('blobs');
		expect(state.table).toBeNull();
	});

	it('shows the upload once the learner loads one, and the choice of it alone shows nothing', () => {
		const state = new ScalingState();
		state.setSource('upload');
		expect(state.table).toBeNull();
		state.useUpload(upload);
		expect(state.input.src).toBe('upload');
		expect(state.table).toBe(upload);
		expect(state.columns).toEqual(['mass_g', 'length_mm']);
	});

	it('reopens the upload on a link naming it ("Show me") only while one is open', () => {
		const fresh = new MissingState();
		fresh.load(new URLSearchParams('src=upload'));
		expect(fresh.input.src).toBe('penguins');
		expect(fresh.linkProblems.length).toBe(1);

		const open = new MissingState();
		open.useUpload(upload);
		open.load(new URLSearchParams('src=upload&col=length_mm&by=mass_g'));
		expect(open.input.src).toBe('upload');
		expect(open.linkProblems).toEqual([]);
		expect(open.columns).toEqual(['length_mm', 'mass_g']);
	});

	it('keeps a widget’s own built-in table (the generated shop) beside the shared source', () => {
		const state = new EncodingState();
		state.setSource('shop');
		expect(state.table).toBe(state.shop);
		state.useUpload(upload);
		expect(state.table).toBe(upload);
		expect(state.column).toBeNull(); // the file has no categorical column
	});
});
