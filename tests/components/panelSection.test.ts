import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import PanelSection from '$lib/kit/PanelSection.svelte';
import PanelBodyFixture from './PanelBodyFixture.svelte';

// render() takes the component as a value: name the widget's type the page would infer
const TablePanelSection = PanelSection<{ table: string }>;

describe('PanelSection', () => {
	it('is a titled section with the panel drawn from the widget under its heading', () => {
		render(TablePanelSection, {
			titleId: 'data-title',
			title: 'The data',
			body: PanelBodyFixture,
			widget: { table: 'penguins' }
		});
		const section = screen.getByRole('region', { name: 'The data' });
		expect(screen.getByRole('heading', { level: 2, name: 'The data' })).toHaveAttribute('id', 'data-title');
		expect(section).toHaveTextContent('Rows of penguins');
		expect(section).not.toHaveClass('panel');
	});

	it('passes the section options on: its id, the panel frame and the deferred height', () => {
		render(TablePanelSection, {
			id: 'settings-panel',
			titleId: 'settings-title',
			title: 'More settings',
			panel: true,
			deferredHeight: '24rem',
			body: PanelBodyFixture,
			widget: { table: 'cars' }
		});
		const section = screen.getByRole('region', { name: 'More settings' });
		expect(section).toHaveAttribute('id', 'settings-panel');
		expect(section).toHaveClass('panel', 'deferred');
		expect(section.style.getPropertyValue('--deferred-height')).toBe('24rem');
	});
});
