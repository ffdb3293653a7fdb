/**
 * Room for a chart's axes, worked out from the text they hold and the font size: the widest
 * tick label, how many lines a title needs, and 1 rem (which presenter mode raises). Every
 * chart takes its margins from here, so an axis title never runs over the tick labels and
 * no label is cut at the chart's edge, at any width and in presenter mode.
 */
import type { ScaleLinear } from 'd3-scale';
import { exponentLabels, needsExponent, safeTicks } from './ticks';
import { textWidth, widest, wrapText } from './textWidth';

/** Sizes in rem of the text charts draw: tick labels (Axis), axis titles (.axis-label in app.css), row labels. */
export const fontEm = { tick: 0.75, title: 0.8, label: 0.8 } as const;

/** From an axis line to its tick labels, px: the 5 px tick mark and a 3 px gap. */
export const tickPad = 8;

/** Line height of a wrapped axis title, in em of the title's font. */
const titleLeading = 1.2;

/** Compact labels (1.5M, 100M) once ticks reach a million: "100,000,000" crowds a narrow axis. */
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });

/**
 * The tick values of `scale` (about `count` round values, as d3 picks them, for any finite
 * domain: see ticks.ts) and their labels, every label different.
 */
export function axisTicks(
	scale: ScaleLinear<number, number>,
	count: number,
	format?: (value: number) => string
): { values: number[]; labels: string[] } {
	const [start, end] = scale.domain();
	const values = safeTicks(start, end, count);
	if (format) return { values, labels: values.map(format) };
	if (needsExponent(values)) return { values, labels: exponentLabels(values) };
	const plain = scale.tickFormat(count);
	const big = values.some((v) => Math.abs(v) >= 1e6);
	if (big) {
		const labels = values.map((v) => compact.format(v));
		// compact rounding can merge close ticks (1,001,000 and 1,002,000 are both "1M"): then write them out
		if (new Set(labels).size === labels.length) return { values, labels };
	}
	const labels = values.map(plain);
	// d3's precision follows its step; ticks a step apart in the 17th digit can still print alike
	return { values, labels: new Set(labels).size === labels.length ? labels : exponentLabels(values) };
}

/**
 * The largest tick count ≤ `wanted` whose labels fit side by side along a horizontal axis
 * (each label and a gap of one character within the space between ticks). When none fits,
 * the fewest ticks that still mark two values.
 */
export function fitTickCount(
	scale: ScaleLinear<number, number>,
	wanted: number,
	rem: number,
	format?: (value: number) => string
): number {
	const [start, end] = scale.range();
	const length = Math.abs(end - start);
	const px = fontEm.tick * rem;
	let fewest = wanted;
	for (let count = wanted; count >= 1; count--) {
		const { labels } = axisTicks(scale, count, format);
		// d3 may find no round value, or one, for a small count: such an axis says nothing
		if (labels.length < 2) continue;
		fewest = count;
		if (length / (labels.length - 1) >= widest(labels, px) + px) return count;
	}
	return fewest;
}

/** Room left of a plot for a y axis: its width, and where the (rotated) title's first line sits. */
export interface LeftRoom {
	/** The margin, px. */
	width: number;
	/** x of the title's first baseline, relative to the axis line (negative: left of it). */
	titleX: number;
}

/**
 * Room for a y axis with these tick labels and a title of `titleLines` lines (0: no title).
 * The title is drawn rotated (reading upwards): its letters rise away from the plot, so its
 * baseline sits a descent and a gap beyond the widest tick label.
 */
export function leftRoom(rem: number, tickLabels: readonly string[], titleLines: number): LeftRoom {
	const tickPx = fontEm.tick * rem;
	const titlePx = fontEm.title * rem;
	const labels = tickPad + widest(tickLabels, tickPx);
	if (titleLines <= 0) return { width: Math.ceil(labels + 4), titleX: 0 };
	const nearest = labels + 0.55 * titlePx; // a gap and the descent of the line nearest the plot
	const first = nearest + (titleLines - 1) * titleLeading * titlePx;
	return { width: Math.ceil(first + 0.85 * titlePx + 2), titleX: -first };
}

