/**
 * A lesson plan in one link: the title and the steps (each a widget, the query string of its
 * share link, a prompt for the room and an optional answer) written as lines of JSON, deflated
 * (the browser's CompressionStream, no library) and written in base64url, so `/session?plan=…`
 * holds the whole plan and no server stores anything.
 *
 * The first line names every step's widget, and each step is a line of its own: a link cut short
 * (a chat client's limit, a bad copy) still inflates to a prefix of those lines, so the steps
 * before the cut open and the ones after are named as lost, never a blank page.
 */
import { formatCount } from '$lib/format/format';
import { MAX_QUERY_LENGTH } from '$lib/url/linkLimits.svelte';
import { MAX_STEPS, MAX_TEXT, MAX_TITLE, PLAN_PARAM, type Plan, type PlanStep, type ReadPlan } from './plan';

export { MAX_STEPS, MAX_TEXT, MAX_TITLE, PLAN_PARAM, type Plan, type PlanStep, type ReadPlan } from './plan';

/** Longest step query read back: a widget's own links stop at 8,000 characters (linkLimits). */
const MAX_QUERY = 8_000;
/** The format's version, first in the header line. */
const VERSION = 1;
/** Compressed bytes fed to the inflater at a time, so a damaged byte still leaves the text before it. */
const CHUNK = 64;

/** Whether a string is a widget slug's shape (the registry checks it names a real widget). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The plan as text: a header line, then one line per step. */
export function planText(plan: Plan): string {
	const header = JSON.stringify({ v: VERSION, title: plan.title, widgets: plan.steps.map((s) => s.slug) });
	const steps = plan.steps.map((s) => JSON.stringify([s.slug, s.query, s.prompt, s.answer]));
	// every line ends in a newline, so a line cut short is known by its missing end
	return [header, ...steps].map((line) => `${line}\n`).join('');
}

