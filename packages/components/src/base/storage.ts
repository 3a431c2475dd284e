/**
 * Where Polis remembers a person's choices (a dismissed alert, a snoozed prompt).
 *
 * Lasting storage (`localStorage`) is used only for a purpose the person's consent allows;
 * otherwise choices last for the browser session (`sessionStorage`). Polis asks a policy,
 * which the consent manager sets; until one is set, nothing is stored lastingly.
 */
export type StoragePurpose = 'preferences';

type Policy = (purpose: StoragePurpose) => boolean;

let policy: Policy = () => false;
const listeners = new Set<() => void>();

/** Sets the rule that says whether lasting storage may be used for a purpose. */
export function setStoragePolicy(next: Policy): void {
  policy = next;
  for (const listener of listeners) listener();
}

/** Whether lasting storage may be used for `purpose` now. */
export function mayPersist(purpose: StoragePurpose): boolean {
  try {
    return policy(purpose) === true;
  } catch {
    return false;
  }
}

/** Called when the policy changes; returns an unsubscribe function. */
export function onStoragePolicyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function open(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    // Disabled storage throws on access. Probing by reading, never by writing, keeps to the
    // promise that nothing is stored before a person chooses.
    const storage = globalThis[kind];
    storage.getItem('__polis__');
    return storage;
  } catch {
    return null;
  }
}

function attempt(action: () => void): void {
  try {
    action();
  } catch {
    // A full quota or a private mode that refuses writes: the choice lasts for this page only.
  }
}

/** Reads a remembered value, from lasting or session storage. */
export function recall(key: string): string | null {
  for (const kind of ['sessionStorage', 'localStorage'] as const) {
    const value = open(kind)?.getItem(key);
    if (value !== null && value !== undefined) return value;
  }
  return null;
}

/** Remembers a value for `purpose`: lastingly if allowed, else for this session. */
export function remember(purpose: StoragePurpose, key: string, value: string): void {
  const lasting = mayPersist(purpose);
  attempt(() => open(lasting ? 'localStorage' : 'sessionStorage')?.setItem(key, value));
  // One copy only: never a lasting copy once it is no longer allowed, and no older session
  // copy that recall() would read first once it is.
  attempt(() => open(lasting ? 'sessionStorage' : 'localStorage')?.removeItem(key));
}

/** Forgets a value everywhere. */
export function forget(key: string): void {
  attempt(() => open('sessionStorage')?.removeItem(key));
  attempt(() => open('localStorage')?.removeItem(key));
}
