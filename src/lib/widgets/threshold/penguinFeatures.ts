/** The penguin measurements the threshold's real model may use, and their names on the page. */
export const penguinFeatures = [
	'bill_length_mm',
	'bill_depth_mm',
	'flipper_length_mm',
	'body_mass_g'
] as const;
export type PenguinFeature = (typeof penguinFeatures)[number];

export const featureNames: Record<PenguinFeature, string> = {
	bill_length_mm: 'bill length',
	bill_depth_mm: 'bill depth',
	flipper_length_mm: 'flipper length',
	body_mass_g: 'body mass'
};
