/**
 * Layering rules of `src/lib`, checked by reading import lines (no dependency: a regex per
 * line is enough for this tree, whose imports are all static strings).
 * - no import circle (type-only imports count: a circle of types still ties the modules together);
 * - a widget imports no other widget, and a worker imports no widget;
 * - the engine (`ml/`) fetches nothing;
 * - `ui/` holds Svelte components only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const lib = join(root, 'src/lib');

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

const sources = filesUnder(lib).filter((f) => /\.(ts|svelte)$/.test(f));

/**
 * Specifiers of `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`. A worker's
 * `new URL('…', import.meta.url)` is not one: the worker is a separate bundle, so it closes no circle.
 */
export function importSpecifiers(text: string): string[] {
	const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
	return [...text.matchAll(pattern)].map((m) => m[1]);
}

/** The file a specifier names inside `src/`, or null for a package or a file outside `src/lib`. */
export function resolveSpecifier(from: string, specifier: string): string | null {
	const bare = specifier.replace(/\?.*$/, '');
	let base: string;
	if (bare.startsWith('$lib/')) base = join(lib, bare.slice('$lib/'.length));
	else if (bare.startsWith('.')) base = resolve(dirname(from), bare);
	else return null;
	for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	throw new Error(`${relative(root, from)} imports '${specifier}', which names no file`);
}

function buildGraph(files: string[]): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const targets = importSpecifiers(readFileSync(file, 'utf8'))
			.map((s) => resolveSpecifier(file, s))
			.filter((t): t is string => t !== null && t.startsWith(lib) && /\.(ts|svelte)$/.test(t));
		graph.set(file, [...new Set(targets)]);
	}
	return graph;
}

/** Every import circle, each as the list of files around it (depth-first search, one report per back edge). */
export function findCycles(graph: Map<string, string[]>): string[][] {
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const cycles: string[][] = [];
	const visit = (node: string) => {
		state.set(node, 'open');
		stack.push(node);
		for (const next of graph.get(node) ?? []) {
			if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)).concat(next));
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(node, 'done');
	};
	for (const node of graph.keys()) if (!state.has(node)) visit(node);
	return cycles;
}

const graph = buildGraph(sources);
const name = (file: string) => relative(lib, file);

describe('the import checker itself', () => {
	it('reads every import form used in the tree', () => {
		const text = [
			"import { a } from './a';",
			'import {\n\tb,\n\tc\n} from "$lib/b";',
			"import type { D } from '../d';",
			"export { e } from './e';",
			"import './f.css';",
			"const w = new Worker(new URL('../workers/g.worker.ts', import.meta.url));",
			"const m = await import('mathjs/number');"
		].join('\n');
		expect(importSpecifiers(text)).toEqual(['./a', '$lib/b', '../d', './e', './f.css', 'mathjs/number']);
	});

	it('finds a circle of three and one of two, and none in a chain', () => {
		const circles = findCycles(
			new Map([
				['a', ['b']],
				['b', ['c']],
				['c', ['a']],
				['d', ['e']],
				['e', ['d', 'f']],
				['f', []]
			])
		);
		expect(circles).toEqual([
			['a', 'b', 'c', 'a'],
			['d', 'e', 'd']
		]);
		expect(
			findCycles(
				new Map([
					['x', ['y']],
					['y', ['z']],
					['z', []]
				])
			)
		).toEqual([]);
	});
});

describe('layering of src/lib', () => {
	it('has no import circle', () => {
		expect(findCycles(graph).map((c) => c.map(name).join(' → '))).toEqual([]);
	});
});

describe('the engine (src/lib/ml)', () => {
	const engine = sources.filter((f) => f.startsWith(join(lib, 'ml/')));

	it('calls no fetch: loading tables is $lib/data’s job', () => {
		const fetching = engine.filter((f) =>
			/\bfetch\s*\(|\bfetchImpl\b|\bXMLHttpRequest\b/.test(readFileSync(f, 'utf8'))
		);
		expect(fetching.map(name)).toEqual([]);
	});

	it('imports from $lib/data only the Table type and the loader ENGINE.md names in datasets.ts', () => {
		const allowed = new Set(['data/table.ts', 'data/loadDataset.ts']);
		const reached = engine.flatMap((f) =>
			(graph.get(f) ?? [])
				.filter((t) => name(t).startsWith('data/') && !allowed.has(name(t)))
				.map((t) => `${name(f)} → ${name(t)}`)
		);
		expect(reached).toEqual([]);
		const loaderUsers = engine.filter((f) =>
			(graph.get(f) ?? []).some((t) => name(t) === 'data/loadDataset.ts')
		);
		expect(loaderUsers.map(name)).toEqual(['ml/datasets.ts']);
	});
});

describe('widgets and workers', () => {
	/** The widget folder a file of src/lib/widgets/<widget>/ belongs to, or null for any other file. */
	const widgetOf = (file: string) => /^widgets\/([^/]+)\//.exec(name(file))?.[1] ?? null;

	it('a widget imports no other widget: what two widgets share lives in src/lib', () => {
		const crossings = [...graph].flatMap(([from, targets]) => {
			const own = widgetOf(from);
			if (own === null) return [];
			return targets
				.filter((t) => widgetOf(t) !== null && widgetOf(t) !== own)
				.map((t) => `${name(from)} → ${name(t)}`);
		});
		expect(crossings).toEqual([]);
	});

	it('a worker imports no widget', () => {
		const crossings = [...graph]
			.filter(([from]) => name(from).startsWith('workers/'))
			.flatMap(([from, targets]) =>
				targets.filter((t) => widgetOf(t) !== null).map((t) => `${name(from)} → ${name(t)}`)
			);
		expect(crossings).toEqual([]);
	});
});

describe('src/lib/ui', () => {
	it('holds only Svelte components (formats live in $lib/format, quiz rules in $lib/quiz)', () => {
		// nextTask and whenControlsRest are being replaced by another change of issue 16; they leave with it.
		const leaving = new Set(['ui/nextTask.ts', 'ui/whenControlsRest.svelte.ts']);
		const others = filesUnder(join(lib, 'ui'))
			.map(name)
			.filter((f) => !f.endsWith('.svelte') && !leaving.has(f));
		expect(others).toEqual([]);
	});
});
