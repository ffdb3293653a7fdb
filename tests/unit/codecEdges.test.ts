import { describe, expect, it } from 'vitest';
import { registry } from '$lib/kit/registry';
import { enumField, intField, numberField, type Field } from '$lib/url/codec';

describe('codec edges (the values the extreme-links journey tries)', () => {
	it('are a number field’s bounds and every word of a set', () => {
		expect(intField(5, 2, 40).edges).toEqual(['2', '40']);
		expect(numberField(1, 0.1, 5, 0.1).edges).toEqual(['0.1', '5']);
		expect(enumField('a', ['a', 'b', 'c']).edges).toEqual(['a', 'b', 'c']);
	});

	const codecs = registry.map((r) => [r.widget.slug, r.codec] as const);
	it.each(codecs)('%s: every edge of every field is a value its own field accepts', (_, codec) => {
		for (const [name, field] of Object.entries(codec.fields) as [string, Field<unknown>][]) {
			for (const raw of field.edges ?? [])
				expect(field.parse(raw), `${name}=${raw}`).toMatchObject({ ok: true });
		}
	});
});
