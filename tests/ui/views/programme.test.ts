// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { at, programmesOf } from '../../helpers.ts';
import { openPanel } from './harness.ts';

describe('programme view', () => {
  it('says when the start is uncertain and the end unknown, with the note on its dates', () => {
    const { container } = openPanel({ kind: 'programme', id: 'parp' }, (f) => {
      const parp = at(programmesOf(f), 1);
      parp.sinceUncertain = true;
      parp.untilUncertain = true;
      parp.dateNote = 'Only one report dates it.';
    });
    expect(container.querySelector('.panel-subtitle')?.textContent).toBe(
      'Programme · since 2002, start uncertain, end unknown',
    );
    expect(container.querySelector('.date-note')?.textContent).toBe('Only one report dates it.');
  });

  it('gives a firmly dated programme its years alone', () => {
    const { container } = openPanel({ kind: 'programme', id: 'pfp' });
    expect(container.querySelector('.panel-subtitle')?.textContent).toMatch(/^Programme · since \d{4}$/);
    expect(container.querySelector('.date-note')).toBeNull();
  });
});
