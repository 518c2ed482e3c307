import { describe, expect, test } from 'vitest';
import { commands } from '../../../src/cli/commands/index';

describe('commands', () => {
  test("the twelve commands of the README's CLI section, each once", () => {
    const names = commands.map((command) => command.name);
    expect([...names].sort()).toEqual([
      'batch',
      'calibrate',
      'compare',
      'economics',
      'fit',
      'forecast',
      'optimise',
      'payback',
      'report',
      'sensitivity',
      'simulate',
      'solve',
    ]);
  });

  test('each has a summary, a usage that starts with its name, and examples of itself', () => {
    for (const command of commands) {
      expect(command.summary, command.name).not.toBe('');
      expect(command.usage.startsWith(`email-npv ${command.name} `), command.name).toBe(true);
      expect(command.examples.length, command.name).toBeGreaterThan(0);
      for (const example of command.examples) expect(example, command.name).toContain(`email-npv ${command.name} `);
    }
  });
});
