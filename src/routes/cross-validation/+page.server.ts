import { renderFormulas } from '$lib/ui/tex';
import { cvFormulas } from '$lib/widgets/cross-validation/formulas';

// Runs at build time only: the page ships typeset formulas, not KaTeX's JavaScript.
export const load = () => ({ formulas: renderFormulas(cvFormulas()) });
