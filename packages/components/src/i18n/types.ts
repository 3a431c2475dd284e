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
  /** Default title of an important notification banner. */
  notificationImportant: string;
  /** Default title of a success notification banner. */
  notificationSuccess: string;
  /** Accessible name of a dismiss button; `{title}` names what is dismissed. */
  dismissLabel: string;
  /** Visible text of a dismiss button. */
  dismiss: string;
  /** Visually hidden prefixes that say what kind of message an alert is (not colour alone). */
  alertInfo: string;
  alertSuccess: string;
  alertWarning: string;
  alertError: string;
  /** Visually hidden prefixes of a service alert by severity. */
  serviceAlertInfo: string;
  serviceAlertWarning: string;
  serviceAlertEmergency: string;
  /** Visually hidden text before warning text, read in place of the "!" icon. */
  warning: string;
  /** Phase banner tags. */
  phaseAlpha: string;
  phaseBeta: string;
  /** Phase banner text; `{link}` is replaced by a link whose text is `phaseBannerLink`. */
  phaseBannerText: string;
  phaseBannerLink: string;
  /** Accessible name of the region that holds toasts. */
  toastRegion: string;
  /** Accessible name of a toast's close button. */
  closeNotification: string;
}

export type MessageKey = keyof Messages;

/** A locale as registered: any subset of the messages, the rest falls back to English. */
export type PartialMessages = Partial<Messages>;
