import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import FlaggedSummary from '$lib/widgets/threshold/FlaggedSummary.svelte';

/** The three sentences as read, whitespace collapsed. */
const sentences = () =>
	screen.getAllByRole('listitem').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('FlaggedSummary', () => {
	it('says "1 sample", "1 positive", "1 false alarm" with verbs that agree', () => {
		// 1 positive (caught), 1 negative (a false alarm): 2 samples, both flagged
		render(FlaggedSummary, { counts: { tp: 1, fp: 1, fn: 0, tn: 0 }, threshold: 0.5 });
		expect(sentences()).toEqual([
			'2 of 2 samples score at least 0.500 and are flagged: 1 rightly, 1 false alarm.',
			'0 of 1 positive score below it and are missed.',
			'0 of 1 negative are rightly left alone.'
		]);
	});

	it('a single flagged sample and a single miss take the singular verb', () => {
		render(FlaggedSummary, { counts: { tp: 1, fp: 0, fn: 1, tn: 18 }, threshold: 0.9 });
		expect(sentences()).toEqual([
			'1 of 20 samples scores at least 0.900 and is flagged: 1 rightly, 0 false alarms.',
			'1 of 2 positives scores below it and is missed.',
			'18 of 18 negatives are rightly left alone.'
		]);
	});
});
