/**
 * A Q&A interview's lines, as search and quote attribution both read them: "Q: …" (or "Q. …",
 * "**Q:** …") is the interviewer's question, "A: …" the interviewee's answer.
 */
export const QUESTION_LINE = /^\s*\**Q\**\s*[:.]\s/;
export const ANSWER_LINE = /^\s*\**A\**\s*[:.]\s/;
