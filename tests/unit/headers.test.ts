/**
 * static/_headers carries the same Content-Security-Policy as the <meta> tag SvelteKit writes
 * from svelte.config.js, plus frame-ancestors 'none', which only a header can carry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../svelte.config.js';

const root = join(import.meta.dirname, '../..');

/** The policy's directives as name → sources. */
function directives(policy: string): Record<string, string[]> {
	return Object.fromEntries(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...sources]) => [name, sources])
	);
}

describe('the _headers file', () => {
	const text = readFileSync(join(root, 'static/_headers'), 'utf8');
	const line = text.split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'));
	const header = directives(line!.split('Content-Security-Policy:')[1]);

	it('has every directive of svelte.config.js, with the same sources', () => {
		const configured = config.kit!.csp!.directives! as Record<string, string[]>;
		for (const [name, sources] of Object.entries(configured)) {
			const quoted = sources.map((s) => (['self', 'none', 'unsafe-inline'].includes(s) ? `'${s}'` : s));
			// script-src adds 'unsafe-inline': each page's meta tag narrows inline scripts to its own hash
			const expected = name === 'script-src' ? [...quoted, "'unsafe-inline'"] : quoted;
			expect(header[name], name).toEqual(expected);
		}
	});

	it('forbids framing, which a meta tag cannot', () => {
		expect(header['frame-ancestors']).toEqual(["'none'"]);
		expect(text).toMatch(/^\s+X-Frame-Options: DENY$/m);
	});

	it('puts the policy before any script in the page template', () => {
		const template = readFileSync(join(root, 'src/app.html'), 'utf8');
		expect(template.indexOf('%sveltekit.head%')).toBeLessThan(template.indexOf('<script'));
	});
});
