import { expect, type Locator } from '@playwright/test';

/**
 * Answers the last question of the set, so that the set is held before the question under test
 * is answered. The shared Quiz (src/lib/ui/Quiz.svelte) keeps the held set in a deep $state
 * proxy, which `{#key shown}` takes for a new set: the first answer remounts the list and its
 * feedback is lost (reported; `$state.raw` fixes it). Later answers are kept.
 */
export async function holdTheSet(quiz: Locator) {
	const last = quiz.locator('li').last();
	await last.scrollIntoViewIfNeeded();
	const input = last.locator('input[type="text"]');
	if ((await input.count()) > 0) await input.fill('1');
	else await last.getByRole('radio').first().check();
	await last.getByRole('button', { name: 'Check' }).click();
	await expect(last.getByRole('button', { name: 'Check' })).toBeVisible();
}
