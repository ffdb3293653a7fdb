/**
 * Formulas typeset with KaTeX at build time (prerendering), so the page ships HTML and
 * KaTeX's CSS and fonts, never KaTeX's JavaScript. Import only from `+page.server.ts` files.
 */
import katex from 'katex';

/** KaTeX HTML (with MathML for screen readers) for each named TeX formula. */
export function renderFormulas<K extends string>(formulas: Record<K, string>): Record<K, string> {
	const html = {} as Record<K, string>;
	for (const key of Object.keys(formulas) as K[]) {
		html[key] = katex.renderToString(formulas[key], { throwOnError: true, output: 'htmlAndMathml' });
	}
	return html;
}
