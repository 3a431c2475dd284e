/**
 * A message is a template with `{placeholders}`, or a set of templates chosen by
 * `Intl.PluralRules` for a `count`. Templates are plain strings (not functions) so that a
 * service team can override them from HTML, JSON or a CMS without writing code.
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

/**
 * Every built-in string in @polis-ds/components. English is the reference; every locale is
 * type-checked against it.
 */
export interface Messages {
  /** Visually hidden prefix read before every error message. */
  errorPrefix: string;
  /** Prefix added to the page title while an error summary shows client-side errors. */
  errorTitlePrefix: string;
  /** Heading of the error summary. */
  errorSummaryTitle: string;
  /** `required` and empty. `{label}` is the field's label. */
  valueMissing: string;
  /** `type="email"` with something that is not an email address. */
  typeMismatchEmail: string;
  /** `type="url"` with something that is not a web address. */
  typeMismatchUrl: string;
  /** `type="number"` with something that is not a number. */
  badInputNumber: string;
  /** Does not match `pattern`. */
  patternMismatch: string;
  /** Shorter than `minlength`. */
  tooShort: PluralMessage;
  /** Longer than `maxlength`. */
  tooLong: PluralMessage;
  /** Read after a link that opens in a new tab. */
  opensInNewTab: string;
}

export type MessageKey = keyof Messages;

/** A locale as registered: any subset of the messages, the rest falls back to English. */
export type PartialMessages = Partial<Messages>;
