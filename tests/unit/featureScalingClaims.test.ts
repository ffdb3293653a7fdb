/**
 * Every sentence the feature-scaling page writes, checked against the numbers of the state the
 * page builds: the default data and each preset, over several seeds. Expected values are worked
 * from the raw rows by hand or with the engine directly, not read back from the widget.
 */
import { describe, expect, it } from 'vitest';
import { fitLogistic } from '$lib/ml/logistic';
import { knnAccuracy, nearestNeighbours } from '$lib/ml/knn';
import { fitScaler } from '$lib/ml/scaling';
import { fitTree } from '$lib/ml/tree';
import { formatPercent, formatShort } from '$lib/format/format';
import { robustSteady, sliver, wholePercent } from '$lib/widgets/feature-scaling/analysis';
import { smallLeakRows } from '$lib/widgets/feature-scaling/leak';
import { logisticOneVsRest, MODEL_IDS, modelNames } from '$lib/widgets/feature-scaling/models';
import { PRESETS, SEEDS, scalingPage, scoredPage } from './featureScalingPage';

const cases = PRESETS.flatMap((preset) => SEEDS.map((seed) => `${preset}&seed=${seed}`));
const firstFeature = (X: number[][], rows: number[]) => rows.map((i) => X[i][0]);
const originals = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('an added outlier squeezes min-max and not robust scaling (the header and the sentence under the plots)', () => {
	it.each(cases)(
		'%s: in the training rows, min-max keeps a sliver and robust scaling keeps its spread',
		(query) => {
			const page = scalingPage(query);
			page.addOutlier();
			const data = page.data!;
			const effect = page.effect!;
			// by hand: min-max is fitted on the training rows plus the point, which is their largest value
			const point = data.X[data.addedFrom][0];
			const fitted = firstFeature(
				data.X,
				page.split!.train.filter((i) => i < data.addedFrom)
			);
			const all = firstFeature(data.X, originals(data.addedFrom));
			const low = Math.min(...fitted);
			expect(effect.seen).toBe(true);
			expect(effect.took).toBe('maximum');
			expect(effect.kept).toBeCloseTo((Math.max(...all) - Math.min(...all)) / (point - low), 10);
			expect(effect.kept).toBeLessThan(sliver);
			expect(effect.robustRatio).toBeGreaterThanOrEqual(robustSteady);
		}
	);

	it.each(cases)('%s: in the test rows, scalers fitted on the training rows do not see it', (query) => {
		const page = scalingPage(`${query}&place=test`);
		page.addOutlier();
		const effect = page.effect!;
		expect(effect.seen).toBe(false);
		expect(effect.minmax).toEqual(effect.minmaxWithout);
		expect(effect.robust).toEqual(effect.robustWithout);
	});
});

