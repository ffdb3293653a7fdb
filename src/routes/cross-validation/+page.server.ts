import { widgetPageLoad } from '$lib/kit/formulas.server';

export const load = widgetPageLoad('cross-validation');
