import { describe, expect, it } from 'vitest';
import { widgets } from '$lib/catalog';
import { blurbOf, blurbs } from '$lib/widgetBlurbs';
import { widgetPageLoad } from '$lib/kit/formulas.server';

describe('widget blurbs', () => {
	it('every catalog widget has one summary line and tags, and no blurb names a widget the catalog lacks', () => {
		expect(Object.keys(blurbs).sort()).toEqual(widgets.map((w) => w.slug).sort());
		for (const { slug } of widgets) {
			expect(blurbOf(slug).summary.length).toBeGreaterThan(40);
			expect(blurbOf(slug).summary).not.toContain('\n');
			expect(blurbOf(slug).tags.length).toBeGreaterThan(0);
		}
	});

	it('an unknown slug throws, so a typo fails the build', () => {
		expect(() => blurbOf('no-such-widget')).toThrow(/no-such-widget/);
	});

	it("a widget route's build-time load gives the page its summary as its description", () => {
		expect(widgetPageLoad('pca')().description).toBe(blurbOf('pca').summary);
	});
});
