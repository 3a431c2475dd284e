/**
 * The consent manager's public types. Shared by the headless store, the server helper and
 * the elements, so a record written by one is read the same way by the others.
 */

/** Text a service gives per language (`{ en: 'Analytics', fr: 'Mesure d’audience' }`) or once. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** One optional purpose a person can allow or refuse. Strictly necessary storage is implicit. */
export interface ConsentCategory {
  /** Short name shown as the question on the settings page ("Cookies that measure website use"). */
  label: LocalizedText;
  /** What the category does, who receives the data, and for how long. */
  description: LocalizedText;
  /**
   * What the cookies do, as words that finish "cookies that …" ("measure how you use the
   * service"). Used in the placeholder of a blocked embed and wherever purposes are listed;
   * without it the label is used.
   */
  purpose?: LocalizedText;
  /** Cookies this category sets, by exact name or pattern; deleted when it is refused or withdrawn. */
  cookies?: ReadonlyArray<string | RegExp>;
  /**
   * A sale or sharing purpose under Global Privacy Control: while the browser sends the signal,
   * "accept all" leaves it refused; only an explicit yes on the settings page grants it.
   */
  gpc?: boolean;
}

export interface ConsentConfig {
  /** Revision of the cookie policy. Raising it invalidates every record: people are asked again. */
  revision: number;
  /** The optional categories, keyed by a stable id (`analytics`, `marketing`). */
  categories: Readonly<Record<string, ConsentCategory>>;
  /** The first-party cookie that holds the record. */
  cookie?: { name?: string; domain?: string; path?: string };
  /** How long a record lasts, in days: when anything is accepted, and when everything is refused. */
  lifetimeDays?: { accepted?: number; rejected?: number };
  /** Called with every new record, so the service can post it to its own consent log. */
  onRecord?: (record: ConsentRecord) => void;
  /** The service's cookies page (the settings form); the banner links to it. */
  cookiesPage?: string;
  /**
   * The category whose consent lets Polis components remember choices lastingly (a dismissed
   * alert, display settings). Without it they remember for the browser session only.
   */
  preferencesCategory?: string;
}

/** How a record was made. */
export type ConsentMethod = 'banner' | 'settings' | 'embed' | 'server';

/** What is stored (URI-encoded JSON in the consent cookie) and given to `onRecord`. */
export interface ConsentRecord {
  /** Random id of this person's consent (the same across updates), for the service's log. */
  id: string;
  /** When consent was first given (ISO 8601). */
  created: string;
  /** When this record was made (ISO 8601). */
  updated: string;
  /** When the record stops being valid (ISO 8601); the banner shows again after it. */
  expires: string;
  /** The cookie policy revision the person answered. */
  revision: number;
  /** Every configured category's choice: `true` allowed, `false` refused. */
  choices: Record<string, boolean>;
  method: ConsentMethod;
  /** The browser sent Global Privacy Control when the record was made, and it was honoured. */
  gpc: boolean;
}

/** Payload of `subscribe` listeners and of the `polis-consent-change` event on `document`. */
export interface ConsentChangeDetail {
  record: ConsentRecord | null;
  previous: ConsentRecord | null;
  /** Categories whose grant changed. */
  changed: string[];
}

declare global {
  interface DocumentEventMap {
    /** Fired on `document` after each new consent record (see `ConsentChangeDetail`). */
    'polis-consent-change': CustomEvent<ConsentChangeDetail>;
  }
}
