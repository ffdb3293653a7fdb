import { formulasLoad } from '$lib/kit/formulas.server';

export const load = formulasLoad('text-features');
