import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintText } from '../../src/build/fingerprint.ts';

describe('fingerprintText', () => {
  it('is FNV-1a over UTF-8, matching the published test vectors', () => {
    expect(fingerprintText('')).toBe('811c9dc5');
    expect(fingerprintText('a')).toBe('e40c292c');
    expect(fingerprintText('foobar')).toBe('bf9cf968');
  });

  it('always gives 8 lower-case hex digits', () => {
    fc.assert(fc.property(fc.string(), (text) => /^[0-9a-f]{8}$/.test(fingerprintText(text))));
  });

  it('changes when a word changes', () => {
    expect(fingerprintText('Germany uses the airfield at Termez')).not.toBe(
      fingerprintText('Germany used the airfield at Termez'),
    );
    expect(fingerprintText('in 2002')).not.toBe(fingerprintText('in 2003'));
  });

  it('ignores re-wrapping and Unicode composition, which do not change the words', () => {
    expect(fingerprintText('  one  two\nthree ')).toBe(fingerprintText('one two three'));
    expect(fingerprintText('me\u0301lange')).toBe(fingerprintText('mélange'));
  });
});
