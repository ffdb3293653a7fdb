/**
 * The L1 vs L2 questions: well formed for several states and question sets (quizRules), the
 * curriculum's question always dealt, and each key checked against the engine run directly
 * (or, for the computations, against the optimum found another way).
 */
import { describe, expect, it } from 'vitest';
import { elasticNet, lasso, ridge } from '$lib/ml/linear';
import { fitScaler } from '$lib/ml/scaling';
import { regularizationCodec } from '$lib/widgets/regularization/codec';
import { allQuestions } from '$lib/widgets/regularization/quiz';
import { zeroOption } from '$lib/widgets/regularization/quizPredict';
import { syntheticProblem } from '$lib/widgets/regularization/data';
import { openState } from './regularizationFixtures';
import { expectWellFormedQuestions } from './quizRules';

const decode = (params: URLSearchParams) => regularizationCodec.decode(params);
const tight = { tol: 1e-10, maxIter: 100_000 };
const LINKS = ['', 'pen=l2&lam=0', 'pen=enet&mix=0.3&scale=off', 'data=cars&pen=l1', 'pen=none&n=25&seed=9'];

describe('questions', () => {
	it.each(LINKS)('are well formed and lead with the curriculum question (link "%s")', async (link) => {
		const state = await openState(link);
		for (const q of [1, 2, 3, 17]) {
			state.input.q = q;
			const dealt = state.questions;
			expectWellFormedQuestions(dealt, decode);
			expect(dealt[0].id).toBe('zeros-l1');
			// the question's λ is never the one on screen, whose zero count the page prints
			const see = dealt[0].form === 'predict' ? dealt[0].see.params : '';
			expect(decode(new URLSearchParams(see)).value.lam).not.toBe(state.input.lam);
		}
		expect(allQuestions({ input: state.input, problem: state.problem! }, 1).length).toBeGreaterThanOrEqual(8);
	});

	it('key the zero counts and the unit question from the engine, fitted here directly', () => {
		for (const seed of [1, 2, 3]) {
			const problem = syntheticProblem(40, 2, seed);
			const input = { ...regularizationCodec.defaults(), seed };
			const scaler = fitScaler('standard', problem.train.X);
			const X = scaler.transform(problem.train.X);
			const n = problem.train.y.length;
			for (const q of [1, 2, 3, 4, 5]) {
				const questions = allQuestions({ input, problem }, q);
				const byId = new Map(questions.map((question) => [question.id, question]));
				const zeros = byId.get('zeros-l1')!;
				const asked = decode(
					new URLSearchParams(zeros.kind === 'number' && zeros.form === 'predict' ? zeros.see.params : '')
				).value.lam;
				const l1 = lasso(X, problem.train.y, 10 ** asked, tight);
				expect(zeros.answer).toBe(l1.coef.filter((w) => w === 0).length);
				expect(zeros.prompt).toContain(
					`L2 sets ${ridge(X, problem.train.y, n * 10 ** asked).coef.filter((w) => w === 0).length} of the 8`
				);

				// at λ = 100 L2 keeps every weight (smaller), L1 none: the whole path is above max|xᵀy|/n
				expect(byId.get('zeros-l2-largest')!.answer).toBe(
					zeroOption(ridge(X, problem.train.y, n * 100).coef.filter((w) => w === 0).length, 8)
				);
				expect(byId.get('zeros-l2-largest')!.answer).toBe('None of them');
				const l1Top = lasso(X, problem.train.y, 100, tight);
				expect(byId.get('zeros-l1-largest')!.answer).toBe(
					zeroOption(l1Top.coef.filter((w) => w === 0).length, 8)
				);

				const raw = lasso(problem.train.X, problem.train.y, 0.1, tight);
				expect(raw.coef[4]).toBe(0);
				expect(byId.get('units-off')!.answer).toBe('It becomes exactly 0');
			}
		}
	});

	it('key the validation question by the engine: higher at λ = 100 when the page sits near the bottom', async () => {
		const state = await openState('');
		const question = allQuestions({ input: state.input, problem: state.problem! }, 1).find(
			(q) => q.id === 'validation-largest'
		)!;
		const problem = state.problem!;
		const scaler = fitScaler('standard', problem.train.X);
		const [X, V] = [scaler.transform(problem.train.X), scaler.transform(problem.val.X)];
		const err = (alpha: number) => {
			const fit = lasso(X, problem.train.y, alpha, tight);
			const p = V.map((row) => row.reduce((s, v, j) => s + v * fit.coef[j], fit.intercept));
			return Math.sqrt(p.reduce((s, v, i) => s + (v - problem.val.y[i]) ** 2, 0) / p.length);
		};
		expect(question.answer).toBe(err(100) > err(0.1) ? 'Higher' : 'Lower');
	});

	it('key the computations against the optimum found another way', () => {
		for (let q = 1; q <= 12; q++) {
			const questions = allQuestions(
				{ input: regularizationCodec.defaults(), problem: syntheticProblem(40, 2, 1) },
				q
			);
			const ridgeQ = questions.find((x) => x.id === 'ridge-one-feature')!;
			const alpha = Number(/α = (\d+)/.exec(ridgeQ.prompt)![1]);
			// the engine's ridge without an intercept on the same two points
			expect(ridgeQ.answer).toBeCloseTo(ridge([[1], [2]], [2, 4], alpha, { fitIntercept: false }).coef[0], 9);

			const soft = questions.find((x) => x.id === 'soft-threshold')!;
			const [, z, a] = /weight (−?[\d.]+)\. .* α = ([\d.]+)\?/.exec(soft.prompt)!;
			const zValue = Number(z.replace('−', '-'));
			// one standardised feature (xᵀx/n = 1) whose least-squares weight is z: the lasso by coordinate descent
			const fit = elasticNet([[1], [-1]], [zValue, -zValue], Number(a), 1, tight);
			expect(soft.answer).toBeCloseTo(fit.coef[0], 9);
		}
	});
});