describe('fitting the scalers on all rows (the sentences under the parameter table)', () => {
	const moreSeeds = PRESETS.flatMap((preset) => [1, 2, 3, 4, 5].map((seed) => `${preset}&seed=${seed}`));

	it.each(moreSeeds)(
		'%s: without an outlier the score moves by a row or two at most ("a scaler’s leak is usually this small")',
		(query) => {
			const page = scoredPage(query);
			const score = page.leakScore!;
			const data = page.data!;
			const { train, test } = page.split!;
			// the engine directly: the scaler fitted on the training rows, then on every row, 5-NN on each
			const accuracy = (fitRows: number[]) => {
				const scaled = fitScaler(
					score.scaler as 'standard',
					fitRows.map((i) => data.X[i])
				).transform(data.X);
				return knnAccuracy(
					train.map((i) => scaled[i]),
					train.map((i) => data.classes![i]),
					test.map((i) => scaled[i]),
					test.map((i) => data.classes![i]),
					5
				);
			};
			expect(score.train).toBeCloseTo(accuracy(train), 12);
			expect(score.all).toBeCloseTo(accuracy(originals(data.X.length)), 12);
			expect(score.rowsApart).toBe(Math.round(Math.abs(score.all - score.train) * test.length));
			expect(score.rowsApart).toBeLessThanOrEqual(smallLeakRows);
			const note = page.leakNote.join(' ');
			expect(note).toContain('usually this small');
			expect(note).toContain(formatPercent(score.train));
			expect(note).toContain('no longer measures how the model does on unseen data');
			// the largest shift it names is the parameter fitted on all rows
			const largest = page.leak!.largest!;
			expect(note).toContain(`${formatShort(largest.train)} → ${formatShort(largest.all)}`);
		}
	);

	it.each(cases)(
		'%s: an outlier in the test rows moves min-max once it is fitted on all rows, and the page says by how much',
		(query) => {
			const page = scalingPage(`${query}&place=test&fit=all`);
			page.addOutlier();
			page.scoreNow();
			const data = page.data!;
			const report = page.leak!;
			const point = data.X[data.addedFrom][0];
			const trainRows = firstFeature(data.X, page.split!.train);
			const all = firstFeature(data.X, originals(data.addedFrom));
			const [trainLow, trainHigh] = [Math.min(...trainRows), Math.max(...trainRows)];
			expect(report.addedInTest).toBe(1);
			// fitted on the training rows the point lies beyond their 0–1: (x − min) / (max − min)
			expect(report.testPoint!.value).toBeCloseTo((point - trainLow) / (trainHigh - trainLow), 10);
			expect(report.testPoint!.beyond).toBe(true);
			// fitted on all rows, min-max's max of the first feature becomes the point: the largest shift
			expect(report.largest).toMatchObject({
				scaler: 'minmax',
				param: 'max',
				feature: 0,
				train: trainHigh,
				all: point
			});
			const [low, high] = [Math.min(...all), Math.max(...all)];
			expect(report.testPoint!.originalsAllFit[0]).toBeCloseTo(0, 12);
			expect(report.testPoint!.originalsAllFit[1]).toBeCloseTo((high - low) / (point - low), 10);
			expect(report.testPoint!.originalsAllFit[1]).toBeLessThan(sliver);
			const note = page.leakNote.join(' ');
			expect(note).toContain('in the test rows');
			expect(note).toContain(`${formatShort(trainHigh)} → ${formatShort(point)}`);
			expect(note).toContain('That is the leak.');
			const score = page.leakScore!;
			expect(note).toContain(
				score.train === score.all
					? 'happens not to move'
					: `${formatPercent(score.train)} fitted on the training rows, ${formatPercent(score.all)} on all rows`
			);
		}
	);
});

