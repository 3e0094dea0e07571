/**
 * A POST whose body the test sends as it likes, and may never finish, on node:http: the answer is
 * seen as soon as the server gives it, while the client is still sending. (fetch sends the whole
 * body before it looks for an answer, so it cannot show a refusal that comes first.)
 */
import { request } from 'node:http';

export interface Answer {
  status: number;
  body: string;
  /** Milliseconds from opening the request to the answer's headers. */
  ms: number;
}

export interface OpenPost {
  /** Resolves with the answer; rejects only if the connection fails before there is one. */
  answer: Promise<Answer>;
  /** Sends part of the body (ignored once the server has closed the connection). */
  write(chunk: Buffer | string): void;
  end(chunk?: Buffer | string): void;
  /** Drops the connection (for clean-up). */
  destroy(): void;
}

/** Opens a POST to `url` with these headers; without a content-length the body is sent chunked. */
export function openPost(url: string, headers: Record<string, string | number>): OpenPost {
  const started = performance.now();
  const req = request(url, { method: 'POST', headers });
  let answered = false;
  const answer = new Promise<Answer>((resolve, reject) => {
    req.on('response', (res) => {
      answered = true;
      const ms = performance.now() - started;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      const done = () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms });
      res.on('end', done);
      // A refusal closes the connection while the body is still going out: what arrived is the answer.
      res.on('error', done);
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
  });
  req.flushHeaders();
  return {
    answer,
    write: (chunk) => void (req.destroyed || req.write(chunk)),
    end: (chunk) => void (req.destroyed || req.end(chunk)),
    destroy: () => req.destroy(),
  };
}
