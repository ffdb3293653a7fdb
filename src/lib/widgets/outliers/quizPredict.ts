/**
 * Predict-then-see questions for outliers: append a point, or treat the flagged values, and
 * foresee what the mean, the median, the rules, the skewness and the fitted line do. Each
 * answer comes from running the engine on the changed column, and "Show me" opens that state.
 *
 * None is asked of an upload (a link cannot carry it, so "Show me" could not open it); the
 * questions that append a point are asked only while the learner has added none.
 */
import { summarize } from '$lib/ml/outliers';
import { median } from '$lib/ml/stats';
import { formatCount, formatValue as v } from '$lib/format/format';
import { showMe, type Question } from '$lib/quiz/quiz';
import { fenceShift, fitLine, flagBoth, ruleBounds, treat } from './analysis';
import { fenceShiftText } from './text';
import { outliersCodec, type OutliersUrlState } from './codec';
import type { Generator, OutliersQuizView } from './quizView';

/** Four significant digits, as the page rounds a point it adds. */
const round = (value: number) => Number(value.toPrecision(4));

const see = (view: OutliersQuizView, label: string, change: Partial<OutliersUrlState>) =>
	showMe(label, outliersCodec, view.input, change);

/** A point to append at `x` (the fitted column at its median), when the column has no added point yet and a link can carry it. */
function appended(view: OutliersQuizView, x: number): [number, number] | null {
	if (view.input.src === 'upload' || view.input.pt !== null || view.data.x.length < 3) return null;
	return [round(x), round(median(view.data.y))];
}

const moved = (from: number, to: number) =>
	to > from ? `up ${v(to - from)}` : to < from ? `down ${v(from - to)}` : 'not at all';

