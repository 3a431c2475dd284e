import { afterEach, describe, expect, it } from 'vitest';
import { forget, mayPersist, recall, remember, setStoragePolicy } from './storage.js';

afterEach(() => {
  setStoragePolicy(() => false);
  forget('polis-test');
});

describe('consent-aware storage', () => {
  it('keeps choices for the session only until consent allows lasting storage', () => {
    expect(mayPersist('preferences')).toBe(false);
    remember('preferences', 'polis-test', 'dismissed');
    expect(sessionStorage.getItem('polis-test')).toBe('dismissed');
    expect(localStorage.getItem('polis-test')).toBeNull();
    expect(recall('polis-test')).toBe('dismissed');
  });

  it('uses lasting storage when the policy allows it, and removes it when withdrawn', () => {
    setStoragePolicy((purpose) => purpose === 'preferences');
    remember('preferences', 'polis-test', 'dismissed');
    expect(localStorage.getItem('polis-test')).toBe('dismissed');
    setStoragePolicy(() => false);
    remember('preferences', 'polis-test', 'dismissed');
    expect(localStorage.getItem('polis-test')).toBeNull();
  });

  it('treats a policy that throws as a refusal', () => {
    setStoragePolicy(() => {
      throw new Error('consent store not ready');
    });
    expect(mayPersist('preferences')).toBe(false);
  });
});

describe('reading without writing', () => {
  it('writes nothing to either storage when it only reads', () => {
    const writes: string[] = [];
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(key);
      original.call(this, key, value);
    };
    try {
      expect(recall('polis-test')).toBeNull();
      forget('polis-test');
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(writes).toEqual([]);
  });

  it('keeps going when storage refuses a write', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      expect(() => remember('preferences', 'polis-test', 'dismissed')).not.toThrow();
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(recall('polis-test')).toBeNull();
  });
});
