import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { widgets } from '$lib/catalog';
import { registered, registry } from '$lib/kit/registry';

describe('the widget registry', () => {
	it('has every catalog widget, in the catalog order', () => {
		expect(registry.map((r) => r.widget.slug)).toEqual(widgets.map((w) => w.slug));
	});

	it('refuses a slug it does not know', () => {
		expect(() => registered('no-such-widget')).toThrow(/No widget with slug "no-such-widget"/);
	});

	it.each(widgets.map((w) => w.slug))(
		'%s: a thin route that mounts the widget under its own slug',
		(slug) => {
			const dir = `src/routes/${slug}`;
			expect(existsSync(`${dir}/+page.svelte`)).toBe(true);
			expect(readFileSync(`${dir}/+page.server.ts`, 'utf8')).toContain(`widgetPageLoad('${slug}')`);
			expect(readFileSync(`${dir}/+page.svelte`, 'utf8')).toContain(`<WidgetHead slug="${slug}" />`);
		}
	);

	it.each(registry.map((r) => [r.widget.slug, r] as const))(
		'%s: formulas are TeX strings and the codec has fields',
		(_, r) => {
			const formulas = Object.values(r.formulas());
			expect(formulas.length).toBeGreaterThan(0);
			for (const tex of formulas) expect(typeof tex).toBe('string');
			expect(Object.keys(r.codec.fields).length).toBeGreaterThan(0);
		}
	);
});
