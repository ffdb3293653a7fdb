import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/quiz/quiz';
import { zooCodec, type ZooUrlState } from '$lib/widgets/model-zoo/codec';
import { makePlane } from '$lib/widgets/model-zoo/plane';
import { linearOptions, xorOptions, zooQuestions } from '$lib/widgets/model-zoo/quiz';
import { byHand } from './modelZooByHand';
import { expectWellFormedQuestions } from './quizRules';

const defaults = zooCodec.defaults();
/** Every generator's question for a state: many question sets, collected by id. */
function allQuestions(input: ZooUrlState): Map<string, Question> {
	const plane = makePlane(input, {})!;
	const found = new Map<string, Question>();
	for (let q = 1; q <= 12; q++)
		for (const question of zooQuestions({ input, plane }, q)) found.set(question.id, question);
	return found;
}

describe('the decision-boundary questions', () => {
	const states = [1, 2, 3].map((seed) => ({ ...defaults, seed, n: 200 }));

	it.each(states)('are well formed and deal at least half predict or scenario (seed $seed)', (input) => {
		const plane = makePlane(input, {})!;
		for (const q of [1, 2, 3])
			expectWellFormedQuestions(zooQuestions({ input, plane }, q), (p) => zooCodec.decode(p));
	});

	it('offer at least 8 generators, at least half predict or scenario, the curriculum’s XOR question among them', () => {
		const found = allQuestions({ ...defaults, ma: 'tree', adepth: 3, mb: 'forest' });
		expect(found.size).toBeGreaterThanOrEqual(8);
		const understanding = [...found.values()].filter((q) => q.form !== 'compute').length;
		expect(understanding * 2).toBeGreaterThanOrEqual(found.size);
		const xor = found.get('xor-why')!;
		expect(xor.kind === 'choice' && xor.answer).toBe(xorOptions[0]);
	});

	it.each(states)('keys the predict questions by the engine on the changed state (seed $seed)', (base) => {
		const input = { ...base, ma: 'tree' as const, adepth: 3, mb: 'forest' as const };
		const found = allQuestions(input);
		const plane = makePlane(input, {})!;
		const key = (id: string) => {
			const q = found.get(id)!;
			return q.kind === 'choice' ? q.answer : null;
		};
		// 1-NN: each training point is its own nearest neighbour
		expect(byHand(plane, { kind: 'knn', k: 1 }).train).toBe(1);
		expect(key('one-nn-train')).toBe('100%');
		const tree = byHand(plane, { kind: 'tree' });
		expect(key('full-tree')).toBe(
			tree.train < 1
				? 'Below 100% on training'
				: tree.test < 1
					? '100% on training, lower on test'
					: '100% on both'
		);
		const fifteen = byHand(plane, { kind: 'knn', k: 15 });
		expect(key('more-neighbours')).toBe(fifteen.train === 1 ? 'Still 100%' : 'Lower than 100%');
		const xor = byHand(makePlane({ ...input, data: 'xor' }, {})!, { kind: 'logistic', degree: 1 });
		const expected =
			Math.abs(xor.test - 0.5) <= 0.1
				? linearOptions[0]
				: xor.test > 0.8
					? linearOptions[1]
					: linearOptions[2];
		expect(key('xor-linear')).toBe(expected);
	});

	it('keys the computations by counting', () => {
		const found = allQuestions(defaults);
		const poly = found.get('poly-parameters')!;
		const degree = Number(/up to degree (\d)/.exec(poly.prompt)![1]);
		let monomials = 0;
		for (let i = 0; i <= degree; i++) for (let j = 0; i + j <= degree; j++) monomials++;
		expect(poly.kind === 'number' && poly.answer).toBe(monomials);
		const nodes = found.get('tree-nodes')!;
		const leaves = Number(/has (\d+) leaves/.exec(nodes.prompt)![1]);
		expect(nodes.kind === 'number' && nodes.answer).toBe(leaves + (leaves - 1));
	});

	it('does not ask about a model already on screen', () => {
		const found = allQuestions({ ...defaults, ma: 'knn', ak: 1 });
		expect(found.has('one-nn-train')).toBe(false);
		expect(allQuestions({ ...defaults, data: 'xor', ma: 'logistic', adeg: 1 }).has('xor-linear')).toBe(false);
	});
});
