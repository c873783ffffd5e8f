import { describe, expect, it } from 'vitest';
import { mountAll } from '../src/mount-all.ts';

describe('mountAll', () => {
  it('takes down what was mounted, last first, when a later mount throws', () => {
    const calls: string[] = [];
    const part = (name: string) => () => {
      calls.push(`mount ${name}`);
      return () => calls.push(`dispose ${name}`);
    };
    const failing = () => {
      throw new Error('no #timeline');
    };
    expect(() => mountAll([part('a'), part('b'), failing, part('c')])).toThrow('no #timeline');
    expect(calls).toEqual(['mount a', 'mount b', 'dispose b', 'dispose a']);
  });

  it('returns one dispose that takes everything down once', () => {
    const calls: string[] = [];
    const dispose = mountAll([() => () => calls.push('a'), () => () => calls.push('b')]);
    dispose();
    dispose();
    expect(calls).toEqual(['b', 'a']);
  });
});
