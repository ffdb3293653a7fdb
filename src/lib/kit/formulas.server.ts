import { renderFormulas } from '$lib/format/tex';
import { blurbOf } from '$lib/widgetBlurbs';
import { partsOf, type FormulasOf, type Slug } from './registry';

/**
 * A widget route's load, run at build time: its formulas typeset (the page ships HTML, not
 * KaTeX's JavaScript) and its one-line description, which reaches the page inside its HTML
 * rather than in the scripts every widget shares. Server-only, so the registry's codecs and
 * the blurbs stay out of the page's scripts.
 */
export const widgetPageLoad =
	<S extends Slug>(slug: S) =>
	(): { formulas: FormulasOf<S>; description: string } => ({
		formulas: renderFormulas<string>(partsOf(slug).formulas()) as FormulasOf<S>,
		description: blurbOf(slug).summary
	});