/** The plan's link parameter: its text deflated and written in base64url. */
export async function encodePlan(plan: Plan): Promise<string> {
	const bytes = new TextEncoder().encode(planText(plan));
	const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/**
 * Reads a plan parameter: every step that survives, and what could not be read. Never throws:
 * a damaged link gives the steps before the damage.
 */
export async function decodePlan(param: string): Promise<ReadPlan> {
	const { text } = await inflate(fromBase64Url(param));
	// the lines say what was lost: a step line cut short is missing its end, and the header names every step
	return readPlanText(text);
}

const damagedWhole =
	'This plan link is damaged or cut short: not even its list of steps could be read. Ask for the link again.';

/** Longest plan link shared, characters: browsers and servers reliably keep 8,000 (see linkLimits). */
export const MAX_PLAN_LINK = MAX_QUERY_LENGTH;

/**
 * Why a plan's link cannot be shared (null when it can): longer than links reliably travel,
 * with about how much text to cut. The link is compressed, so a character of prompt costs less
 * than one of link; the estimate uses this plan's own ratio.
 */
export function planLinkProblem(link: string, plan: Plan): string | null {
	const over = link.length - MAX_PLAN_LINK;
	if (over <= 0) return null;
	const text = planText(plan).length;
	const payload = Math.max(1, link.length - link.indexOf(`${PLAN_PARAM}=`) - PLAN_PARAM.length - 1);
	const textToCut = Math.ceil((over * text) / payload);
	const perStep = plan.steps.length > 0 ? Math.round(payload / plan.steps.length) : 0;
	return (
		`This plan's link would take ${formatCount(link.length)} characters, over the ${formatCount(MAX_PLAN_LINK)} that browsers and servers reliably keep, so it was not copied. ` +
		`Cut about ${formatCount(textToCut)} characters of prompts and answers, or remove a step (each takes about ${formatCount(perStep)} characters of link), then share again.`
	);
}

/** Reads the plan's lines; a line cut short or garbled ends the reading there. */
export function readPlanText(text: string): ReadPlan {
	const lines = text.split('\n');
	// the last piece has no newline after it: it was cut (or is the empty rest after the final newline)
	lines.pop();
	const header = parseHeader(lines[0]);
	if (!header) return { plan: { title: '', steps: [] }, problems: [damagedWhole] };
	const steps: PlanStep[] = [];
	for (const [i, slug] of header.widgets.entries()) {
		const step = parseStep(lines[i + 1], slug);
		if (!step) break;
		steps.push(step);
	}
	const problems: string[] = [];
	const lost = header.widgets.slice(steps.length);
	if (lost.length > 0) {
		const named = lost.map((slug, i) => `step ${steps.length + i + 1} (${slug})`);
		problems.push(
			`This link was cut short or damaged: ${formatCount(steps.length)} of its ${formatCount(header.widgets.length)} steps could be read; ${list(named)} could not. Ask for the link again to get ${lost.length === 1 ? 'it' : 'them'}.`
		);
	}
	return { plan: { title: header.title, steps }, problems };
}

function parseHeader(line: string | undefined): { title: string; widgets: string[] } | null {
	const value = parseJson(line);
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	const { v, title, widgets } = value as Record<string, unknown>;
	if (v !== VERSION || typeof title !== 'string' || !Array.isArray(widgets)) return null;
	if (widgets.length > MAX_STEPS || !widgets.every((w) => typeof w === 'string' && SLUG.test(w))) return null;
	return { title: title.slice(0, MAX_TITLE), widgets };
}

function parseStep(line: string | undefined, slug: string): PlanStep | null {
	const value = parseJson(line);
	if (!Array.isArray(value) || value.length !== 4 || !value.every((v) => typeof v === 'string')) return null;
	const [stepSlug, query, prompt, answer] = value as string[];
	// a step whose widget differs from the header's is not this plan's
	if (stepSlug !== slug || query.length > MAX_QUERY) return null;
	return { slug, query, prompt: prompt.slice(0, MAX_TEXT), answer: answer.slice(0, MAX_TEXT) };
}

function parseJson(line: string | undefined): unknown {
	if (line === undefined) return undefined;
	try {
		return JSON.parse(line);
	} catch {
		return undefined;
	}
}

/** "a", "a and b", "a, b and c". */
function list(items: string[]): string {
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Inflates as much as the bytes allow: a stream cut short or damaged still gives the text
 * before the damage (fed in small chunks, so one bad chunk loses little).
 */
async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<{ text: string }> {
	const stream = new DecompressionStream('deflate-raw');
	const writer = stream.writable.getWriter();
	const reader = stream.readable.getReader();
	// the stream's own promises reject on damage too: they are read here, not left unhandled
	writer.closed.catch(() => {});
	reader.closed.catch(() => {});
	const chunks: Uint8Array[] = [];
	const reading = (async () => {
		try {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) return;
				chunks.push(value);
			}
		} catch {
			// damaged: the chunks read so far are the text before the damage
		}
	})();
	try {
		for (let i = 0; i < bytes.length; i += CHUNK) await writer.write(bytes.subarray(i, i + CHUNK));
		await writer.close();
	} catch {
		// damaged or cut short: the reader ends with an error, and the chunks so far stay
	}
	await reading;
	const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const chunk of chunks) {
		all.set(chunk, at);
		at += chunk.length;
	}
	return { text: new TextDecoder().decode(all) };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let j = 0; j < chars; j++) out += ALPHABET[(n >> (18 - 6 * j)) & 63];
	}
	return out;
}

/** The bytes of a base64url text, up to its first character that is not base64url (a damaged link). */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
	const values: number[] = [];
	for (const char of text) {
		const value = ALPHABET.indexOf(char);
		if (value < 0) break;
		values.push(value);
	}
	const bytes = new Uint8Array(Math.floor((values.length * 6) / 8));
	for (let b = 0; b < bytes.length; b++) {
		const bit = b * 8;
		const i = Math.floor(bit / 6);
		// the byte's 8 bits start `bit % 6` bits into value i and run into value i + 1
		const pair = (values[i] << 6) | (values[i + 1] ?? 0);
		bytes[b] = (pair >> (4 - (bit % 6))) & 255;
	}
	return bytes;
}
