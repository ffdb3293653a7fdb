import { renderFormulas } from '$lib/ui/tex';
import { scalingFormulas } from '$lib/widgets/feature-scaling/formulas';

// Runs at build time only: the page ships typeset formulas, not KaTeX's JavaScript.
export const load = () => ({ formulas: renderFormulas(scalingFormulas()) });
