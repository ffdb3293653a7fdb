import { widgetPageLoad } from '$lib/kit/formulas.server';

export const load = widgetPageLoad('feature-scaling');
