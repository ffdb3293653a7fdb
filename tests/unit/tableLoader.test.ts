import { afterEach, describe, expect, it, vi } from 'vitest';
import { tableLoader } from '$lib/data/tableLoader';

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('tableLoader', () => {
	it('asks for the table once, however often it is called, and turns a failure into a message', async () => {
		const fetch = vi.fn(async () => new Response('', { status: 404, statusText: 'Not Found' }));
		vi.stubGlobal('fetch', fetch);
		const loaded = vi.fn();
		const failed = vi.fn();
		const load = tableLoader('penguins', 'penguin data', loaded, failed);
		await load();
		await load();
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(loaded).not.toHaveBeenCalled();
		expect(failed).toHaveBeenCalledTimes(1);
		expect(failed.mock.calls[0][0]).toMatch(
			/^The penguin data could not be loaded \(loadDataset: GET .*penguins\.csv answered 404 Not Found\)\. Reload the page to try again\.$/
		);
	});
});
