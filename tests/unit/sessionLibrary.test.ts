/**
 * The ready-made sessions say only what their steps show: every shipped step is opened as its
 * link opens it (the widget's own state, real tables loaded), lands on the widget story step it
 * was written for with that step's lesson holding, and each number its prompt and answer quote
 * is one the page shows (the story's sentence, computed from the state) or is recomputed here
 * from the state's own fields.
 */
import { describe, expect, it } from 'vitest';
import { formatMetric } from '$lib/metrics/metricInfo';
import { readyQuery, readySessions, type ReadyStep } from '$lib/session/library';
import { readStep } from '$lib/session/stepCheck';
import { ConfusionState } from '$lib/widgets/confusion-matrix/State.svelte';
import { CvState } from '$lib/widgets/cross-validation/State.svelte';
import { SplitsState } from '$lib/widgets/data-splits/State.svelte';
import { EncodingState } from '$lib/widgets/encoding/State.svelte';
import { MissingState } from '$lib/widgets/missing-data/State.svelte';
import { formatRmse } from '$lib/widgets/overfitting/format';
import { OverfittingState } from '$lib/widgets/overfitting/State.svelte';
import { RegularizationState } from '$lib/widgets/regularization/State.svelte';
import { ThresholdState } from '$lib/widgets/threshold/State.svelte';
import { scalingPage } from './featureScalingPage';
import { outliersPage } from './outliersPage';
import { carsTable } from './regularizationFixtures';
import { openTablePage } from './tablePage';

interface Opened {
	storyStep: { id: string } | null;
	storyText: { holds: boolean; text: string } | null;
}

/** A widget page opened at a link's query, as the browser builds it (tables loaded, slow paths run). */
const openers: Record<string, (query: string) => Promise<Opened>> = {
	'confusion-matrix': async (q) => loaded(new ConfusionState(), q),
	threshold: async (q) => loaded(new ThresholdState(), q),
	'feature-scaling': async (q) => scalingPage(q),
	'missing-data': async (q) => openTablePage(() => new MissingState(), q),
	encoding: async (q) => openTablePage(() => new EncodingState(), q),
	outliers: async (q) => outliersPage(q),
	'data-splits': async (q) => loaded(new SplitsState(), q),
	'cross-validation': async (q) => loaded(new CvState(), q),
	overfitting: async (q) => loaded(new OverfittingState(), q),
	regularization: async (q) => {
		const state = loaded(new RegularizationState(), q);
		state.cars = carsTable();
		await state.pathTask.run();
		return state;
	}
};

function loaded<S extends { load(params: URLSearchParams): void }>(state: S, query: string): S {
	state.load(new URLSearchParams(query));
	return state;
}

/** The story step each shipped step opens, and the numbers it quotes that the story's sentence does not, recomputed from the state. */
const expected: Record<string, { story: string; facts?: (state: never) => string[] }> = {
	'imbalanced-metrics 1': {
		story: 'fraud',
		facts: (s: ConfusionState) => {
			expect(s.metrics.accuracy).toBe(0.99);
			expect(s.metrics.recall).toBe(0);
			return [];
		}
	},
	'imbalanced-metrics 2': {
		story: 'screening',
		facts: (s: ConfusionState) => {
			expect(s.total).toBe(10_000);
			expect(s.input.tp).toBe(95);
			expect(s.actualPositives).toBe(100);
			expect(s.input.fp).toBe(450);
			expect(s.predictedPositives).toBe(545);
			return ['95', '100', '450', '545', '10,000', '1'];
		}
	},
	'imbalanced-metrics 3': {
		story: 'imbalance',
		facts: (s: ThresholdState) => {
			expect([s.input.sep, s.input.pos, s.input.bpos]).toEqual([2, 50, 1]);
			return [s.a!.auc, s.b!.auc, s.a!.ap, s.b!.ap].map(formatMetric).concat(['50']);
		}
	},
	'imbalanced-metrics 4': {
		story: 'screening',
		facts: (s: ThresholdState) => {
			expect(s.costChoice!.threshold).toBeCloseTo(0.047, 3);
			expect(formatMetric(s.input.cfp / (s.input.cfp + s.input.cfn))).toBe('0.048');
			expect(s.a!.set.scores.length).toBe(20_000);
			return ['0.047', '1', '21', '0.5', '20', '1'];
		}
	},
	'feature-engineering 1': {
		story: 'squeeze',
		facts: (s: ReturnType<typeof scalingPage>) => {
			expect(s.input.out[0][0]).toBe(770);
			return ['770', '0', '1', '25'];
		}
	},
	'feature-engineering 2': { story: 'mean-shrinks', facts: () => ['0.87'] },
	'feature-engineering 3': { story: 'cardinality' },
	'feature-engineering 4': { story: 'disagree' },
	'feature-engineering 5': { story: 'log' },
	'overfitting 1': {
		story: 'rare-class',
		facts: (s: SplitsState) => {
			expect([s.input.tr, s.input.va, s.input.te]).toEqual([80, 10, 10]);
			return ['200', '5', '80', '10'];
		}
	},
	'overfitting 2': {
		story: 'fold-sizes',
		facts: (s: CvState) => {
			expect(s.folds.map((f) => f.test.length)).toEqual([21, 21, 21, 20, 20]);
			return [];
		}
	},
	'overfitting 3': {
		story: 'polynomial',
		facts: (s: OverfittingState) => {
			expect(s.polyData.train.x.length).toBe(21);
			expect(s.bestFit!.degree).toBe(3);
			return [formatRmse(s.polyFit.trainRmse), formatRmse(s.polyFit.valRmse), formatRmse(s.bestFit!.valRmse)];
		}
	},
	'overfitting 4': { story: 'l1-zeroes', facts: () => ['1', '2'] }
};

/** The numbers a text quotes, as numbers ("10,000" and "1.0" are 10000 and 1). */
function numbersIn(text: string): number[] {
	return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replaceAll(',', '')));
}

const cases = readySessions.flatMap((session) =>
	session.steps.map((step, i) => ({ name: `${session.id} ${i + 1}`, step }))
);

describe('the ready-made sessions', () => {
	it('are three, each of 3–6 steps, every step with a prompt and an answer', () => {
		expect(readySessions.map((s) => s.title)).toEqual([
			'Metrics for imbalanced data: 45 minutes',
			'Feature engineering: 45 minutes',
			'Overfitting and regularisation: 30 minutes'
		]);
		for (const session of readySessions) {
			expect(session.steps.length).toBeGreaterThanOrEqual(3);
			expect(session.steps.length).toBeLessThanOrEqual(6);
		}
		expect(Object.keys(expected).sort()).toEqual(cases.map((c) => c.name).sort());
	});

	it.each(cases)(
		'$name: opens cleanly on its story step, and every number it quotes is on the page',
		async ({ name, step }: { name: string; step: ReadyStep }) => {
			const query = readyQuery(step);
			// the widget's own codec reads it without a problem
			expect(readStep({ slug: step.slug, query, prompt: '', answer: '' }).problems).toEqual([]);
			const state = await openers[step.slug](query);
			const { story, facts } = expected[name];
			expect(state.storyStep?.id).toBe(story);
			expect(state.storyText?.holds).toBe(true);
			const extra = facts ? facts(state as never) : [];
			const shown = new Set([...numbersIn(state.storyText!.text), ...extra.flatMap(numbersIn)]);
			for (const text of [step.prompt, step.answer]) {
				for (const number of numbersIn(text)) {
					expect(shown, `${name}: ${number} in “${text}”`).toContain(number);
				}
			}
		}
	);
});
