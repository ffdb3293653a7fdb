/**
 * The sentences under the model table, written from which models' answers scaling changed
 * (`ModelScores.sameAcrossScalers`), so they say only what the table shows.
 */
import { MODEL_IDS, modelNames, type ModelId, type ModelScores } from './models';

/** Why a model's answers stay the same under every per-feature scaler. */
const whySame: Record<ModelId, string> = {
	tree: 'a tree asks only whether a feature is above a training value, which rescaling keeps',
	logistic:
		'an unpenalised linear model’s weights absorb the units (double a feature, its weight halves), so its optimum predicts the same, though gradient descent reaches it faster on scaled features',
	knn: '5-NN’s distances changed, but no test row’s vote did',
	kmeans: 'k-means found the same clusters in the changed distances',
	penalised: 'the penalty is too weak here to move a prediction'
};

/** Why the changed models changed: one reason for the distance-based ones, one for the penalty. */
function whyChanged(changed: ModelId[]): string[] {
	const reasons: string[] = [];
	if (changed.includes('knn') || changed.includes('kmeans'))
		reasons.push('distances are dominated by the feature with the larger spread');
	if (changed.includes('penalised'))
		reasons.push('the L2 penalty charges each weight in its feature’s units');
	return reasons;
}

/** "a", "a and b", "a, b and c". */
function list(items: string[]): string {
	return items.length <= 1
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const capital = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;

/** The note's sentences, in order. */
export function modelSentences(scores: ModelScores): string[] {
	// a model undefined on the raw data or after a per-feature scaler is neither the same nor changed there
	const comparable = MODEL_IDS.filter((m) =>
		scores.undefinedIn[m].every((name) => name === normalizerName(scores))
	);
	const same = comparable.filter((m) => scores.sameAcrossScalers[m]);
	// the unpenalised fit moved only where its solver stopped short: say so, not that scaling changed it
	const solverOnly =
		comparable.includes('logistic') &&
		scores.logisticDiffersIn.length > 0 &&
		scores.logisticDiffersIn.every((name) => scores.logisticSolverStop.includes(name));
	const rest = comparable.filter((m) => !scores.sameAcrossScalers[m] && !(m === 'logistic' && solverOnly));
	// answers changed but every score prints as before: the table shows no change, so the note does not call it one
	const steady = rest.filter((m) => scores.sameScoreAcrossScalers[m]);
	const changed = rest.filter((m) => !scores.sameScoreAcrossScalers[m]);
	const sentences: string[] = [];
	if (same.length > 0) {
		sentences.push(
			`The same answers raw and after all four per-feature scalers: ${list(same.map((m) => modelNames[m].inText))}. ${capital(same.map((m) => whySame[m]).join('; '))}.`
		);
	}
	if (steady.length > 0) {
		sentences.push(
			`The same scores, though some test answers changed: ${list(steady.map((m) => modelNames[m].inText))}.`
		);
	}
	if (changed.length > 0) {
		const reasons = whyChanged(changed);
		sentences.push(
			`Changed by at least one scaler: ${list(changed.map((m) => modelNames[m].inText))}${reasons.length > 0 ? `, because ${reasons.join(', and ')}` : ''}.`
		);
	}
	if (solverOnly) {
		sentences.push(
			`Logistic regression without a penalty answers differently after ${list(scores.logisticSolverStop)} only because its solver stops at a tolerance, short of the optimum: refitted on standardised features it gives the raw answers again.`
		);
	}
	const exceptions = same.filter((m) => scores.normalizerChanges[m] && (m === 'tree' || m === 'logistic'));
	if (exceptions.length > 0) {
		sentences.push(
			`The normalizer changes even ${list(exceptions.map((m) => modelNames[m].inText))}: it rescales each row, not each feature.`
		);
	}
	for (const m of MODEL_IDS.filter((model) => scores.undefinedIn[model].length > 0)) {
		sentences.push(
			`${capital(modelNames[m].inText)} is undefined after ${list(scores.undefinedIn[m])}: there a feature is constant or a copy of the other, near enough, so the fit has no single solution.`
		);
	}
	return sentences;
}

/** The row normalizer's name in the table, or null without it. */
function normalizerName(scores: ModelScores): string | null {
	return scores.rows.find((row) => row.id === 'normalize')?.name ?? null;
}
