import { renderFormulas } from '$lib/ui/tex';
import { splitsFormulas } from '$lib/widgets/data-splits/formulas';

// Runs at build time only: the page ships typeset formulas, not KaTeX's JavaScript.
export const load = () => ({ formulas: renderFormulas(splitsFormulas()) });
