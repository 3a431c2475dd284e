/**
 * The public types of proactive services: offers described as data, the facts they use, and
 * what `evaluate()` returns. Everything here is plain JSON, so a rule set can be published,
 * reviewed and stored like any other document.
 */
import type { RulesLogic, AdditionalOperation } from 'json-logic-js';

/** Text a service gives per language (`{ en: 'Claim Child Benefit', fr: '…' }`) or once. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** The kinds of value a fact can hold. */
export const FACT_TYPES = ['date', 'number', 'boolean', 'text', 'list'] as const;
/**
 * `date`: an ISO 8601 calendar date, `YYYY-MM-DD` (a full date-time is accepted and only its
 * date counts); `number`: a finite number; `boolean`: `true` or `false`; `text`: a string;
 * `list`: an array of strings or numbers.
 */
export type FactType = (typeof FACT_TYPES)[number];

/** A fact's value. `null` (or leaving the fact out) means "not known". */
export type FactValue = string | number | boolean | null | readonly (string | number)[];

/** A fact with where it came from, which "Why am I seeing this?" shows next to it. */
export interface SourcedFact {
  value: FactValue;
  /** Where the service got it, in words people recognise ("Birth registration, 5 March 2026"). */
  source?: LocalizedText;
}

/** A fact as a service gives it: a plain value, or `{ value, source }`. */
export type FactInput = FactValue | SourcedFact;

/** Everything the service knows that offers may use, by fact name (`childBirthDate`). */
export type Facts = Readonly<Record<string, FactInput | undefined>>;

/** How an offer describes one fact it uses. */
export interface FactUse {
  /** What kind of value the fact must hold; anything else is an error, never a guess. */
  type: FactType;
  /** What the fact is, for people ("Your child’s date of birth"). */
  label: LocalizedText;
}

/**
 * A JSON Logic rule (https://jsonlogic.com) with the standard operations and the date
 * operations Polis adds (`today`, `days_since`, `days_until`, `months_since`, `years_since`,
 * `date_add`), except `log`.
 */
export type Rule = RulesLogic<AdditionalOperation>;

/** The primary action of an offer: where people go to use the service. */
export interface OfferAction {
  /** The link or button text, a verb first ("Claim Child Benefit"). */
  label: LocalizedText;
  /**
   * Where the service is. Web addresses only: `javascript:`, `data:` and `vbscript:` are
   * refused. Leave it out to get a button and handle `polis-prompt-accept` yourself.
   */
  href?: string;
}

/** One service a person might need, and the rule that says when to offer it. */
export interface Offer {
  /** A stable id: letters, digits, `-`, `_` or `.`. Remembered choices ("not now") use it. */
  id: string;
  /** The service, as a heading ("Claim Child Benefit"). */
  title: LocalizedText;
  /** One or two sentences: what it is and why it might help. */
  summary: LocalizedText;
  action: OfferAction;
  /**
   * When to offer it: a JSON Logic rule that must give `true` or `false`. It may only read
   * the facts named in `uses` (`{"var": "childBirthDate"}`).
   */
  rule: Rule;
  /**
   * Every fact the rule, the deadline and the explanation use, by name, with its type and
   * label. Only these are given to the rule and listed under "Why am I seeing this?". If any
   * of them is not known, the offer is not made.
   */
  uses: Readonly<Record<string, FactUse>>;
  /**
   * Why people see the offer, in plain language, with `{factName}` and `{deadline}` filled in
   * for the language: "Because you registered the birth of a child on {childBirthDate}".
   */
  explanation: LocalizedText;
  /**
   * An optional deadline: a JSON Logic expression that gives an ISO date
   * (`{"date_add": [{"var": "childBirthDate"}, 3, "months"]}`). An offer whose deadline has
   * passed is not made.
   */
  deadline?: Rule;
}

/** One fact an offer used, ready to show. */
export interface EvaluatedFact {
  /** The fact's name (`childBirthDate`). */
  name: string;
  type: FactType;
  /** What it is, in the evaluated language. */
  label: string;
  value: Exclude<FactValue, null>;
  /**
   * The value in words for the language ("3 March 2026", "1,200", "Paris and Lyon"). For a
   * boolean it is `"true"` or `"false"`: the elements say "Yes" or "No" in their own strings.
   */
  text: string;
  /** Where it came from, in the evaluated language, or `null` when the service did not say. */
  source: string | null;
}

/** A deadline, in words and as an ISO date. */
export interface EvaluatedDeadline {
  /** `YYYY-MM-DD`, for `<time datetime>`. */
  date: string;
  /** In words, for the language ("3 June 2026"). */
  text: string;
}

/** An offer that applies, with everything a prompt shows, in one language. */
export interface EvaluatedOffer {
  id: string;
  /** The language the texts are in. */
  lang: string;
  title: string;
  summary: string;
  action: { label: string; href: string | null };
  /** Why it is offered, filled in: "Because you registered the birth of a child on 3 March 2026". */
  reason: string;
  /** The facts it used, in the order of `uses`, with their sources. */
  facts: readonly EvaluatedFact[];
  deadline: EvaluatedDeadline | null;
}

/** Options of `evaluate()`. */
export interface EvaluateOptions {
  /**
   * The moment to evaluate at (default: now): a Date, a timestamp or an ISO string. Dates count
   * in the device's time zone; an ISO date without a time (`2026-06-04`) means that calendar day.
   */
  now?: Date | number | string;
  /**
   * The language of the texts and dates (default `en`). English without a region writes
   * dates as "3 March 2026", like the rest of Polis's English; use `en-US` for "March 3, 2026".
   */
  lang?: string;
}
