/**
 * The lesson plan's link: a plan round-trips; a link cut at any length opens a prefix of its
 * steps and says which were lost; damage in the middle keeps the steps before it; a plan too
 * long for a link is refused with how much to cut.
 */
import { describe, expect, it } from 'vitest';
import { decodePlan, encodePlan, MAX_PLAN_LINK, planLinkProblem, type Plan } from '$lib/session/planCodec';

const plan: Plan = {
	title: 'Metrics for imbalanced data: 45 minutes — “quotes”, ünïcode & 1 + 1',
	steps: [
		{
			slug: 'confusion-matrix',
			query: 'mode=binary&tp=0&fp=0&fn=100&tn=9900&q=1',
			prompt: 'Predict: accuracy?',
			answer: '99%'
		},
		{
			slug: 'threshold',
			query: 'src=simulated&n=5000&pos=50&cmp=on&q=1',
			prompt: 'Line one\nline two',
			answer: ''
		},
		{ slug: 'outliers', query: '', prompt: 'Which moves more, the mean or the median?', answer: 'The mean.' }
	]
};

describe('the plan link', () => {
	it('round-trips a plan, newlines, quotes and non-ASCII text included, in base64url only', async () => {
		const param = await encodePlan(plan);
		expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await decodePlan(param)).toEqual({ plan, problems: [] });
		const empty = { title: '', steps: [] };
		expect(await decodePlan(await encodePlan(empty))).toEqual({ plan: empty, problems: [] });
	});

	it('cut at every length, opens a prefix of the steps and names the lost ones', async () => {
		const param = await encodePlan(plan);
		let sawPartial = false;
		for (let length = 0; length < param.length; length++) {
			const { plan: read, problems } = await decodePlan(param.slice(0, length));
			const k = read.steps.length;
			expect(read.steps).toEqual(plan.steps.slice(0, k));
			if (k < plan.steps.length) {
				expect(problems).toHaveLength(1);
				if (k > 0 || read.title) {
					sawPartial ||= k > 0;
					expect(problems[0]).toContain(`${k} of its 3 steps could be read`);
					expect(problems[0]).toContain(`step ${k + 1} (${plan.steps[k].slug})`);
				} else expect(problems[0]).toMatch(/damaged or cut short/);
			}
		}
		expect(sawPartial).toBe(true);
	});

	it('damaged in the middle, or not a plan at all, keeps what comes before and never throws', async () => {
		const param = await encodePlan(plan);
		const damaged = `${param.slice(0, param.length - 12)}%%${param.slice(param.length - 10)}`;
		const read = await decodePlan(damaged);
		expect(read.plan.steps).toEqual(plan.steps.slice(0, read.plan.steps.length));
		expect(read.problems.length).toBeGreaterThan(0);
		for (const junk of ['', 'hello', '!!!!', 'AAAAAAAAAAAAAAAAAAAA', 'x'.repeat(500)]) {
			const junkRead = await decodePlan(junk);
			expect(junkRead.plan.steps).toEqual([]);
			expect(junkRead.problems[0]).toMatch(/damaged or cut short/);
		}
	});

	it('refuses a link over 8,000 characters, saying how much to cut', async () => {
		expect(planLinkProblem('https://x/session?plan=abc', plan)).toBeNull();
		const long = `https://x/session?plan=${'A'.repeat(MAX_PLAN_LINK)}`;
		const problem = planLinkProblem(long, plan);
		expect(problem).toMatch(/would take 8,023 characters, over the 8,000/);
		expect(problem).toMatch(/Cut about [\d,]+ characters of prompts and answers, or remove a step/);
	});
});
