/**
 * Which platform connections are up, for /healthz and `status`. Each adapter registers itself when
 * it starts and reports every change:
 *
 *   health.register('discord');       // configured, not connected yet
 *   health.set('discord', true);      // ready / reconnected
 *   health.set('discord', false);     // connection dropped
 *
 * A registered platform counts as down until it says it is connected. Dependencies the bot needs
 * beyond platforms (the database) report themselves the same way with `dependency`. Platform-free: no import
 * from any adapter, so the adapters depend on this and never the other way round.
 */

export type PlatformState = 'connected' | 'disconnected';
export type DependencyState = 'up' | 'down';

export interface Health {
  /** Declares a platform this process is configured to run; it starts disconnected. Registering twice keeps the state. */
  register(platform: string): void;
  /** Reports a connection change; registers the platform if it was not yet. */
  set(platform: string, connected: boolean): void;
  /** Every registered platform and its state, in registration order. */
  platforms(): Record<string, PlatformState>;
  /** Names of the platforms connected now, for `status`. */
  connected(): string[];
  /** True when every registered platform is connected (also when none is registered). */
  allConnected(): boolean;
  /** Reports whether a dependency (e.g. `database`) can be reached now; the first report declares it. */
  dependency(name: string, up: boolean): void;
  /** Every declared dependency and its state. */
  dependencies(): Record<string, DependencyState>;
}

export function createHealth(): Health {
  const states = new Map<string, boolean>();
  const needs = new Map<string, boolean>();
  return {
    register(platform) {
      if (!states.has(platform)) states.set(platform, false);
    },
    set(platform, connected) {
      states.set(platform, connected);
    },
    platforms: () => Object.fromEntries([...states].map(([p, up]) => [p, up ? 'connected' : 'disconnected'])),
    connected: () => [...states].filter(([, up]) => up).map(([p]) => p),
    allConnected: () => [...states.values()].every(Boolean),
    dependency(name, up) {
      needs.set(name, up);
    },
    dependencies: () => Object.fromEntries([...needs].map(([name, up]) => [name, up ? 'up' : 'down'])),
  };
}
