/** Longest message or question we read; longer ones get a short refusal (no search over a pasted essay). */
export const MAX_INPUT = 500;
