/**
 * The bag-of-words panel with tiny vocabularies, rendered in Svelte's dev mode (which checks
 * keyed blocks): `/encoding?text=Hello` once threw `each_key_duplicate` on every keystroke.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import BagOfWordsPanel from '$lib/widgets/encoding/BagOfWordsPanel.svelte';
import { EncodingState } from '$lib/widgets/encoding/State.svelte';

function mount(text: string, ng: string) {
	const widget = new EncodingState();
	widget.load(new URLSearchParams({ text, ng }));
	render(BagOfWordsPanel, { widget });
	return { widget, box: screen.getByLabelText('Text (each sentence or line is one document)') };
}

describe('the bag of words with a tiny vocabulary', () => {
	const cases = [
		{
			text: 'Hello',
			ng: '1',
			terms: '1',
			says: '1 term, so every document becomes 1 count, whatever its length. The word order is gone.'
		},
		{ text: 'Hello', ng: '12', terms: '1', says: '1 term, so every document becomes 1 count' },
		{ text: 'a', ng: '1', terms: '0', says: '0 terms. The word order is gone.' },
		{
			text: 'a a a',
			ng: '2',
			terms: '0',
			says: '0 terms. The word order is gone, except inside a word pair.'
		},
		{ text: 'the cat', ng: '12', terms: '3', says: '3 terms, so every document becomes 3 counts' }
	];
	for (const { text, ng, terms, says } of cases) {
		it(`“${text}”, ngram choice ${ng}: ${terms} terms, said in the singular for one, and typing keeps it whole`, async () => {
			const { widget, box } = mount(text, ng);
			expect(screen.getByTestId('vocabulary-size')).toHaveTextContent(terms);
			expect(screen.getByTestId('vocabulary-size').parentElement).toHaveTextContent(says);
			// keystroke by keystroke, as a learner types: "hello h", "hello he", … repeats a term and adds pairs
			for (const next of [' ', ' h', ' he', ' hello', ' hello.', ' hello. hello']) {
				await fireEvent.input(box, { target: { value: text + next } });
				expect(widget.input.text).toBe(text + next);
				expect(screen.getByTestId('vocabulary-size')).toHaveTextContent(String(widget.bag.vocabulary.length));
			}
		});
	}

	it('the empty text: no table, and a note saying why', () => {
		mount('', '1');
		expect(screen.queryByRole('table')).toBeNull();
		expect(screen.getByText(/No words of two or more characters yet/)).toBeInTheDocument();
	});
});
