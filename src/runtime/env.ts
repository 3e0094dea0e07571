/**
 * Reading settings from an environment-like object: trimmed values, checked URLs. Every setting
 * module (the general one in config.ts, each platform's own) reads through these, so an empty
 * variable counts as unset everywhere and a bad URL is reported the same way.
 */
import { ConfigError } from '../core/errors.js';

export type Env = Readonly<Record<string, string | undefined>>;

export function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

export function url(env: Env, name: string): string | undefined {
  const v = value(env, name);
  if (v === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(v);
  } catch {
    throw new ConfigError(name, 'must be an absolute http(s) URL, for example https://example.org/article.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ConfigError(name, 'must start with http:// or https://.');
  }
  return v;
}

/** A base address pages hang under: http(s), no query or fragment; the trailing slash is dropped. */
export function baseUrl(env: Env, name: string): string | undefined {
  const v = url(env, name);
  if (v === undefined) return undefined;
  const parsed = new URL(v);
  if (parsed.search || parsed.hash || v.includes('?') || v.includes('#')) {
    throw new ConfigError(name, 'must be a base address without ? or #, for example https://bot.example.org.');
  }
  return v.replace(/\/+$/, '');
}

