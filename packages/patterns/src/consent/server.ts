/**
 * `@polis-ds/patterns/consent/server`: consent on the server, for any framework (Express,
 * Fastify, Next, a plain `node:http` handler). No DOM and no Node-only modules: it reads
 * headers and form fields you pass in and returns strings you send.
 *
 * It reads the same cookie and writes the same record as the browser manager, so a person can
 * answer without JavaScript (the banner is a plain form that posts, then the page reloads)
 * and the browser sees the answer at once, and the other way round.
 *
 * @example
 * // POST /cookies (Express with express.urlencoded())
 * const result = handleConsentForm(req.body, { config, headers: req.headers, secure: req.secure });
 * if (result.errors) return res.status(400).render('cookies', { errors: result.errors });
 * if (result.setCookie) res.append('Set-Cookie', result.setCookie);
 * for (const clear of result.clearCookies) res.append('Set-Cookie', clear);
 * res.redirect(303, result.returnTo);
 */
import { consentMessages, categoryList, localText } from './messages.js';
import {
  acceptAllChoices,
  buildDeleteCookie,
  buildSetCookie,
  categoryEntries,
  categoryOf,
  changedCategories,
  cookieNames,
  createRecord,
  readRecord,
  recordChoices,
  rejectAllChoices,
  sameChoices,
} from './record.js';
import type { ConsentConfig, ConsentMethod, ConsentRecord } from './types.js';
import { safeReturnTo, safeUrl } from './url.js';

export { safeReturnTo };

/**
 * Request headers: a `Headers` object (fetch), or a plain object such as Node's
 * `req.headers` (names in any case; a value may be an array).
 */
