/** How the page names each kind's key setting: the slider's label and the setting in words. */
import { NO_LIMIT, type ModelKind, type ModelSettings } from './codec';

export const SETTING_LABELS: Record<ModelKind, string> = {
	logistic: 'Polynomial degree',
	knn: 'Neighbours k',
	tree: 'Maximum depth',
	forest: 'Trees',
	boosting: 'Rounds',
	nn: 'Hidden units'
};

/** A depth as the slider writes it: the top of the range is "no limit". */
export const depthText = (depth: number) => (depth === NO_LIMIT ? 'no limit' : String(depth));

/** The slot's key setting in words, for its heading: "degree 1", "k = 15", "depth no limit". */
export function settingText(model: ModelSettings): string {
	switch (model.kind) {
		case 'logistic':
			return `degree ${model.deg}`;
		case 'knn':
			return `k = ${model.k}`;
		case 'tree':
			return `depth ${depthText(model.depth)}`;
		case 'forest':
			return `${model.trees} ${model.trees === 1 ? 'tree' : 'trees'}`;
		case 'boosting':
			return `${model.rounds} ${model.rounds === 1 ? 'round' : 'rounds'}`;
		case 'nn':
			return `${model.units} hidden ${model.units === 1 ? 'unit' : 'units'}`;
	}
}
