/** Starting the web server at start-up, and the one line that tells a person where it is (or why not). */
import type { AddressInfo } from 'node:net';
import type { WebServer } from './server.js';

export type WebStart = { ok: true; address: AddressInfo; url: string } | { ok: false; reason: string };

/** "http://127.0.0.1:3000/aleppo"; a wildcard bind (0.0.0.0, ::) is shown as localhost. */
export function pageAddress(address: AddressInfo, pagePath: string): string {
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}${pagePath}`;
}

export interface FailureWording {
  /**
   * Platform mode: the server is required, so the bot stops; the line says what to change and
   * not that the page is off. Default false (the terminal, which keeps answering without it).
   */
  fatal?: boolean;
  /** Whether to suggest WEB=off (not when Slack's HTTP mode needs the server). Default true. */
  canTurnOff?: boolean;
}

/** Why the server could not bind, naming the variable to change. */
export function listenFailure(error: unknown, port: number, host: string, { fatal = false, canTurnOff = true }: FailureWording = {}): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const so = fatal ? '' : ', so the article page, /healthz and /metrics are off';
  const orOff = canTurnOff ? ' or WEB=off' : '';
  switch (code) {
    case 'EADDRINUSE':
      return `PORT ${port} is already in use on ${host}${so}; set PORT to a free port (0 picks one)${orOff}.`;
    case 'EACCES':
      return `PORT ${port} needs privileges on ${host}${so}; set PORT above 1023${orOff}.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `HOST ${host} is not an address of this machine${so}; set HOST to 127.0.0.1 or 0.0.0.0.`;
    default:
      return `could not listen on HOST ${host}, PORT ${port} (${(error as Error)?.message ?? error})${so}.`;
  }
}

/** Listens on port and host; never throws: the terminal keeps answering when the port is taken, platform mode stops. */
export async function startWebServer(server: WebServer, { port, host }: { port: number; host: string }, wording: FailureWording = {}): Promise<WebStart> {
  try {
    const address = await server.listen(port, host);
    return { ok: true, address, url: pageAddress(address, server.pagePath) };
  } catch (error) {
    return { ok: false, reason: listenFailure(error, port, host, wording) };
  }
}
