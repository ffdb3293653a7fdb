/**
 * The gradient-descent widget's link state: the surface, the optimiser with its settings, the rate
 * and steps, the start point, the batch size (iris surface), and a second optimiser to compare.
 * The start is optional: '' means the surface's own start, so switching surface starts somewhere sensible.
 */
import { optimizerNames, type OptimizerName } from '$lib/ml/optimize';
import { surfaceFrames, type SurfaceId } from '$lib/ml/lossSurfaces';
import { defineCodec, enumField, intField, numberField } from '$lib/url/codec';
import type { Field, StateOf } from '$lib/url/codec';

export type Batch = 'full' | 'mini' | 'one';
export type Comparison = 'none' | OptimizerName;

/** Rates the slider and box take: 0.001 to 3, the range (a log scale: each decade the same length). */
export const rateRange = { min: 0.001, max: 3 } as const;
/** Farthest a start may sit from the origin in a link (every surface's frame lies inside). */
export const startLimit = 10;
/** Rows per mini-batch on the iris surface. */
export const miniBatchRows = 10;

/** The start point as "w1_w2"; '' is the surface's own start. */
function startField(): Field<[number, number] | null> {
	return {
		default: null,
		parse(raw) {
			if (raw === '') return { ok: true, value: null };
			const parts = raw.split('_');
			const values = parts.map((part) => (part.trim() === '' ? NaN : Number(part)));
			if (values.length !== 2 || !values.every(Number.isFinite))
				return { ok: false, reason: 'not two numbers joined by _' };
			if (values.some((v) => Math.abs(v) > startLimit))
				return { ok: false, reason: `a coordinate outside −${startLimit}–${startLimit}` };
			return { ok: true, value: [values[0] + 0, values[1] + 0] };
		},
		format: (value) => (value ? `${value[0]}_${value[1]}` : ''),
		equals: (a, b) => (a === null || b === null ? a === b : a[0] === b[0] && a[1] === b[1]),
		edges: ['', `-${startLimit}_${startLimit}`, `${startLimit}_-${startLimit}`],
		maxLength: 66
	};
}

/** Whether a point lies in a surface's frame (edges included). */
export function insideFrame([w1, w2]: readonly number[], surf: SurfaceId): boolean {
	const { x, y } = surfaceFrames[surf];
	return w1 >= x[0] && w1 <= x[1] && w2 >= y[0] && w2 <= y[1];
}

export const gradientCodec = defineCodec(
	{
		surf: enumField<SurfaceId>('bowl', ['bowl', 'long', 'valley', 'two', 'logistic']),
		/** Optimiser A, its rate and the settings it uses (β for momentum and Nesterov, ρ for RMSProp, β₁ and β₂ for Adam). */
		opt: enumField<OptimizerName>('plain', optimizerNames),
		lr: numberField(0.1, rateRange.min, rateRange.max),
		beta: numberField(0.9, 0, 0.99, 0.01),
		rho: numberField(0.9, 0, 0.99, 0.01),
		beta2: numberField(0.999, 0.9, 0.999, 0.001),
		steps: intField(50, 1, 500),
		/** The start point (w₁, w₂), or null for the surface's own. */
		start: startField(),
		/** On the iris surface: the gradient on every row, on mini-batches of 10, or on one row at a time. */
		batch: enumField<Batch>('full', ['full', 'mini', 'one']),
		/** The order mini-batches take the rows in. */
		seed: intField(1, 1, 1_000_000),
		/** Optimiser B, run from the same start with its own rate, or none. */
		cmp: enumField<Comparison>('none', ['none', ...optimizerNames]),
		lrb: numberField(0.1, rateRange.min, rateRange.max),
		q: intField(1, 1, 1_000_000)
	},
	{
		check(decoded) {
			// a start the plot cannot show could not be seen or moved: the surface's own start instead
			const { start, surf } = decoded.value;
			if (start && !insideFrame(start, surf)) {
				decoded.problems.push(
					`The link's start (${start[0]}, ${start[1]}) is outside the ${surf} surface's frame; using its own start.`
				);
				decoded.value.start = null;
			}
		}
	}
);

export type GradientUrlState = StateOf<typeof gradientCodec>;
