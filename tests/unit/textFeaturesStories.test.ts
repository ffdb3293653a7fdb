/**
 * The text-features story: each step, opened as its link or a click opens it, on each shipped
 * corpus (the story never sets the documents), says what the numbers show; every number it quotes
 * is recomputed here by hand (textByHand.ts), not read from the widget's analysis.
 */
import { describe, expect, it } from 'vitest';
import { ENGLISH_STOP_WORDS } from '$lib/ml/englishStopWords';
import { textCodec } from '$lib/widgets/text-features/codec';
import { corpora, joinDocuments } from '$lib/widgets/text-features/corpora';
import { TextFeaturesState } from '$lib/widgets/text-features/State.svelte';
import { byHandDocumentFrequency, byHandIdf, byHandTotals, byHandVocabularySize } from './textByHand';

const CORPORA = corpora.filter((c) => c.id !== 'check');

function storyState(id: string, documents: readonly string[]): TextFeaturesState {
	const state = new TextFeaturesState();
	state.applyStep(state.steps.find((step) => step.id === id)!);
	state.input.docs = joinDocuments(documents);
	expect(state.storyStep?.id).toBe(id);
	return state;
}

function expectClean(text: string) {
	expect(text).not.toMatch(/NaN|undefined|Infinity|null/);
}

describe('text-features story', () => {
	it('has 3–5 steps, each link opening its own step', () => {
		const state = new TextFeaturesState();
		expect(state.steps.length).toBeGreaterThanOrEqual(3);
		expect(state.steps.length).toBeLessThanOrEqual(5);
		for (const step of state.steps) {
			const opened = new TextFeaturesState();
			opened.load(new URLSearchParams(state.stepLink(step).slice(1)));
			expect(opened.storyStep?.id).toBe(step.id);
			expect(textCodec.encode(opened.input).toString()).toBe(state.stepLink(step).slice(1));
		}
	});

	it.each(CORPORA)('$name, filler on top: the most frequent word is a stop word', ({ documents }) => {
		const said = storyState('filler-on-top', documents).storyText!;
		expect(said.holds).toBe(true);
		expectClean(said.text);
		const totals = byHandTotals(documents);
		const all = totals.reduce((s, t) => s + t.total, 0);
		expect(ENGLISH_STOP_WORDS.has(totals[0].term)).toBe(true);
		expect(said.text).toContain(`“${totals[0].term}”: ${totals[0].total} of the ${all} words counted`);
		expect(said.text).toContain(`(${((100 * totals[0].total) / all).toFixed(1)}%)`);
		const fillers = totals.slice(0, 3).filter((t) => ENGLISH_STOP_WORDS.has(t.term)).length;
		expect(said.text).toContain(`${fillers} of the top 3`);
	});

	it.each(CORPORA)('$name, every document least: a word in all of them has IDF 1', ({ documents }) => {
		const said = storyState('every-document-least', documents).storyText!;
		expect(said.holds).toBe(true);
		expectClean(said.text);
		const n = documents.length;
		const df = byHandDocumentFrequency(documents);
		const everywhere = [...df].filter(([, d]) => d === n).map(([t]) => t);
		expect(everywhere.length).toBeGreaterThan(0);
		expect(said.text).toContain(`in all ${n} documents: IDF ${byHandIdf(n, n).toFixed(2)}, the lowest`);
		for (const t of everywhere) expect(said.text).toContain(`“${t}”`);
		// the rarest term (first alphabetically among those in one document) and its IDF
		const rarest = [...df]
			.filter(([, d]) => d === 1)
			.map(([t]) => t)
			.sort()[0];
		expect(said.text).toContain(`“${rarest}”, in 1 document, gets ${byHandIdf(n, 1).toFixed(2)}`);
	});

	it.each(CORPORA)('$name, pairs multiply: the vocabulary at 1, 1–2 and 1–3-grams', ({ documents }) => {
		const said = storyState('pairs-multiply', documents).storyText!;
		expect(said.holds).toBe(true);
		expectClean(said.text);
		const [words, pairs, triples] = [1, 2, 3].map((n) => byHandVocabularySize(documents, n));
		expect(pairs / words).toBeGreaterThanOrEqual(1.5);
		expect(said.text).toContain(
			`Words alone give ${words} terms; 1–2-grams give ${pairs} (${(pairs / words).toFixed(1)}×)`
		);
		expect(said.text).toContain(`1–3-grams ${triples}`);
	});

	it.each(CORPORA)('$name, stop words gone: fewer terms, a content word on top', ({ documents }) => {
		const said = storyState('stop-words-gone', documents).storyText!;
		expect(said.holds).toBe(true);
		expectClean(said.text);
		const kept = byHandVocabularySize(documents, 1);
		const dropped = byHandVocabularySize(documents, 1, true);
		const totals = byHandTotals(documents, true);
		const all = totals.reduce((s, t) => s + t.total, 0);
		expect(said.text).toContain(`falls from ${kept} to ${dropped} terms`);
		expect(said.text).toContain(`“${totals[0].term}” (${totals[0].total} of ${all} words)`);
	});

	it('says why when no term is left', () => {
		const said = storyState('filler-on-top', ['a I', '!!']).storyText!;
		expect(said.holds).toBe(false);
		expectClean(said.text);
	});
});
