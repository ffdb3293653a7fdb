/**
 * The geometry every chart frame shares (PlotFrame.svelte draws it): from the measured width,
 * the root font size and what the axes hold, the margins, the plot's inner size, the scales
 * and the tick counts. Plain functions, so the layout is tested without a browser.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import {
	axisTicks,
	fitTickCount,
	plotLayout,
	rowsLayout,
	type Margins,
	type PlotLayout,
	type RowsLayout
} from './axisRoom';
import { finiteDomain } from './ticks';

/** One axis of a frame. */
export interface AxisSpec {
	/** The values the axis spans; a non-finite end (an overflow upstream) falls back to [0, 1]. */
	domain: readonly [number, number];
	/** The axis title ('' for none). */
	title?: string;
	/** About how many ticks; a function of the axis' length in px picks fewer on a small plot. */
	ticks?: number | ((length: number) => number);
	/** Tick label text (default: axisTicks' own). */
	format?: (value: number) => string;
	/** Dashed grid lines across the plot at each tick. */
	grid?: boolean;
	/** Labels the margin must hold besides the ticks' (e.g. another tick count's). */
	room?: readonly string[];
	/** No axis drawn: the chart writes labels of its own (given as `room`) where the tick labels would be. */
	hidden?: boolean;
}

/** Labelled rows (bars, boxes) down the plot instead of a y axis: the labels sit at the left or above each row. */
export interface RowsSpec {
	labels: readonly string[];
	/** Height of a row's band, px at a 16 px root font (it grows with the type). */
	rowHeight: number;
	/** Least room for the labels, px. */
	leastLabelWidth?: number;
	/** Least room at the right, px (e.g. for value labels past a bar). */
	leastRight?: number;
}

/** What a frame holds and how it is sized. */
export interface FrameSpec {
	x: AxisSpec;
	/** A y axis; leave out for `rows`. */
	y?: AxisSpec;
	/** Rows down the plot instead of a y axis. */
	rows?: RowsSpec;
	/** Height of the whole chart, px at a 16 px root font (it grows with the type); leave out for a square plot. */
	height?: number;
	/** Widest the chart grows, in rem (so it grows with the type in presenter mode). */
	maxWidth?: number;
	/** Least margins, px, for marks drawn outside the plot (a handle's label above it, say). */
	least?: Partial<Margins>;
	/** Smallest plot width, px. */
	minWidth?: number;
	/** Tallest the whole chart may be, px (presenter mode: the chart must fit the projector's screen). */
	maxHeight?: number;
	/** Least height of a chart given a `height`, px (presenter mode: the stage fills a large screen). */
	minHeight?: number;
	/** Keep the plot square when `maxHeight` shortens it (equal units on both axes, a square grid). */
	square?: boolean;
}

/** The frame laid out: everything a layer needs to draw. */
export interface FrameGeometry {
	rem: number;
	margin: Margins;
	innerWidth: number;
	innerHeight: number;
	/** Size of the whole chart, px. */
	outerWidth: number;
	outerHeight: number;
	x: ScaleLinear<number, number>;
	/** The y axis' scale (range from the bottom up), or, for rows, row positions 0…rows to px from the top. */
	y: ScaleLinear<number, number>;
	xTicks: number;
	yTicks: number;
	xTitle: PlotLayout['xTitle'];
	yTitle: PlotLayout['yTitle'];
	/** Rows' bands and labels' placement, for a frame of rows. */
	rows: RowsLayout | null;
}

/** Default tick counts: five along x, four up y (the y axis is usually the shorter). */
const defaultTicks = { x: 5, y: 4 } as const;

/** The tick count an axis asks for at `length` px. */
export function wantedTicks(axis: AxisSpec, length: number, fallback: number): number {
	const { ticks = fallback } = axis;
	return typeof ticks === 'function' ? ticks(length) : ticks;
}

/** The labels an axis' margin must hold: its ticks' at the count it asks for (or the room given, for a hidden axis), and any extra room. */
export function roomLabels(axis: AxisSpec, count: number): string[] {
	const ticks = axis.hidden
		? []
		: axisTicks(scaleLinear().domain(finiteDomain(axis.domain)), count, axis.format).labels;
	return [...ticks, ...(axis.room ?? [])];
}

