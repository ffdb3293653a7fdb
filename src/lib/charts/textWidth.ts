/**
 * How wide a line of chart text is, in px, so a chart can make room for it before drawing.
 * In a browser the text is measured on an off-screen canvas in the page's font; elsewhere
 * (prerendering, tests) it is estimated from the advance widths of DejaVu Sans, a wide
 * sans-serif, so an estimate errs on the side of more room.
 */

/** Advance widths in em of DejaVu Sans, grouped; a character not listed counts as `other`. */
const groups: [string, number][] = [
	['0123456789', 0.64],
	[".,:;'|!ijlI", 0.32],
	[' ', 0.32],
	['()[]{}frt-/', 0.4],
	['%', 0.95],
	['mwMW…', 1.0],
	['−+=×<>≤≥±', 0.84],
	['ABCDEFGHJKLNOPQRSTUVXYZ', 0.74],
	['abcdeghknopqsuvxyz', 0.62]
];
const widths = new Map<string, number>();
for (const [chars, em] of groups) for (const c of chars) widths.set(c, em);
const other = 0.8;

/** The estimated width of `text` at `fontPx`: the sum of its characters' advance widths. */
export function estimateWidth(text: string, fontPx: number): number {
	let em = 0;
	for (const c of text) em += widths.get(c) ?? other;
	return em * fontPx;
}

let context: OffscreenCanvasRenderingContext2D | null | undefined;
/** The page's font family (the charts'), once a stylesheet has set it. */
let family: string | null = null;
const measured = new Map<string, number>();

/**
 * The root element's font family. Read until a stylesheet is in (in development the CSS
 * arrives with the scripts), then kept: reading computed style during a drag would force
 * the browser to restyle the page on every move.
 */
function pageFamily(): string {
	if (family) return family;
	const current = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
	if (document.styleSheets.length > 0) family = current;
	return current;
}

/** A canvas to measure with, once per page; null where there is none (Node, jsdom). */
function measuringContext(): OffscreenCanvasRenderingContext2D | null {
	if (context !== undefined) return context;
	context = null;
	if (typeof OffscreenCanvas === 'undefined' || typeof document === 'undefined') return context;
	try {
		context = new OffscreenCanvas(1, 1).getContext('2d');
	} catch {
		context = null;
	}
	return context;
}

/**
 * The width of `text` in px at `fontPx` (bold when asked): measured in the page's font where a
 * canvas can measure it, else estimated. Measurements are remembered (charts ask for the same
 * tick labels on every redraw).
 */
export function textWidth(text: string, fontPx: number, bold = false): number {
	const ctx = measuringContext();
	if (!ctx) return estimateWidth(text, fontPx) * (bold ? 1.08 : 1);
	const font = pageFamily();
	const key = `${font}|${bold ? 'b' : ''}${fontPx}|${text}`;
	let width = measured.get(key);
	if (width === undefined) {
		ctx.font = `${bold ? '700 ' : ''}${fontPx}px ${font}`;
		width = ctx.measureText(text).width;
		if (measured.size > 5000) measured.clear();
		measured.set(key, width);
	}
	return width;
}

/** The width of the widest of `texts` (0 for none). */
export function widest(texts: readonly string[], fontPx: number): number {
	let most = 0;
	for (const t of texts) most = Math.max(most, textWidth(t, fontPx));
	return most;
}

/**
 * `text` broken into at most `maxLines` lines no wider than `maxWidth` (px), at spaces. A word
 * wider than the line keeps a line to itself; text left over after the last line is cut with "…".
 */
export function wrapText(text: string, maxWidth: number, fontPx: number, maxLines = 2): string[] {
	if (textWidth(text, fontPx) <= maxWidth) return [text];
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, fontPx) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = lines.slice(maxLines - 1).join(' ');
	while (last.length > 1 && textWidth(`${last}…`, fontPx) > maxWidth) last = last.slice(0, -1).trimEnd();
	kept[maxLines - 1] = `${last}…`;
	return kept;
}
