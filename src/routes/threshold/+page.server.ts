import { renderFormulas } from '$lib/ui/tex';
import { thresholdFormulas } from '$lib/widgets/threshold/formulas';

// Runs at build time only: the page ships typeset formulas, not KaTeX's JavaScript.
export const load = () => ({ formulas: renderFormulas(thresholdFormulas()) });
