import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		{
			// papaparse is one UMD module, which the bundler must assume has side effects (its package
			// says nothing): it would be kept in every page that lists the real tables, even those that
			// never parse one
			name: 'papaparse-has-no-side-effects',
			transform: {
				filter: { id: /[\\/]node_modules[\\/]papaparse[\\/]/ },
				handler: (code) => ({ code, moduleSideEffects: false })
			}
		}
	],
	build: {
		// Fonts (KaTeX's) stay files: inlined as data: URLs they would bloat the CSS and break the CSP.
		assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined)
	},
	test: {
		// vitest's default leaves one core free for its main process, which here idles: on a 2-core
		// machine that ran every test file one after another
		maxWorkers: availableParallelism(),
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					// vitest's 5 s default is for an idle machine: beside two CPU-bound processes the
					// network-training tests take 6–8 s. Tests known to be slow set their own budget.
					testTimeout: 15_000
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'components',
					environment: 'jsdom',
					include: ['tests/components/**/*.test.ts'],
					testTimeout: 15_000,
					setupFiles: ['tests/components/setup.ts']
				}
			}
		]
	}
});