export type HeadersLike =
  { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Form fields: `URLSearchParams`, `FormData`, or a plain object (`req.body`). */
export type FieldsLike =
  { get(name: string): unknown } | Readonly<Record<string, string | readonly string[] | undefined>>;

/** The value of header `name` (case-insensitive), several values joined with `, `. */
export function headerValue(headers: HeadersLike | null | undefined, name: string): string | null {
  if (!headers || typeof headers !== 'object') return null;
  try {
    if (typeof (headers as { get?: unknown }).get === 'function') {
      const value = (headers as { get(name: string): unknown }).get(name);
      return typeof value === 'string' ? value : null;
    }
    const wanted = name.toLowerCase();
    for (const [key, value] of Object.entries(headers)) {
      if (key.toLowerCase() !== wanted) continue;
      if (typeof value === 'string') return value;
      if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join(', ');
    }
  } catch {
    // A strange headers object is no headers.
  }
  return null;
}

function field(fields: FieldsLike | null | undefined, name: string): string | null {
  if (!fields || typeof fields !== 'object') return null;
  let value: unknown;
  if (typeof (fields as { get?: unknown }).get === 'function') {
    value = (fields as { get(name: string): unknown }).get(name);
  } else if (Object.hasOwn(fields, name)) {
    value = (fields as Record<string, unknown>)[name];
  }
  if (Array.isArray(value)) value = value[0];
  return typeof value === 'string' ? value.trim() : null;
}

/**
 * The valid consent record in a `Cookie` header, or `null` (none, expired, older revision,
 * or a value that is not a record). Never throws.
 */
export function readConsent(
  cookieHeader: string | null | undefined,
  config: ConsentConfig,
  now: number = Date.now(),
): ConsentRecord | null {
  return readRecord(cookieHeader, config, now);
}

/** Whether the request carries Global Privacy Control (`Sec-GPC: 1`). */
export function gpcFromHeaders(headers: HeadersLike | null | undefined): boolean {
  return headerValue(headers, 'sec-gpc')?.trim() === '1';
}

/** What the server knows of a request's consent (see `consentState`). */
export interface ConsentState {
  /** The valid record, or `null`. */
  record: ConsentRecord | null;
  /** Whether the banner must be shown. */
  needsChoice: boolean;
  /** Whether the browser sends Global Privacy Control. */
  gpc: boolean;
}

/**
 * The consent of a request: its valid record, whether to show the banner, and whether the
 * browser sends Global Privacy Control. Use it to decide what to render (an embed, the banner).
 */
export function consentState(
  request: { headers: HeadersLike | null | undefined },
  config: ConsentConfig,
  now: number = Date.now(),
): ConsentState {
  const record = readConsent(headerValue(request.headers, 'cookie'), config, now);
  return { record, needsChoice: record === null, gpc: gpcFromHeaders(request.headers) };
}

/** A problem with the form: `field` is the field to link to from an error summary (`#field`). */
export interface ConsentFormError {
  /** The form field: a category id, or `consent` when the answer itself is missing. */
  field: string;
  /** The category not answered, if any. */
  category?: string;
  /** The message to show, from the consent catalogue. */
  message: string;
}

/** Options of `handleConsentForm`. */
export interface ConsentFormOptions {
  config: ConsentConfig;
  /** The request headers: the current record (`Cookie`), GPC (`Sec-GPC`) and the host (`Host`). */
  headers?: HeadersLike | null;
  /**
   * Mark the cookie `Secure` (the site is served over https). Default `true`: set `false` only
   * for plain http during development.
   */
  secure?: boolean;
  /** The time, in milliseconds since the epoch. Default `Date.now()`. */
  now?: number;
  /**
   * The language of error messages. Default `en`. Other languages must be loaded first:
   * `await consentMessages.load(lang)` (`renderBannerHtml` does it).
   */
  lang?: string;
  /** Recorded as the record's `method`. Default `server`. */
  method?: ConsentMethod;
}

/** What `handleConsentForm` decided. */
export interface ConsentFormResult {
  /** The new record; the current one when the answer changes nothing; `null` on errors. */
  record: ConsentRecord | null;
  /** The `Set-Cookie` value to send, or `null` when nothing is to be written. */
  setCookie: string | null;
  /** `Set-Cookie` values that delete the cookies of refused categories the request carried. */
  clearCookies: string[];
  /** The categories whose grant changed. */
  changed: string[];
  /** What is wrong with the form, or `null`. Show the form again with these (status 400). */
  errors: ConsentFormError[] | null;
  /** Where to redirect: the form's `returnTo` if it is a path on this site, else `/`. */
  returnTo: string;
}

/**
 * Handles the post of the no-JavaScript banner (`consent=accept` or `consent=reject`) or of
 * the cookie settings form (`consent=save` with `<category>=yes|no` for every category).
 *
 * Global Privacy Control is honoured as in the browser: "accept" leaves the `gpc: true`
 * categories refused; an explicit `yes` on the settings form grants them. `config.onRecord`
 * is called with each new record (errors are logged, never thrown). An answer that changes
 * nothing writes nothing.
 */
export function handleConsentForm(fields: FieldsLike, options: ConsentFormOptions): ConsentFormResult {
  const { config, headers = null, secure = true, now = Date.now(), lang = 'en', method = 'server' } = options;
  const returnTo = safeReturnTo(field(fields, 'returnTo'));
  const gpc = gpcFromHeaders(headers);
  const action = field(fields, 'consent');
  const fail = (errors: ConsentFormError[]): ConsentFormResult => ({
    record: null,
    setCookie: null,
    clearCookies: [],
    changed: [],
    errors,
    returnTo,
  });

  let choices: Record<string, boolean>;
  if (action === 'accept') {
    choices = acceptAllChoices(config, gpc);
  } else if (action === 'reject') {
    choices = rejectAllChoices(config);
  } else if (action === 'save') {
    choices = {};
    const errors: ConsentFormError[] = [];
    for (const [id, category] of categoryEntries(config)) {
      const answer = field(fields, id)?.toLowerCase();
      if (answer === 'yes' || answer === 'no') {
        choices[id] = answer === 'yes';
      } else {
        errors.push({
          field: id,
          category: id,
          message: consentMessages.translate('consentChoiceRequired', lang, {
            category: localText(category.label, lang),
          }),
        });
      }
    }
    if (errors.length > 0) return fail(errors);
  } else {
    return fail([{ field: 'consent', message: consentMessages.translate('consentActionInvalid', lang) }]);
  }

  const cookieHeader = headerValue(headers, 'cookie');
  const previous = readConsent(cookieHeader, config, now);
  const before = recordChoices(previous, config);
  const record = createRecord(config, choices, { method, gpc, now, previous });
  const clearCookies = clearRefused(record, config, cookieHeader, headerValue(headers, 'host'), secure);
  if (previous && sameChoices(before, record.choices, config)) {
    return { record: previous, setCookie: null, clearCookies, changed: [], errors: null, returnTo };
  }
  if (config.onRecord) {
    try {
      config.onRecord(record);
    } catch (error) {
      console.error('[Polis] consent: config.onRecord threw.', error);
    }
  }
  return {
    record,
    setCookie: buildSetCookie(record, config, { secure }),
    clearCookies,
    changed: changedCategories(before, record.choices, config),
    errors: null,
    returnTo,
  };
}

function clearRefused(
  record: ConsentRecord,
  config: ConsentConfig,
  cookieHeader: string | null,
  host: string | null,
  secure: boolean,
): string[] {
  const names = cookieNames(cookieHeader);
  const refused = Object.entries(record.choices)
    .filter(([, granted]) => !granted)
    .flatMap(([id]) => categoryOf(config, id)?.cookies ?? []);
  const doomed = names.filter((name) =>
    refused.some((pattern) => {
      if (typeof pattern === 'string') return pattern === name;
      pattern.lastIndex = 0;
      return pattern.test(name);
    }),
  );
  if (doomed.length === 0) return [];
  const hostname = (host ?? '').replace(/:\d+$/, '').toLowerCase();
  const domains = new Set<string | undefined>([undefined]);
  if (config.cookie?.domain) domains.add(config.cookie.domain);
  if (/^[a-z0-9.-]+$/.test(hostname) && hostname.includes('.') && !/^[\d.]+$/.test(hostname)) {
    const labels = hostname.split('.');
    for (let i = 0; i < labels.length - 1; i++) domains.add(`.${labels.slice(i).join('.')}`);
  }
  return doomed.flatMap((name) =>
    [...domains].map((domain) => buildDeleteCookie(name, { path: '/', domain, secure })),
  );
}

/** Options of `renderBannerHtml`. */
export interface BannerHtmlOptions {
  config: ConsentConfig;
  /** The page language. Default `en`. */
  lang?: string;
  /** Where the form posts (your `handleConsentForm` route). Default: the page itself. */
  action?: string;
  /** The page to come back to after answering (a path on this site); sent as `returnTo`. */
  returnTo?: string;
  /** The service name, for "Cookies on {service}". Default: "this service". */
  service?: string;
  /** Whether the browser sends Global Privacy Control (`gpcFromHeaders`): says it is honoured. */
  gpc?: boolean;
  /** Extra hidden fields, such as a CSRF token: `{ _csrf: token }`. */
  hiddenFields?: Readonly<Record<string, string>>;
  /** Level of the heading, 1–6. Default 2. */
  headingLevel?: number;
  /**
   * Show the confirmation for this record instead of the question (after the post and
   * redirect), with a link to hide it (back to `returnTo`).
   */
  confirmation?: ConsentRecord | null;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/**
 * The cookie banner as plain HTML that works without JavaScript: a `<form method="post">`
 * with the heading, the text, two submit buttons of equal appearance (`consent=accept`,
 * `consent=reject`), a link to the cookies page and a hidden `returnTo`. Every value from the
 * configuration or the request is escaped. Loads the strings of `lang` first.
 *
 * Put it first in `<body>`, before the skip link, and only when `consentState(…).needsChoice`.
 * Classes (`polis-cookie-banner`, `__heading`, `__text`, `__actions`, `__button`, `__link`,
 * `__message`) are for the service's stylesheet; there is no inline style.
 */
export async function renderBannerHtml(options: BannerHtmlOptions): Promise<string> {
  const {
    config,
    lang = 'en',
    action,
    returnTo,
    service,
    gpc = false,
    hiddenFields = {},
    confirmation,
  } = options;
  // Nothing optional to ask about: no banner (configure() warns about the configuration).
  if (categoryEntries(config).length === 0) return '';
  await consentMessages.load(lang);
  const t = consentMessages.translate.bind(consentMessages);
  const level = Math.min(6, Math.max(1, Math.trunc(options.headingLevel ?? 2) || 2));
  const name = service?.trim() || t('consentServiceFallback', lang);
  const heading = t('consentBannerHeading', lang, { service: name });
  const cookiesPage = safeUrl(config.cookiesPage);
  const back = safeReturnTo(returnTo);
  const open = `<div class="polis-cookie-banner" data-nosnippet role="region" aria-label="${escapeHtml(heading)}" lang="${escapeHtml(lang)}">`;

  if (confirmation) {
    const values = Object.values(recordChoices(confirmation, config));
    const key = values.every(Boolean)
      ? 'consentAcceptedConfirmation'
      : values.some(Boolean)
        ? 'consentPartialConfirmation'
        : 'consentRejectedConfirmation';
    const message = t(key, lang);
    const phrase = t('consentChangeSettings', lang);
    const at = message.indexOf(phrase);
    let body = escapeHtml(message);
    if (cookiesPage) {
      const link = `<a class="polis-cookie-banner__link" href="${escapeHtml(cookiesPage)}">${escapeHtml(phrase)}</a>`;
      body =
        at >= 0
          ? `${escapeHtml(message.slice(0, at))}${link}${escapeHtml(message.slice(at + phrase.length))}`
          : `${body} ${link}`;
    }
    return [
      open,
      `<div class="polis-cookie-banner__message" role="alert">`,
      `<p class="polis-cookie-banner__text">${body}</p>`,
      `<div class="polis-cookie-banner__actions">`,
      `<a class="polis-cookie-banner__button" href="${escapeHtml(back)}">${escapeHtml(t('consentHide', lang))}</a>`,
      `</div>`,
      `</div>`,
      `</div>`,
    ].join('\n');
  }

  const gpcIds = categoryEntries(config)
    .filter(([, category]) => category.gpc === true)
    .map(([id]) => id);
  const lines = [
    open,
    `<form method="post"${action ? ` action="${escapeHtml(safeUrl(action) ?? '')}"` : ''} class="polis-cookie-banner__form">`,
    `<h${level} class="polis-cookie-banner__heading">${escapeHtml(heading)}</h${level}>`,
    `<p class="polis-cookie-banner__text">${escapeHtml(t('consentBannerIntro', lang))}</p>`,
    `<p class="polis-cookie-banner__text">${escapeHtml(t('consentBannerAsk', lang, { purposes: categoryList(config, lang) }))}</p>`,
  ];
  if (gpc && gpcIds.length > 0) {
    const purposes = categoryList(config, lang, gpcIds);
    lines.push(
      `<p class="polis-cookie-banner__text">${escapeHtml(t('consentGpcHonoured', lang, { purposes }))}</p>`,
    );
  }
  lines.push(`<input type="hidden" name="returnTo" value="${escapeHtml(back)}">`);
  for (const [key, value] of Object.entries(hiddenFields ?? {})) {
    lines.push(`<input type="hidden" name="${escapeHtml(key)}" value="${escapeHtml(value)}">`);
  }
  lines.push(
    `<div class="polis-cookie-banner__actions">`,
    `<button type="submit" name="consent" value="accept" class="polis-cookie-banner__button">${escapeHtml(t('consentAccept', lang))}</button>`,
    `<button type="submit" name="consent" value="reject" class="polis-cookie-banner__button">${escapeHtml(t('consentReject', lang))}</button>`,
  );
  if (cookiesPage) {
    lines.push(
      `<a class="polis-cookie-banner__link" href="${escapeHtml(cookiesPage)}">${escapeHtml(t('consentViewCookies', lang))}</a>`,
    );
  }
  lines.push(`</div>`, `</form>`, `</div>`);
  return lines.join('\n');
}