/** Room below a plot for an x axis: its height, and the y of the title's first baseline. */
export interface BottomRoom {
	height: number;
	titleY: number;
}

/** Room for an x axis's tick labels (drawn `tickPad` below the line, one line high) and a title of `titleLines` lines. */
export function bottomRoom(rem: number, titleLines: number): BottomRoom {
	const tickPx = fontEm.tick * rem;
	const titlePx = fontEm.title * rem;
	const labels = tickPad + 1.05 * tickPx;
	if (titleLines <= 0) return { height: Math.ceil(labels + 4), titleY: 0 };
	const titleY = labels + 0.35 * titlePx + 0.8 * titlePx;
	return {
		height: Math.ceil(titleY + (titleLines - 1) * titleLeading * titlePx + 0.3 * titlePx + 2),
		titleY
	};
}

/** Room past the end of an x axis: half the last tick label, which is centred on the axis's end. */
export function endRoom(rem: number, tickLabels: readonly string[]): number {
	const last = tickLabels[tickLabels.length - 1];
	return last === undefined ? 0 : Math.ceil(textWidth(last, fontEm.tick * rem) / 2 + 2);
}

/** Room before the start of an x axis: half the first tick label, which is centred on the axis's start. */
export function startRoom(rem: number, tickLabels: readonly string[]): number {
	const first = tickLabels[0];
	return first === undefined ? 0 : Math.ceil(textWidth(first, fontEm.tick * rem) / 2 + 2);
}

/** Room above a plot for the top y tick label, which is centred on the axis's top. */
export function topRoom(rem: number): number {
	return Math.ceil((fontEm.tick * rem) / 2 + 2);
}

/** An axis title broken into lines that fit `length` px (at most two; more is cut with "…"). */
export function titleLines(title: string, length: number, rem: number): string[] {
	return title ? wrapText(title, Math.max(40, length), fontEm.title * rem) : [];
}

/** The offset between the lines of a wrapped title, px. */
export function titleLineStep(rem: number): number {
	return titleLeading * fontEm.title * rem;
}

