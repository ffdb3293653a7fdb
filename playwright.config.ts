import { defineConfig } from '@playwright/test';

/** Debian's Chromium (Playwright's own browser download is not used). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'
];

// Its own port, apart from `npm run preview` (4173): a preview started before a rebuild serves stale files.
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
		trace: 'retain-on-failure',
		// The site's offline worker would answer requests before page.route sees them, and keep
		// a page from one build in a cache; only tests/e2e/offline.spec.ts lets it run.
		serviceWorkers: 'block'
	},
	// The tests run against the built site, as it is served in production.
	webServer: {
		command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
