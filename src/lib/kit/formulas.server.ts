import { renderFormulas } from '$lib/format/tex';
import { partsOf, type FormulasOf, type Slug } from './registry';

/**
 * A widget route's load: its formulas typeset at build time (the page ships HTML, not
 * KaTeX's JavaScript). Server-only, so the registry's codecs stay out of the page's scripts.
 */
export const formulasLoad =
	<S extends Slug>(slug: S) =>
	(): { formulas: FormulasOf<S> } => ({
		formulas: renderFormulas<string>(partsOf(slug).formulas()) as FormulasOf<S>
	});
