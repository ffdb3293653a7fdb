/** A link as a widget's page opens it: its state's decoder, with the checks the state adds (an upload the browser does not hold). */
export function openLink<T>(
	state: { load(params: URLSearchParams): void; input: T; linkProblems: string[] },
	query: string
): { value: T; problems: string[] } {
	state.load(new URLSearchParams(query));
	return { value: state.input, problems: state.linkProblems };
}
