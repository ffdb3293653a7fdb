// Runs before the first paint (a file, not inline, so the strict CSP holds).
// Theme: an explicit choice saved by the toggle wins; without one the CSS follows the system.
// Presenter mode: `?present` in the address turns it on for this page.
(function () {
	var root = document.documentElement;
	try {
		var theme = localStorage.getItem('theme');
		if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
	} catch {
		/* storage blocked: follow the system */
	}
	if (new URLSearchParams(location.search).has('present')) root.dataset.present = '';
})();
