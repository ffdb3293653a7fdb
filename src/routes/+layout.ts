// Every page is prerendered to static HTML: the site runs from any static host, and offline.
export const prerender = true;
export const trailingSlash = 'never';