export const predictGenerators: Generator[] = [
	(view) => {
		const { data, flags, before } = view;
		const point = appended(view, flags.iqr.q3 + 10 * (flags.iqr.iqr || 1));
		if (!point) return null;
		const after = summarize([...data.x, point[0]]);
		const options = ['The mean moves more', 'The median moves more', 'They move the same'];
		const [meanShift, medianShift] = [
			Math.abs(after.mean - before.mean),
			Math.abs(after.median - before.median)
		];
		const answer = meanShift > medianShift ? options[0] : medianShift > meanShift ? options[1] : options[2];
		return {
			id: 'append-shift',
			form: 'predict',
			kind: 'choice',
			prompt: `${data.xName}: ${formatCount(before.n)} values, mean ${v(before.mean)}, median ${v(before.median)}. Append one value, ${v(point[0])}. Which moves more?`,
			options,
			answer,
			explanation: `The mean goes ${moved(before.mean, after.mean)} to ${v(after.mean)}: it adds every value, so one far value drags it. The median goes ${moved(before.median, after.median)} to ${v(after.median)}: it only asks which value is in the middle, and that shifts by half a place.`,
			see: see(view, `append ${v(point[0])}`, { pt: point })
		};
	},
	(view) => {
		const { data, flags } = view;
		// just beyond the upper fence: far enough for the quartiles, maybe not for a z-score it inflates itself
		const point = appended(view, flags.iqr.upper + 0.5 * (flags.iqr.iqr || 1));
		if (!point || flags.z.std === 0) return null;
		const x = [...data.x, point[0]];
		const after = flagBoth(x, flags.iqr.k, flags.z.cutoff);
		const last = x.length - 1;
		const options = ['Both rules', 'The IQR fences only', 'The z cut-off only', 'Neither'];
		const answer =
			after.byIqr[last] && after.byZ[last]
				? options[0]
				: after.byIqr[last]
					? options[1]
					: after.byZ[last]
						? options[2]
						: options[3];
		const z = (point[0] - after.z.mean) / after.z.std;
		const shift = fenceShift(flags, after, point[0]);
		return {
			id: 'which-rule',
			form: 'predict',
			kind: 'choice',
			prompt: `${data.xName} has Q1 = ${v(flags.iqr.q1)}, Q3 = ${v(flags.iqr.q3)}, mean ${v(flags.z.mean)} and std ${v(flags.z.std)} over ${formatCount(data.x.length)} values. Append ${v(point[0])}. Which rule flags it: IQR fences with k = ${flags.iqr.k}, or |z| > ${flags.z.cutoff}?`,
			options,
			answer,
			explanation: `Its z-score is ${v(z)}, measured by a mean and std it moves itself. ${fenceShiftText(shift, 'Appending it')}`,
			see: see(view, `append ${v(point[0])}`, { pt: point })
		};
	},
	(view) => {
		const { data } = view;
		const fit = fitLine(data.x, data.y);
		if (!fit || fit.slope === 0) return null;
		// far out along x, at the end of y that pulls against the trend: the most leverage
		const ys = [...data.y].sort((a, b) => a - b);
		const against = fit.slope > 0 ? ys[0] : ys[ys.length - 1];
		const far = appended(view, view.flags.iqr.q3 + 10 * (view.flags.iqr.iqr || 1));
		if (!far) return null;
		const point: [number, number] = [far[0], round(against)];
		const after = fitLine([...data.x, point[0]], [...data.y, point[1]]);
		if (!after) return null;
		const options = ['It rises', 'It falls', 'It stays within 1%'];
		const answer =
			Math.abs(after.slope - fit.slope) <= 0.01 * Math.abs(fit.slope)
				? options[2]
				: after.slope > fit.slope
					? options[0]
					: options[1];
		return {
			id: 'slope-leverage',
			form: 'predict',
			kind: 'choice',
			prompt: `The least-squares line of ${data.yName} on ${data.xName} has slope ${v(fit.slope)}. Add one point at (${v(point[0])}, ${v(point[1])}), far out along ${data.xName}. The slope…`,
			options,
			answer,
			explanation: `It becomes ${v(after.slope)}. Least squares charges each point its squared vertical distance, and a point far out along the x axis has the leverage to tilt the whole line towards it.`,
			see: see(view, `a point at (${v(point[0])}, ${v(point[1])})`, { pt: point })
		};
	},
	(view): Question | null => {
		const { input, data, flags, before } = view;
		if (input.src === 'upload' || input.treat === 'cap' || flags.byIqr.every((f) => !f)) return null;
		const capped = treat(data.x, 'cap', flags.byIqr, ruleBounds(flags, 'iqr'), input.pct);
		const after = summarize(capped.values);
		const [meanMoves, medianMoves] = [after.mean !== before.mean, after.median !== before.median];
		const options = ['Only the mean', 'Only the median', 'Both', 'Neither'];
		const answer =
			meanMoves && medianMoves ? options[2] : meanMoves ? options[0] : medianMoves ? options[1] : options[3];
		return {
			id: 'cap-moves',
			form: 'predict',
			kind: 'choice',
			prompt: `${data.xName}: mean ${v(before.mean)}, median ${v(before.median)}; the IQR fences ${v(flags.iqr.lower)} and ${v(flags.iqr.upper)} flag ${formatCount(capped.changed)} of ${formatCount(before.n)} values. Cap them at the fences: which of the two changes?`,
			options,
			answer,
			explanation: `The mean goes ${moved(before.mean, after.mean)} to ${v(after.mean)}; the median goes ${moved(before.median, after.median)}${medianMoves ? ` to ${v(after.median)}` : ''}. Capping pulls the flagged values in to the fence, which changes the sum but not which value sits in the middle (unless half the values are flagged).`,
			see: see(view, 'cap at the IQR fences', { treat: 'cap', rule: 'iqr' })
		};
	},
	(view): Question | null => {
		const { input, data, flags, before } = view;
		const g = before.skewness;
		if (input.src === 'upload' || input.treat === 'log' || g === null || Math.abs(g) < 0.5) return null;
		const logged = treat(data.x, 'log', flags.byIqr, ruleBounds(flags, 'iqr'), input.pct);
		const gAfter = logged.problem ? null : summarize(logged.values).skewness;
		if (gAfter === null) return null;
		const options = ['Closer to 0', 'Further from 0'];
		const answer = Math.abs(gAfter) < Math.abs(g) ? options[0] : options[1];
		return {
			id: 'log-skew',
			form: 'predict',
			kind: 'choice',
			prompt: `${data.xName} has skewness ${v(g)}. Replace every value x by log(1 + x). Where does the skewness go?`,
			options,
			answer,
			explanation: `It becomes ${v(gAfter)}. The log pulls large values in far more than small ones: a long right tail shortens, while a left tail (negative skew) is stretched further.`,
			see: see(view, 'log(1 + x)', { treat: 'log' })
		};
	}
];
