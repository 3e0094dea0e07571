import { describe, expect, it } from 'vitest';
import { createHealth } from '../src/runtime/health.js';

describe('the health registry', () => {
  it('is healthy with no platforms, and a registered platform is down until it connects', () => {
    const health = createHealth();
    expect(health.allConnected()).toBe(true);
    health.register('discord');
    expect(health.platforms()).toEqual({ discord: 'disconnected' });
    expect(health.allConnected()).toBe(false);
    health.set('discord', true);
    expect(health.allConnected()).toBe(true);
    expect(health.connected()).toEqual(['discord']);
  });

  it('follows drops and reconnects, and registering again keeps the state', () => {
    const health = createHealth();
    health.register('discord');
    health.register('slack');
    health.set('discord', true);
    health.set('slack', true);
    health.register('slack');
    expect(health.allConnected()).toBe(true);
    health.set('slack', false);
    expect(health.platforms()).toEqual({ discord: 'connected', slack: 'disconnected' });
    expect(health.connected()).toEqual(['discord']);
    health.set('slack', true);
    expect(health.allConnected()).toBe(true);
  });

  it('registers a platform that reports without registering first', () => {
    const health = createHealth();
    health.set('slack', false);
    expect(health.platforms()).toEqual({ slack: 'disconnected' });
  });
});
