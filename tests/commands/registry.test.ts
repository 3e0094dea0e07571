import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { commands } from '../../commands/index.js';
import type { Command } from '../../commands/types.js';
import { createContext } from '../../src/core/context.js';
import { engineFor, seed } from '../helpers/articles.js';
import { asPlain } from '../helpers/shown.js';

const NAME = /^[a-z0-9_-]{1,32}$/;

describe('the command registry', () => {
  it('lists every command module in commands/', async () => {
    const modules = readdirSync('commands').filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f));
    const exported: Command[] = [];
    for (const file of modules) {
      const mod = (await import(`../../commands/${file}`)) as Record<string, unknown>;
      for (const value of Object.values(mod)) {
        if (value && typeof value === 'object' && 'run' in value && 'options' in value && 'name' in value) exported.push(value as Command);
      }
    }
    expect(exported.length).toBeGreaterThanOrEqual(5);
    for (const command of exported) expect(commands, `${command.name} is not in commands/index.ts`).toContain(command);
  });

  it('keeps names and descriptions within the strictest platform limits', () => {
    for (const c of commands) {
      expect(c.name).toMatch(NAME);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const o of c.options) {
        expect(o.name).toMatch(NAME);
        expect(o.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('has help that names every member command with its usage', async () => {
    const ctx = createContext(engineFor(seed()), {});
    const help = asPlain(await commands.find((c) => c.name === 'help')!.run({}, ctx));
    for (const c of commands.filter((c) => !c.operator)) expect(help.text).toContain(`/aleppo ${c.name}`);
    expect(help.text).toContain('[short|long]');
    expect(help.text).toContain('<question>');
  });
});
