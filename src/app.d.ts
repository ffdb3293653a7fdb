// The data every page's load may give, for the components that read it from `page.data`.
declare global {
	namespace App {
		interface PageData {
			/** A widget page's one-line description (its route's build-time load). */
			description?: string;
		}
	}
}

export {};
