import { describe, expect, it, vi } from 'vitest';
import { resetWarnings } from './dev.js';
import { safeHref } from './url.js';

describe('safeHref()', () => {
  it('keeps web, relative, in-page, mailto and tel addresses', () => {
    const el = document.createElement('a');
    for (const href of [
      'https://www.gov.example/apply',
      '/feedback',
      '#main',
      'mailto:a@b.example',
      'tel:0123',
    ]) {
      expect(safeHref(el, href)).toBe(href);
    }
    expect(safeHref(el, '')).toBeUndefined();
    expect(safeHref(el, undefined)).toBeUndefined();
  });

  it('refuses addresses that run script, however they are written, with one warning each', () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = document.createElement('polis-thing');
    for (const href of [' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'VBScript:x']) {
      expect(safeHref(el, href, 'feedback-href')).toBeUndefined();
      expect(safeHref(el, href, 'feedback-href')).toBeUndefined();
    }
    expect(warn).toHaveBeenCalledTimes(4);
    expect(String(warn.mock.calls[0]?.[0])).toContain('<polis-thing> feedback-href=');
    warn.mockRestore();
  });
});
