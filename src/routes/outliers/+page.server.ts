import { renderFormulas } from '$lib/ui/tex';
import { outlierFormulas } from '$lib/widgets/outliers/formulas';

// Runs at build time only: the page ships typeset formulas, not KaTeX's JavaScript.
export const load = () => ({ formulas: renderFormulas(outlierFormulas()) });
