/**
 * Predict-then-see questions about the run on screen: what a doubled or a tenth of the rate, or
 * switching to Adam, does. Each answer comes from running the engine on the changed state, and
 * "Show me" opens exactly that state.
 */
import type { Rng } from '$lib/ml/random';
import { formatShort } from '$lib/format/format';
import { showMe, type Question } from '$lib/quiz/quiz';
import { runOn, type Run } from './analysis';
import { gradientCodec, rateRange, type GradientUrlState } from './codec';
import { optimizerLabels } from './labels';
import { gapText, verdictLabels } from './verdictText';
import type { QuizView } from './quizView';

const f = formatShort;

/** The verdicts a question offers: noisy only where steps see batches. */
export function verdictOptions(view: QuizView): string[] {
	const kinds = ['converged', 'crawling', 'zig-zagging', 'diverged'] as const;
	const labels: string[] = kinds.map((kind) => verdictLabels[kind]);
	return view.input.batch !== 'full' && view.surface.id === 'logistic'
		? [...labels, verdictLabels.noisy]
		: labels;
}

/** The run now, said for a prompt. */
const setting = ({ surface, input, runA }: QuizView) =>
	`On this surface (${surfaceNames[surface.id]}), ${optimizerLabels[input.opt]} at rate ${f(input.lr)} runs ${input.steps} steps from (${f(runA.trajectory.points[0][0])}, ${f(runA.trajectory.points[0][1])}) and its verdict is “${verdictLabels[runA.verdict.kind]}”.`;

export const surfaceNames: Record<GradientUrlState['surf'], string> = {
	bowl: 'the bowl',
	long: 'the long bowl',
	valley: 'the valley',
	two: 'two minima',
	logistic: 'iris logistic loss'
};

/** A question on what the verdict becomes at another rate of optimiser A. */
function rateQuestion(view: QuizView, id: string, rate: number, said: string): Question | null {
	if (rate < rateRange.min || rate > rateRange.max || rate === view.input.lr) return null;
	const after: Run = runOn(view.surface, view.input, view.input.opt, rate);
	const label = verdictLabels[after.verdict.kind];
	const options = verdictOptions(view);
	if (!options.includes(label)) return null;
	return {
		id,
		form: 'predict',
		see: showMe(`rate ${f(rate)}`, gradientCodec, view.input, { lr: rate }),
		kind: 'choice',
		prompt: `${setting(view)} The rate is ${said}, to ${f(rate)}. What is the verdict now?`,
		options,
		answer: label,
		explanation: `At ${f(rate)} the run ends ${gapText(after.verdict.endGap)} above the lowest minimum (from ${gapText(after.verdict.startGap)}), with ${after.verdict.reversals} of ${after.verdict.pairs} steps turning back${after.verdict.leftFrame !== null ? ` and the path leaving the frame at step ${after.verdict.leftFrame}` : ''}: ${label.toLowerCase()}.`
	};
}

/** Rates are rounded to three significant digits, as the slider writes them. */
const round3 = (v: number) => Number(v.toPrecision(3));

const doubled = (view: QuizView) => rateQuestion(view, 'rate-doubled', round3(view.input.lr * 2), 'doubled');
const tenth = (view: QuizView) =>
	rateQuestion(view, 'rate-tenth', round3(view.input.lr / 10), 'cut to a tenth');

/** Switch optimiser A to Adam (or, on Adam, to plain descent): does the run end lower or higher? */
function switchOptimizer(view: QuizView, rng: Rng): Question | null {
	void rng;
	const to = view.input.opt === 'adam' ? 'plain' : 'adam';
	const after = runOn(view.surface, view.input, to, view.input.lr);
	const before = view.runA.verdict.endGap;
	const now = after.verdict.endGap;
	// a change too small to see on the chart is no answer
	if (!(Math.abs(now - before) > 0.05 * Math.max(Math.abs(now), Math.abs(before)))) return null;
	const lower = 'It ends lower (closer to the minimum)';
	const higher = 'It ends higher (further from the minimum)';
	return {
		id: 'switch-optimizer',
		form: 'predict',
		see: showMe(optimizerLabels[to], gradientCodec, view.input, { opt: to }),
		kind: 'choice',
		prompt: `${setting(view)} Switch it to ${optimizerLabels[to]} at the same rate and steps. Where does the loss end, compared with now?`,
		options: [lower, higher],
		answer: now < before ? lower : higher,
		explanation: `${optimizerLabels[to]} ends ${gapText(now)} above the lowest minimum, against ${gapText(before)} now (${verdictLabels[after.verdict.kind].toLowerCase()}). Adam's steps are about η in each parameter whatever the gradient's size: a help where gradients are tiny or lopsided, a hindrance where the plain step was already right.`
	};
}

export const predictGenerators = [doubled, tenth, switchOptimizer];
