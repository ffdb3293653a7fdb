import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import TitledSection from '$lib/kit/TitledSection.svelte';

const children = createRawSnippet(() => ({ render: () => '<p>Rows and seed</p>' }));

describe('TitledSection', () => {
	it('is a region named by its heading, with the content under it', () => {
		render(TitledSection, { titleId: 'data-title', title: 'The data', children });
		const section = screen.getByRole('region', { name: 'The data' });
		expect(screen.getByRole('heading', { level: 2, name: 'The data' })).toHaveAttribute('id', 'data-title');
		expect(section).toHaveTextContent('Rows and seed');
		expect(section).not.toHaveClass('panel');
		expect(section).not.toHaveClass('deferred');
	});

	it('is framed as a panel and deferred with the height it stands for when asked', () => {
		render(TitledSection, {
			titleId: 'settings-title',
			title: 'More settings',
			panel: true,
			deferredHeight: '24rem',
			children
		});
		const section = screen.getByRole('region', { name: 'More settings' });
		expect(section).toHaveClass('panel', 'deferred');
		expect(section.style.getPropertyValue('--deferred-height')).toBe('24rem');
	});
});
