// The journey's answers, in this process's memory only: one entry per person who pressed
// "Start now", found by a random id in a strictly necessary session cookie. An entry is
// deleted when the registration is sent, after `timeout` without a request, or when the
// server stops. Nothing is written to disk or sent anywhere.
import { randomBytes } from 'node:crypto';

/** 30 minutes without a request, as most government services. */
export const DEFAULT_TIMEOUT = 30 * 60 * 1000;

/** At most this many journeys at once; beyond it the longest idle is forgotten first. */
const MAX_SESSIONS = 10_000;

const randomId = () => randomBytes(32).toString('base64url');

/**
 * @param {{ timeout?: number, now?: () => number }} [options]
 */
export function createSessionStore({ timeout = DEFAULT_TIMEOUT, now = Date.now } = {}) {
  /** @type {Map<string, { id: string, csrf: string, answers: Record<string, string>, rejected: object | null, touched: number }>} */
  const sessions = new Map();

  const expired = (session) => now() - session.touched > timeout;

  function sweep() {
    for (const [id, session] of sessions) if (expired(session)) sessions.delete(id);
  }

  // Forget idle journeys even if nobody comes back for them. unref(): never keeps Node alive.
  const timer = setInterval(sweep, Math.max(1000, Math.min(timeout, 60_000)));
  timer.unref();

  return {
    /** A new, empty journey. */
    create() {
      sweep();
      while (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value);
      const session = { id: randomId(), csrf: randomId(), answers: {}, rejected: null, touched: now() };
      sessions.set(session.id, session);
      return session;
    },
    /** The journey with this id, if it is still going; a request keeps it alive. */
    get(id) {
      if (typeof id !== 'string' || !sessions.has(id)) return null;
      const session = sessions.get(id);
      if (expired(session)) {
        sessions.delete(id);
        return null;
      }
      session.touched = now();
      // Most recently used last, so the longest idle is the first to go when the store is full.
      sessions.delete(id);
      sessions.set(id, session);
      return session;
    },
    /** Deletes a journey and every answer in it. */
    end(id) {
      sessions.delete(id);
    },
    /** How many journeys are held now (expired ones are dropped first). */
    get size() {
      sweep();
      return sessions.size;
    },
    /** Forgets everything and stops the timer. */
    close() {
      clearInterval(timer);
      sessions.clear();
    },
  };
}