/**
 * Lays a frame out in `width` px at a root font of `rem` px: margins from the tick labels and
 * titles (axisRoom), the plot's inner size from the height rule, scales over finite domains,
 * and an x tick count whose labels fit side by side.
 */
export function frameGeometry(spec: FrameSpec, measuredWidth: number, rem: number): FrameGeometry {
	const width = spec.maxWidth === undefined ? measuredWidth : Math.min(measuredWidth, spec.maxWidth * rem);
	// a tick count that depends on the axis' length is asked at the widest the plot can be
	const xCount = wantedTicks(spec.x, width, defaultTicks.x);
	if (spec.rows) return rowsGeometry(spec, spec.rows, width, rem, xCount);
	const yAxis = spec.y ?? { domain: [0, 1], hidden: true };
	const yDomain = finiteDomain(yAxis.domain);
	const wanted =
		spec.height === undefined
			? undefined
			: Math.max(Math.round((spec.height * rem) / 16), spec.minHeight ?? 0);
	// a cap turns a square plot into a shorter one rather than letting it leave the screen
	const height =
		spec.maxHeight !== undefined && (wanted ?? width) > spec.maxHeight ? Math.round(spec.maxHeight) : wanted;
	const yCountGuess = wantedTicks(yAxis, height ?? width, defaultTicks.y);
	const layout = plotLayout({
		rem,
		width,
		height,
		xTitle: spec.x.title ?? '',
		yTitle: yAxis.title ?? '',
		xTickLabels: roomLabels(spec.x, xCount),
		yTickLabels: roomLabels(yAxis, yCountGuess),
		least: spec.least,
		minWidth: spec.minWidth
	});
	const { margin, innerHeight } = layout;
	const innerWidth = spec.square ? Math.min(layout.innerWidth, innerHeight) : layout.innerWidth;
	// not clamped: a value beyond the domain is drawn beyond the plot, where a clip path can hide it
	const y = scaleLinear().domain(yDomain).range([innerHeight, 0]);
	return {
		...plotBox(spec.x, rem, margin, innerWidth, innerHeight),
		y,
		yTicks: wantedTicks(yAxis, innerHeight, defaultTicks.y),
		xTitle: layout.xTitle,
		yTitle: layout.yTitle,
		rows: null
	};
}

/** The parts every frame shares: its sizes, and the x scale with a tick count whose labels fit side by side. */
function plotBox(xAxis: AxisSpec, rem: number, margin: Margins, innerWidth: number, innerHeight: number) {
	const x = scaleLinear().domain(finiteDomain(xAxis.domain)).range([0, innerWidth]);
	return {
		rem,
		margin,
		innerWidth,
		innerHeight,
		outerWidth: innerWidth + margin.left + margin.right,
		outerHeight: innerHeight + margin.top + margin.bottom,
		x,
		xTicks: fitTickCount(x, wantedTicks(xAxis, innerWidth, defaultTicks.x), rem, xAxis.format)
	};
}

/** A frame of labelled rows over an x axis (rowsLayout): its height is the rows'. */
function rowsGeometry(
	spec: FrameSpec,
	rows: RowsSpec,
	width: number,
	rem: number,
	xCount: number
): FrameGeometry {
	const layout = rowsLayout({
		rem,
		width,
		labels: rows.labels,
		leastLabelWidth: rows.leastLabelWidth,
		rowHeight: rows.rowHeight,
		tickLabels: roomLabels(spec.x, xCount),
		leastRight: rows.leastRight
	});
	const { margin } = layout;
	const innerWidth = Math.max(spec.minWidth ?? 60, width - margin.left - margin.right);
	const innerHeight = rows.labels.length * layout.row;
	return {
		...plotBox(spec.x, rem, margin, innerWidth, innerHeight),
		y: scaleLinear().domain([0, rows.labels.length]).range([0, innerHeight]),
		yTicks: 0,
		xTitle: { lines: [], y: innerHeight },
		yTitle: { lines: [], x: 0 },
		rows: layout
	};
}

/** Where row `i`'s band starts and its middle, px from the plot's top (its stacked label sits above the band). */
export function rowBand(rows: RowsLayout, i: number): { top: number; mid: number } {
	const top = i * rows.row + rows.row - rows.band;
	return { top, mid: top + rows.band / 2 };
}
