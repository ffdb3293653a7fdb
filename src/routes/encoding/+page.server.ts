import { renderFormulas } from '$lib/ui/tex';
import { encodingFormulas } from '$lib/widgets/encoding/formulas';

// Runs at build time only: the page ships typeset formulas, not KaTeX's JavaScript.
export const load = () => ({ formulas: renderFormulas(encodingFormulas()) });
