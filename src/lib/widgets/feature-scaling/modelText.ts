/**
 * The sentences under the model table, written from which models' answers scaling changed
 * (`ModelScores.sameAcrossScalers`), so they say only what the table shows.
 */
import { MODEL_IDS, modelNames, type ModelId, type ModelScores } from './models';

/** Why a model's answers stay the same under a per-feature scaler, or why they move. */
const whySame: Record<ModelId, string> = {
	tree: 'a tree only asks whether a feature is above a training value, and a per-feature scaler keeps that order',
	logistic: 'without a penalty, a linear model’s weights absorb each feature’s units (double a feature, its weight halves), so its optimum predicts the same; gradient descent only reaches it faster on scaled features',
	knn: '5-NN’s distances changed, but no test row’s vote did',
	kmeans: 'k-means found the same clusters in the changed distances',
	penalised: 'the penalty is too weak here to move a prediction'
};
function whyChanged(model: ModelId, changed: ModelId[]): string | null {
	switch (model) {
		case 'knn':
			return '5-NN measures distances, which the feature in bigger units dominates';
		case 'kmeans':
			return changed.includes('knn') ? 'so does k-means' : 'k-means measures distances, which the feature in bigger units dominates';
		case 'penalised':
			return 'an L2 penalty charges each weight in its feature’s units, so rescaling a feature changes how hard its weight is pulled to 0';
		default:
			return null;
	}
}

/** "a", "a and b", "a, b and c". */
function list(items: string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const capital = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;

/** The note's sentences, in order. */
export function modelSentences(scores: ModelScores): string[] {
	const same = MODEL_IDS.filter((m) => scores.sameAcrossScalers[m]);
	const changed = MODEL_IDS.filter((m) => !scores.sameAcrossScalers[m]);
	const sentences: string[] = [];
	if (same.length > 0) {
		sentences.push(`The same answers on the raw data and after all four per-feature scalers: ${list(same.map((m) => modelNames[m].inText))}. ${capital(same.map((m) => whySame[m]).join('; '))}.`);
	}
	if (changed.length > 0) {
		const reasons = changed.map((m) => whyChanged(m, changed)).filter((r): r is string => r !== null);
		sentences.push(`Changed by at least one scaler: ${list(changed.map((m) => modelNames[m].inText))}.${reasons.length > 0 ? ` ${capital(reasons.join('; '))}.` : ''}`);
	}
	const exceptions = same.filter((m) => scores.normalizerChanges[m] && (m === 'tree' || m === 'logistic'));
	if (exceptions.length > 0) {
		sentences.push(`The normalizer changes ${list(exceptions.map((m) => modelNames[m].inText))}: it divides each row by its own length, which is no per-feature rescaling.`);
	}
	return sentences;
}
