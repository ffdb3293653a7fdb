/**
 * A function that remembers its last arguments and answer: called again with the same arguments
 * (each compared with Object.is), it answers without computing again. For work a widget's state
 * derives on every edit although its own inputs rarely change (a question that simulates other
 * data while the learner drags the threshold).
 */
export function rememberLast<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
	let last: { args: A; value: R } | null = null;
	return (...args: A) => {
		if (last && last.args.length === args.length && last.args.every((arg, i) => Object.is(arg, args[i])))
			return last.value;
		const value = compute(...args);
		last = { args, value };
		return value;
	};
}