export interface Margins {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** What {@link plotLayout} needs to know about a chart with an x axis below and a y axis to the left. */
export interface PlotLayoutInput {
	/** 1 rem in px. */
	rem: number;
	/** Width of the whole chart, px. */
	width: number;
	/** Height of the whole chart, px; leave out for a square plot (as tall as it is wide). */
	height?: number;
	xTitle: string;
	yTitle: string;
	/** The tick labels each axis will show (axisTicks), whose widths set the room. */
	xTickLabels: readonly string[];
	yTickLabels: readonly string[];
	/** Least margins, px, for marks drawn outside the plot (a handle's label above it, say). */
	least?: Partial<Margins>;
	/** Smallest plot, px. */
	minWidth?: number;
	minHeight?: number;
}

/** The plot's margins and inner size, and each axis title's lines and place. */
export interface PlotLayout {
	rem: number;
	margin: Margins;
	innerWidth: number;
	innerHeight: number;
	xTitle: { lines: string[]; y: number };
	yTitle: { lines: string[]; x: number };
}

/**
 * Margins and plot size for a chart: the left margin holds the widest y tick label and the y
 * title's lines, the bottom one the x tick labels and the x title's lines, the right one half
 * the last x tick label. A title longer than its axis wraps onto a second line, which takes
 * room from the plot, so the two are settled together over a few rounds.
 */
export function plotLayout(input: PlotLayoutInput): PlotLayout {
	const {
		rem,
		width,
		height,
		xTitle,
		yTitle,
		xTickLabels,
		yTickLabels,
		minWidth = 80,
		minHeight = 60
	} = input;
	let least = input.least ?? {};
	const top = Math.max(least.top ?? 0, yTickLabels.length ? topRoom(rem) : 0);
	const right = Math.max(least.right ?? 0, endRoom(rem, xTickLabels));
	// the first x tick label, centred on the axis's start, must not stick out past the y labels
	least = { ...least, left: Math.max(least.left ?? 0, startRoom(rem, xTickLabels)) };
	let yLines = yTitle ? [yTitle] : [];
	let left = leftRoom(rem, yTickLabels, yLines.length);
	let innerWidth = minWidth;
	let innerHeight = minHeight;
	let xLines: string[] = [];
	let bottom = bottomRoom(rem, 0);
	for (let round = 0; round < 3; round++) {
		innerWidth = Math.max(minWidth, width - Math.max(least.left ?? 0, left.width) - right);
		xLines = titleLines(xTitle, innerWidth, rem);
		bottom = bottomRoom(rem, xLines.length);
		const bottomHeight = Math.max(least.bottom ?? 0, bottom.height);
		innerHeight = height === undefined ? innerWidth : Math.max(minHeight, height - top - bottomHeight);
		yLines = titleLines(yTitle, innerHeight, rem);
		left = leftRoom(rem, yTickLabels, yLines.length);
	}
	const leftWidth = Math.max(least.left ?? 0, left.width);
	innerWidth = Math.max(minWidth, width - leftWidth - right);
	if (height === undefined) innerHeight = innerWidth;
	return {
		rem,
		margin: { top, right, bottom: Math.max(least.bottom ?? 0, bottom.height), left: leftWidth },
		innerWidth,
		innerHeight,
		xTitle: { lines: xLines, y: innerHeight + bottom.titleY },
		yTitle: { lines: yLines, x: left.titleX }
	};
}

/** What {@link rowsLayout} needs: a chart of labelled rows (bars, boxes) over an x axis. */
export interface RowsLayoutInput {
	rem: number;
	/** Width of the whole chart, px. */
	width: number;
	/** The rows' labels. */
	labels: readonly string[];
	/** Least room for the labels, px. */
	leastLabelWidth?: number;
	/** Height of a row's band (bar, box), px at a 16 px root font. */
	rowHeight: number;
	/** The x axis's tick labels (axisTicks). */
	tickLabels: readonly string[];
	/** Least room at the right, px (e.g. for value labels past a bar). */
	leastRight?: number;
}

/** Rows, their bands and the margins around them. */
export interface RowsLayout {
	rem: number;
	/** Each label on a line of its own above its band, rather than at the left. */
	stacked: boolean;
	/** Height of a row's band, px. */
	band: number;
	/** Height of a whole row (the band, and a stacked label's line), px. */
	row: number;
	margin: Margins;
}

/**
 * Room for labelled rows: the widest label at the left, or, when that would take over 40% of
 * the width, each label on a line of its own above its band; half the last tick label (or
 * `leastRight`) at the right, the tick labels below. Bands grow with the type.
 */
export function rowsLayout(input: RowsLayoutInput): RowsLayout {
	const { rem, width, labels, leastLabelWidth = 0, rowHeight, tickLabels, leastRight = 16 } = input;
	const labelPx = fontEm.label * rem;
	const labelWidth = Math.max(leastLabelWidth, Math.ceil(widest(labels, labelPx) + 12));
	const stacked = labelWidth > 0.4 * width;
	const band = Math.round((rowHeight * rem) / 16);
	return {
		rem,
		stacked,
		band,
		row: stacked ? band + Math.ceil(1.25 * labelPx) : band,
		margin: {
			top: 4,
			right: Math.max(leastRight, endRoom(rem, tickLabels)),
			bottom: bottomRoom(rem, 0).height,
			left: stacked ? Math.max(4, startRoom(rem, tickLabels)) : labelWidth
		}
	};
}

/** A tick label for a share: 0.2 → "20%", 0.025 → "2.5%" (rounding noise such as 0.07 × 100 trimmed). */
export const percentTick = (value: number): string => `${Number((value * 100).toFixed(6))}%`;
