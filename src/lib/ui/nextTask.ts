/** A task boundary: lets the browser paint and handle input before the next slice of work. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
