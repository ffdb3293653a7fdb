import { renderFormulas } from '$lib/ui/tex';
import { missingFormulas } from '$lib/widgets/missing-data/formulas';

// Runs at build time only: the page ships typeset formulas, not KaTeX's JavaScript.
export const load = () => ({ formulas: renderFormulas(missingFormulas()) });
