import { renderFormulas } from '$lib/ui/tex';
import { widgetFormulas } from '$lib/widgets/confusion-matrix/metricInfo';

// Runs at build time only: the page ships typeset formulas, not KaTeX's JavaScript.
export const load = () => ({ formulas: renderFormulas(widgetFormulas()) });