describe('which models scaling changes (the sentences under the model table)', () => {
	it.each(cases)(
		'%s: the tree and unpenalised logistic regression give the same answers; 5-NN does not',
		(query) => {
			const page = scoredPage(query);
			const scores = page.modelScores!;
			expect(scores.sameAcrossScalers.tree).toBe(true);
			expect(scores.sameAcrossScalers.logistic).toBe(true);
			expect(scores.sameAcrossScalers.knn).toBe(false);
			// and the accuracies in the table agree: every per-feature row scores what the raw row scores
			const raw = scores.rows[0].scores;
			for (const row of scores.rows.filter((r) => r.id !== 'raw' && r.id !== 'normalize')) {
				expect(row.scores.tree).toBe(raw.tree);
				expect(row.scores.logistic).toBe(raw.logistic);
			}
			const [same, changed] = page.modelNote;
			expect(same).toMatch(
				/^The same answers .*: the decision tree(,| and) logistic regression without a penalty/
			);
			expect(changed).toMatch(/^Changed by at least one scaler: 5-NN/);
			expect(page.modelNote.some((s) => s.startsWith('The normalizer changes'))).toBe(
				scores.normalizerChanges.tree || scores.normalizerChanges.logistic
			);
		}
	);

	it('the engine directly: on the cars, a tree and an unpenalised logistic regression predict the same raw and standardised', () => {
		const page = scalingPage('src=cars&seed=1');
		const data = page.data!;
		const { train, test } = page.split!;
		const scaled = fitScaler(
			'standard',
			train.map((i) => data.X[i])
		).transform(data.X);
		const rows = (X: number[][], which: number[]) => which.map((i) => X[i]);
		// Europe against the rest, one binary model each way
		const europe = train.map((i) => (data.classNames[data.classes![i]] === 'Europe' ? 1 : 0));
		expect(europe.filter((y) => y === 1).length).toBeGreaterThan(20);
		const options = { C: Infinity, tol: 1e-6, maxIter: 30 };
		const rawProbabilities = fitLogistic(rows(data.X, train), europe, options).predictProba(
			rows(data.X, test)
		);
		const scaledProbabilities = fitLogistic(rows(scaled, train), europe, options).predictProba(
			rows(scaled, test)
		);
		rawProbabilities.forEach((p, i) => expect(scaledProbabilities[i]).toBeCloseTo(p, 5));
		const classes = train.map((i) => data.classes![i]);
		const treeRaw = fitTree(rows(data.X, train), classes, { maxDepth: 3 }).predict(rows(data.X, test));
		expect(fitTree(rows(scaled, train), classes, { maxDepth: 3 }).predict(rows(scaled, test))).toEqual(
			treeRaw
		);
		// with an L2 penalty (C = 1) the weights are charged in each feature's units: the probabilities move
		const penalised = (X: number[][]) =>
			fitLogistic(rows(X, train), europe, { C: 1 }).predictProba(rows(X, test));
		const minmax = fitScaler(
			'minmax',
			train.map((i) => data.X[i])
		).transform(data.X);
		const [onRaw, onScaled] = [penalised(data.X), penalised(minmax)];
		expect(Math.max(...onRaw.map((p, i) => Math.abs(p - onScaled[i])))).toBeGreaterThan(0.01);
	});

	it('says "undefined" where logistic regression has no single fit, instead of failing: 2,000 blobs after the row normalizer', () => {
		// one feature is 1,000 times the other, so after dividing each row by its length that one is ±1 to within 1e-4
		const page = scoredPage('src=blobs&n=2000&seed=1&fit=all');
		const scores = page.modelScores!;
		const normalizer = scores.rows.find((row) => row.id === 'normalize')!;
		const second = page.versions.find((v) => v.id === 'normalize')!.X.map((row) => Math.abs(row[1]));
		expect(Math.min(...second)).toBeGreaterThan(1 - 1e-4);
		expect(normalizer.scores.logistic).toBeNull();
		expect(scores.undefinedIn.logistic).toEqual([normalizer.name]);
		expect(formatPercent(normalizer.scores.logistic)).toBe('undefined');
		// the per-feature scalers still fit it, and the note says both
		expect(scores.sameAcrossScalers.logistic).toBe(true);
		expect(page.modelNote.join(' ')).toContain(
			`Logistic regression without a penalty is undefined after ${normalizer.name}`
		);
		expect(page.modelNote[0]).toContain('logistic regression without a penalty');
	});

	it.each(
		['src=cars', 'src=penguins&fx=bill_depth_mm&fy=body_mass_g', 'src=blobs'].flatMap((p) =>
			SEEDS.map((seed) => `${p}&seed=${seed}&out=1000000000_3000`)
		)
	)(
		'%s: an outlier at 1e9 moves the unpenalised logistic regression only through its solver’s stop, and the note says so, not that scaling changed it',
		(query) => {
			const page = scoredPage(query);
			const scores = page.modelScores!;
			const data = page.data!;
			const train = page.split!.train.filter((i) => i < data.addedFrom);
			const test = page.split!.test.filter((i) => i < data.addedFrom);
			const y = train.map((i) => data.classes![i]);
			const raw = logisticOneVsRest(
				train.map((i) => data.X[i]),
				y,
				test.map((i) => data.X[i]),
				Infinity
			)!;
			// by the engine: after the squeeze some answers differ, yet the same space standardised gives the raw answers back
			const differing = page.versions.filter(
				(v) =>
					v.id !== 'normalize' &&
					logisticOneVsRest(
						train.map((i) => v.X[i]),
						y,
						test.map((i) => v.X[i]),
						Infinity
					)!.some((p, i) => p !== raw[i])
			);
			expect(differing.length).toBeGreaterThan(0);
			for (const v of differing) {
				const Z = fitScaler(
					'standard',
					train.map((i) => v.X[i])
				).transform(v.X);
				expect(
					logisticOneVsRest(
						train.map((i) => Z[i]),
						y,
						test.map((i) => Z[i]),
						Infinity
					)
				).toEqual(raw);
			}
			expect(scores.logisticDiffersIn).toEqual(differing.map((v) => v.name));
			expect(scores.logisticSolverStop).toEqual(differing.map((v) => v.name));
			const note = page.modelNote.join(' ');
			const changed = page.modelNote.find((s) => s.startsWith('Changed by at least one scaler')) ?? '';
			expect(changed).not.toContain('logistic regression without a penalty');
			expect(note).toContain(
				`Logistic regression without a penalty answers differently after ${differing.length === 1 ? differing[0].name : ''}`
			);
			expect(note).toContain('only because its solver stops at a tolerance');
		}
	);

	it.each(cases)(
		'%s: a model the note calls changed prints a different score somewhere; one it calls the same prints the raw score everywhere',
		(query) => {
			for (const page of [scoredPage(query), scoredPage(`${query}&out=1000000000_3000`)]) {
				const scores = page.modelScores!;
				const raw = scores.rows[0].scores;
				const perFeature = scores.rows.filter((r) => r.id !== 'raw' && r.id !== 'normalize');
				const changed = page.modelNote.find((s) => s.startsWith('Changed by at least one scaler')) ?? '';
				const sameLine = page.modelNote.find((s) => s.startsWith('The same ')) ?? '';
				for (const model of MODEL_IDS) {
					const moved = perFeature.some((r) => formatPercent(r.scores[model]) !== formatPercent(raw[model]));
					if (changed.includes(modelNames[model].inText)) expect(moved, model).toBe(true);
					if (sameLine.includes(modelNames[model].inText)) expect(moved, model).toBe(false);
				}
				expect(page.modelNote.join(' ')).not.toContain('bigger units');
			}
		}
	);

	it('one number format: an outlier at 1e9 leaves the original rows a sliver printed as "under 1%", and the parameter table and the leak note write 1e9 alike', () => {
		const page = scalingPage('src=cars&seed=1&out=1000000000_3000&fit=all');
		const effect = page.effect!;
		expect(effect.kept).toBeGreaterThan(0);
		expect(effect.kept).toBeLessThan(0.005);
		expect(wholePercent(effect.kept)).toBe('under 1%');
		expect(wholePercent(0.247)).toBe('25%');
		expect(formatShort(1e9)).toBe('1,000,000,000');
		expect(page.leakNote.join(' ')).not.toContain('1000000000');
	});

	it('scores only the original rows: an added point has no class', () => {
		const page = scoredPage('src=cars&seed=1');
		const before = page.modelScores!;
		page.addOutlier();
		page.scoreNow();
		expect(page.modelScores!.testRows).toBe(before.testRows);
		expect(page.modelScores!.rows[0].scores).toEqual(before.rows[0].scores);
	});
});

describe('the picked point’s neighbours (the sentence under the formula)', () => {
	it.each(cases)('%s: counts the raw nearest neighbours still nearest after the compared scaler', (query) => {
		const page = scalingPage(query);
		const data = page.data!;
		const scaled = fitScaler(
			'standard',
			page.split!.train.map((i) => data.X[i])
		).transform(data.X);
		const before = nearestNeighbours(data.X, 0, 5);
		const after = nearestNeighbours(scaled, 0, 5);
		expect(page.sameNeighbours).toBe(after.filter((i) => before.includes(i)).length);
	});
});
