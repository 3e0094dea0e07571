/** A destination for the real logger that keeps each line, so tests can read what would be on stderr. */
export interface LogCapture {
  write(line: string): void;
  lines: string[];
  /** Every line parsed as JSON (the default, non-pretty format). */
  records(): Record<string, unknown>[];
}

export function captureLog(): LogCapture {
  const lines: string[] = [];
  return {
    lines,
    write: (line) => void lines.push(line),
    records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
