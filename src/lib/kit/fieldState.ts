/** What a control made from a codec field (FieldInput, FieldSlider, FieldSelect) needs of a widget's state. */
import type { Codec } from '$lib/url/codec';

export interface FieldState<S extends object> {
	codec: Codec<S>;
	input: S;
	/** A state whose every change does more (restarts a run) sets fields through this. */
	set?: <K extends keyof S>(name: K, value: S[K]) => void;
}

/** How a field control writes its value: the control's own handler, else the state's `set`, else the field. */
export function fieldWriter<S extends object, K extends keyof S>(
	state: FieldState<S>,
	name: K,
	onchange?: (value: S[K]) => void
): (value: S[K]) => void {
	if (onchange) return onchange;
	if (state.set) return (value) => state.set!(name, value);
	return (value) => (state.input[name] = value);
}
