/**
 * Site-wide display preferences: the colour theme and presenter mode.
 * Both live as attributes on <html> (static/boot.js sets them before the first paint);
 * this module keeps them in sync with the toggles.
 */

export type Theme = 'light' | 'dark';

class Preferences {
	/** The theme on screen: an explicit choice, or the system's. */
	theme = $state<Theme>('light');
	/** Presenter mode: bigger type, only the widget on screen. */
	present = $state(false);

	/** Reads what boot.js applied and what the system prefers. Browser only. */
	init() {
		const root = document.documentElement;
		const saved = root.dataset.theme;
		this.theme =
			saved === 'light' || saved === 'dark'
				? saved
				: matchMedia('(prefers-color-scheme: dark)').matches
					? 'dark'
					: 'light';
		this.present = root.dataset.present !== undefined;
	}

	/** Switches the theme and remembers the choice for later visits. */
	setTheme(theme: Theme) {
		this.theme = theme;
		document.documentElement.dataset.theme = theme;
		try {
			localStorage.setItem('theme', theme);
		} catch {
			// storage blocked (private mode): the choice lasts for this page only
		}
	}

	/** Turns presenter mode on or off on this page (the layout keeps `?present` in the address). */
	setPresent(on: boolean) {
		this.present = on;
		const root = document.documentElement;
		if (on) root.dataset.present = '';
		else delete root.dataset.present;
	}
}

export const preferences = new Preferences();
