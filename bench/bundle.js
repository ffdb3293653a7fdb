// The site's own source bundled by Vite for a benchmark in plain Node, as the site's build
// bundles it, then imported.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** A path under src/lib as a string literal for an import in `entrySource`. */
export const lib = (path) => JSON.stringify(join(root, 'src/lib', path));

/**
 * Bundles `entrySource` (TypeScript importing from src/lib) and imports the result. Modules
 * matching `external` stay outside the bundle; the bundle is then written in `outDir`, where
 * Node resolves them from node_modules.
 */
export async function bundle(name, entrySource, { external = [], outDir } = {}) {
	const dir = await mkdtemp(join(tmpdir(), `${name}-bench-`));
	const entry = join(dir, 'entry.ts');
	await writeFile(entry, entrySource);
	const out = outDir ?? join(dir, 'out');
	await build({
		configFile: false,
		logLevel: 'warn',
		resolve: { alias: { $lib: join(root, 'src/lib') } },
		build: {
			lib: { entry, formats: ['es'], fileName: name },
			outDir: out,
			minify: false,
			emptyOutDir: true,
			rollupOptions: { external }
		}
	});
	const module = await import(pathToFileURL(join(out, `${name}.js`)).href);
	await rm(dir, { recursive: true, force: true });
	return module;
}

/** Where a bundle that keeps modules outside must be written so that Node finds them. */
export const cacheDir = (name) => join(root, 'node_modules/.cache', `${name}-bench`);
