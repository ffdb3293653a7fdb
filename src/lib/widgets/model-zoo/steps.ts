/**
 * The decision-boundary story: four steps, each setting the data and the two models and saying,
 * from the two fitted models' numbers, what to look at. `say` reads only the results the page
 * shows (and the verdicts of analysis.ts); `holds` says whether they show the lesson (the unit
 * tests check it over seeds). The seed is free on every step, so another sample keeps the step.
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import { counted } from '$lib/format/format';
import { boostingCurve, CHANCE_BAND, gapOf, pct } from './analysis';
import { NO_LIMIT, type ZooUrlState } from './codec';
import { SURE, type ModelResult } from '$lib/jobs/boundaryModels';
import type { Plane } from './plane';

/** What a step reads from the page (the widget's state provides it). */
export interface ZooStepView {
	plane: Plane | null;
	/** Model A's and B's results for the settings on screen; null while they are computed. */
	a: ModelResult | null;
	b: ModelResult | null;
}

const free = ['seed'] as const;

function linearOnXor({ plane, a, b }: ZooStepView): StepText | null {
	if (!plane || !a || !b) return null;
	const nearChance = Math.abs(a.testAccuracy - 0.5) <= CHANCE_BAND;
	return {
		holds: nearChance && b.testAccuracy >= a.testAccuracy + 0.2,
		text:
			`XOR puts class 1 in two opposite quadrants, and no straight line keeps them apart: logistic regression on x₁ and x₂ (A) scores ${pct(a.trainAccuracy)} on training and ${pct(a.testAccuracy)} on test, about a coin's 50%. ` +
			`Give the same model degree-2 features (B), which include the product x₁·x₂, and it reaches ${pct(b.testAccuracy)} on test: the model was too simple, not the data too hard.`
	};
}

function memorise({ plane, a, b }: ZooStepView): StepText | null {
	if (!plane || !a || !b) return null;
	const both = a.trainAccuracy === 1 && b.trainAccuracy === 1;
	return {
		holds: both && a.testAccuracy < 1 && b.testAccuracy < 1,
		text:
			`On ${counted(plane.train.length, 'training point')}, 1-NN (A) scores ${pct(a.trainAccuracy)}: each training point's nearest neighbour is itself. ` +
			`The tree with no depth limit (B) splits until every leaf is pure, ${counted(b.size.nodes ?? 0, 'node')} deep to level ${b.size.depth}, and scores ${pct(b.trainAccuracy)}. ` +
			`On the ${counted(plane.test.length, 'test point')} they never saw: ${pct(a.testAccuracy)} and ${pct(b.testAccuracy)}. The islands in both maps are noise they learned by heart.`
	};
}

function forestSmooths({ plane, a, b }: ZooStepView): StepText | null {
	if (!plane || !a || !b) return null;
	const sure = `at least ${pct(SURE).replace('.0%', '%')} sure`;
	return {
		holds: b.sureShare < a.sureShare - 0.1,
		text:
			`The single tree (A) is ${sure} of its class in ${pct(a.sureShare)} of the map: every leaf is pure, so it draws hard edges around each stray point. ` +
			`The forest (B) averages ${counted(b.size.trees ?? 0, 'tree')}, each grown on a bootstrap sample and trying one random input per split; they disagree near the boundary, so B is that sure in only ${pct(b.sureShare)} of the map and the pale band between the classes is wide. ` +
			`Test accuracy: ${pct(a.testAccuracy)} for the tree, ${pct(b.testAccuracy)} for the forest.`
	};
}

function roundsOverfit({ plane, a, b }: ZooStepView): StepText | null {
	if (!plane || !a || !b) return null;
	const curve = boostingCurve(b);
	if (!curve) return null;
	return {
		holds: curve.finalTrain >= 0.99 && curve.finalTest < curve.peakTest && gapOf(b) > gapOf(a),
		text:
			`After ${counted(a.size.trees ?? 0, 'round')} (A) boosting scores ${pct(a.trainAccuracy)} on training and ${pct(a.testAccuracy)} on test. ` +
			`Keep adding trees (B, ${curve.rounds} rounds): training accuracy climbs to ${pct(curve.finalTrain)}, while test accuracy peaked at ${pct(curve.peakTest)} after ${counted(curve.peakRound, 'round')} and ends at ${pct(curve.finalTest)}. ` +
			`Each round fits what the last left wrong, the noise too: stop where the test (in practice, validation) curve peaks.`
	};
}

export const zooSteps: StoryStep<ZooUrlState, ZooStepView>[] = [
	{
		id: 'linear-on-xor',
		title: 'A line cannot split XOR',
		settings: { data: 'xor', ma: 'logistic', adeg: 1, mb: 'logistic', bdeg: 2 },
		free,
		say: linearOnXor
	},
	{
		id: 'memorise',
		title: '1-NN and a full tree memorise',
		settings: { data: 'moons', noise: 0.35, ma: 'knn', ak: 1, mb: 'tree', bdepth: NO_LIMIT },
		free,
		say: memorise
	},
	{
		id: 'forest-smooths',
		title: 'A forest smooths the tree',
		settings: {
			data: 'moons',
			noise: 0.35,
			ma: 'tree',
			adepth: NO_LIMIT,
			mb: 'forest',
			btrees: 50,
			fdepth: NO_LIMIT
		},
		free,
		say: forestSmooths
	},
	{
		id: 'rounds-overfit',
		title: "Boosting's rounds overfit",
		settings: {
			data: 'moons',
			noise: 0.5,
			n: 200,
			ma: 'boosting',
			arounds: 10,
			mb: 'boosting',
			brounds: 300,
			gdepth: 3,
			lr: 0.5
		},
		free,
		say: roundsOverfit
	}
];
