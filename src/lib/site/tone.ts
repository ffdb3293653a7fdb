/**
 * The palette's message tones: app.css gives each a text colour `--<tone>` and a pale background
 * `--<tone>-bg`, in both themes, so a notice and a quiz verdict in the same tone look the same.
 */
export type Tone = 'info' | 'warn' | 'good' | 'bad';

/** The inline style of a message box in `tone`: its text colour on its pale background. */
export function toneStyle(tone: Tone): string {
	return `background: var(--${tone}-bg); color: var(--${tone})`;
}
