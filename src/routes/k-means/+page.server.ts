import { renderFormulas } from '$lib/ui/tex';
import { kMeansFormulas } from '$lib/widgets/k-means/formulas';

// Runs at build time only: the page ships typeset formulas, not KaTeX's JavaScript.
export const load = () => ({ formulas: renderFormulas(kMeansFormulas()) });
