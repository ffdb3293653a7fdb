import { renderFormulas } from '$lib/ui/tex';
import { overfittingFormulas } from '$lib/widgets/overfitting/formulas';

// Runs at build time only: the page ships typeset formulas, not KaTeX's JavaScript.
export const load = () => ({ formulas: renderFormulas(overfittingFormulas()) });
