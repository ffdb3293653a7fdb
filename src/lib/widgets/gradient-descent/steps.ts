/**
 * The story: the learning rate's three failures on the bowl (too high zig-zags, higher still
 * diverges, too low crawls), momentum's overshoot, and Adam's per-parameter steps on the long bowl.
 * Each step says what the numbers on screen show, and `holds` whether they show it.
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import { formatShort } from '$lib/format/format';
import type { Surface } from '$lib/ml/lossSurfaces';
import type { Run, Verdict } from './analysis';
import type { GradientUrlState } from './codec';
import { gapText } from './verdictText';

/** What a step reads from the page's state. */
export interface StepView {
	surface: Surface | null;
	input: GradientUrlState;
	runA: Run | null;
	runB: Run | null;
}

const f = formatShort;
/** The move of each parameter on a run's first step. */
export const firstStep = (run: Run): number[] =>
	run.trajectory.points[1].map((v, i) => v - run.trajectory.points[0][i]);

/** The rate and 1 − 2η, the factor plain descent multiplies w by on w². */
const factorOf = (rate: number) => 1 - 2 * rate;

/** A step of plain descent on the bowl at rate `lr` for 50 steps, read from run A's verdict. */
const plainOnBowl = (
	id: string,
	title: string,
	lr: number,
	say: (v: Verdict, lr: number) => StepText
): StoryStep<GradientUrlState, StepView> => ({
	id,
	title,
	settings: { surf: 'bowl', opt: 'plain', lr, steps: 50, cmp: 'none' },
	free: ['start'],
	say: ({ runA, input }) => (runA ? say(runA.verdict, input.lr) : null)
});

export const gradientSteps: StoryStep<GradientUrlState, StepView>[] = [
	plainOnBowl('zig-zag', 'Too high a rate zig-zags', 0.9, (v, lr) => {
		const factor = factorOf(lr);
		return {
			holds: v.kind === 'zig-zagging' && v.converged,
			text:
				`On the bowl, plain descent multiplies each weight by 1 − 2η = 1 − 2 × ${f(lr)} = ${f(factor)} a step. ` +
				`The sign flips, so the path jumps across the minimum every time: ${v.reversals} of ${v.pairs} steps turn back. ` +
				`It still gets there, since |${f(factor)}| < 1: the loss went from ${gapText(v.startGap)} to ${gapText(v.endGap)}. Any rate between 0.5 and 1 zig-zags like this.`
		};
	}),
	plainOnBowl('diverge', 'Higher still diverges', 1.1, (v, lr) => {
		const factor = factorOf(lr);
		return {
			holds: v.kind === 'diverged' && v.leftFrame !== null,
			text:
				`Now 1 − 2 × ${f(lr)} = ${f(factor)}: each step lands ${f(Math.abs(factor))} times as far out on the other side, so the loss grows ×${f(factor * factor)} a step` +
				`${v.leftFrame !== null ? ` and the path leaves the frame at step ${v.leftFrame}` : ''}: diverged, at ${gapText(v.endGap)} above the minimum after ${v.steps} steps. ` +
				'Above a rate of 1 plain descent diverges on this loss; in training, this is the loss that explodes until it is no longer a number.'
		};
	}),
	plainOnBowl('crawl', 'Too low crawls', 0.005, (v, lr) => ({
		holds: v.kind === 'crawling',
		text:
			`At ${f(lr)} each step keeps 1 − 2 × ${f(lr)} = ${f(factorOf(lr))} of the distance to the minimum. ` +
			`After ${v.steps} steps the loss is still ${gapText(v.endGap)} above the minimum (it started ${gapText(v.startGap)} above): crawling. ` +
			'It would get there, in far more steps than a training budget allows.'
	})),
	{
		id: 'momentum',
		title: 'Momentum overshoots, then settles',
		settings: { surf: 'bowl', opt: 'momentum', lr: 0.05, beta: 0.9, steps: 100, cmp: 'plain', lrb: 0.05 },
		free: ['start'],
		say({ runA, runB, input }) {
			if (!runA || !runB) return null;
			const a = runA.verdict;
			const b = runB.verdict;
			return {
				holds: a.rises > 0 && a.converged && b.rises === 0,
				text:
					`With momentum (β = ${f(input.beta)}) each step adds ${f(input.beta)} of the last one, so the path swings past the minimum and back: ` +
					`the loss rises again on ${a.rises} of ${a.steps} steps, where plain descent at the same rate never turns up (${b.rises} rises). ` +
					`The swings die down: momentum ends ${gapText(a.endGap)} above the minimum, plain descent ${gapText(b.endGap)}.`
			};
		}
	},
	{
		id: 'adam',
		title: "Adam's per-parameter steps",
		settings: { surf: 'long', opt: 'plain', lr: 0.1, steps: 100, cmp: 'adam', lrb: 0.1 },
		free: ['start'],
		say({ runA, runB, input }) {
			if (!runA || !runB || runA.trajectory.points.length < 2 || runB.trajectory.points.length < 2)
				return null;
			const [plain1, plain2] = firstStep(runA).map(Math.abs);
			const [adam1, adam2] = firstStep(runB).map(Math.abs);
			const near = (v: number) => Math.abs(v - runB.rate) <= 0.01 * runB.rate;
			const a = runA.verdict;
			const b = runB.verdict;
			return {
				holds:
					plain2 > 5 * plain1 &&
					near(adam1) &&
					near(adam2) &&
					a.kind === 'crawling' &&
					b.converged &&
					b.endGap < a.endGap,
				text:
					`The long bowl is ten times steeper across (w₂) than along (w₁). At rate ${f(input.lr)} plain descent's first step moves w₂ by ${f(plain2)} and w₁ by only ${f(plain1)}, ` +
					`so it crawls along the flat floor: after ${a.steps} steps it is still ${gapText(a.endGap)} above the minimum. ` +
					`Adam at rate ${f(runB.rate)} scales each weight's step by that weight's own gradient size: its first step moves w₁ by ${f(adam1)} and w₂ by ${f(adam2)}, ` +
					`and it ends ${gapText(b.endGap)} above. Raising plain's rate to hurry w₁ makes w₂ zig-zag (try 0.9), and past 1 diverge.`
			};
		}
	}
];
