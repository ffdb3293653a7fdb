import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Widget links are built by widgetHref() from resolve('/'), and replaceState() only
			// rewrites the query of the page already open, so both already carry the base path.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true, ignoreReplaceState: true }]
		}
	},
	{
		// A spread passes each item as an argument, and engines cap arguments (V8: about 120,000
		// for Math.max): a 200,000-row upload then throws "Maximum call stack size exceeded".
		// The shared layers take data of any size; use largest / smallest / appendAll from
		// $lib/ml/extremes. Widget folders spread only arrays they cap (2,000 rows at most).
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/widgets/**'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector:
						"CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min|hypot)$/] > SpreadElement",
					message:
						'Math.max/min/hypot(...values) overflows the stack on large data: use largest / smallest from $lib/ml/extremes.'
				},
				{
					selector:
						'CallExpression[callee.property.name=/^(push|unshift|splice|fromCharCode|fromCodePoint)$/] > SpreadElement',
					message:
						'A spread into a call overflows the stack on large data: use appendAll from $lib/ml/extremes, or a loop.'
				},
				{
					selector: "CallExpression[callee.property.name='apply'][arguments.length=2]",
					message:
						'fn.apply(this, values) passes every value as an argument and overflows the stack on large data.'
				}
			]
		}
	}
);
