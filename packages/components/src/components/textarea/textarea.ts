import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PolisFormControl, type ValidityResult } from '../../base/polis-form-control.js';
import { announce, ensureAnnouncer } from '../../base/announcer.js';
import type { MessageKey } from '../../i18n/types.js';
import { baseStyles, fieldStyles } from '../../styles/shared.styles.js';
import { textareaStyles } from './textarea.styles.js';

/** How long typing must pause before the count is announced (GOV.UK waits at least 500 ms). */
export const COUNT_ANNOUNCE_DELAY = 500;

/**
 * Characters, counted as Unicode code points: one emoji or one character outside the Basic
 * Multilingual Plane counts once, as it does in most servers (Python `len`, PostgreSQL
 * `varchar(n)`, Ruby), where `value.length` (UTF-16 units) would count it twice. For all other
 * text the two are the same.
 */
export function countCharacters(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/** Words, counted as runs of characters that are not white space, as GOV.UK does. */
export function countWords(value: string): number {
  return value.match(/\S+/g)?.length ?? 0;
}

type Unit = 'characters' | 'words';

interface Count {
  unit: Unit;
  limit: number;
  count: number;
  /** Whether the count has reached the threshold and shows. */
  shown: boolean;
  over: boolean;
  /** What the visible count says, and what is announced. */
  message: string;
}

/**
 * A multi-line text field with its label, hint and error message, and an optional count of
 * characters or words.
 *
 * @summary Lets people enter more than a single line of text, with an optional character or word count.
 * @status stable
 * @since 0.3.0
 *
 * @csspart base - The wrapper around label, hint, error message, field and count.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart control - The native `<textarea>`.
 * @csspart count - The visible count under the field (hidden from screen readers, which hear it after typing pauses).
 *
 * @cssprop --polis-textarea-border-color - Border colour of the field.
 * @cssprop --polis-textarea-background - Background of the field.
 *
 * @fires input - When the value changes as the person types (the native event).
 * @fires change - When the person commits a change (the native event, relayed).
 * @fires invalid - When validation finds a problem (cancelled by Polis to show the error in the page).
 */
export class PolisTextarea extends PolisFormControl {
  static override tagName = 'polis-textarea';

  static override styles = [baseStyles, fieldStyles, textareaStyles];

  static override properties: PropertyDeclarations = {
    ...PolisFormControl.properties,
    rows: { type: Number },
    autocomplete: {},
    spellCheck: { attribute: 'spellcheck' },
    maxChars: { attribute: 'max-chars', type: Number },
    maxWords: { attribute: 'max-words', type: Number },
    threshold: { type: Number },
  };

  /** The visible height of the field in lines (default 5). People can make it taller. */
  declare rows: number;
  /** Passed to the native textarea so browsers can fill the field. */
  declare autocomplete: string | undefined;
  /** `true` or `false`: whether the browser checks spelling (the `spellcheck` attribute). */
  declare spellCheck: string | undefined;
  /**
   * The most characters allowed, shown as a count under the field. People can type more;
   * the field is then invalid. Never cuts text off.
   */
  declare maxChars: number | undefined;
  /**
   * The most words allowed (runs of characters that are not spaces), shown as a count under
   * the field. Takes precedence over `max-chars`.
   */
  declare maxWords: number | undefined;
  /**
   * Show the count only once this percentage of the limit is used (0 to 100; default 0, always
   * shown). Below it, the count is hidden and not announced.
   */
  declare threshold: number;

  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private lastAnnounced = '';

  constructor() {
    super();
    this.rows = 5;
    this.threshold = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('pageshow', this.onPageShow);
    if (this.maxChars || this.maxWords) ensureAnnouncer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('pageshow', this.onPageShow);
    clearTimeout(this.announceTimer);
  }

  private get textarea(): HTMLTextAreaElement | null {
    return this.renderRoot?.querySelector?.('textarea') ?? null;
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.textarea;
  }

  /** A whole number of at least `min` from an attribute, else `fallback` with one warning. */
  private wholeNumber(attribute: string, value: number | undefined, min: number, fallback: number): number;
  private wholeNumber(
    attribute: string,
    value: number | undefined,
    min: number,
    fallback: undefined,
  ): number | undefined;
  private wholeNumber(
    attribute: string,
    value: number | undefined,
    min: number,
    fallback: number | undefined,
  ): number | undefined {
    if (value === undefined || value === null) return fallback;
    if (Number.isInteger(value) && value >= min) return value;
    const raw = this.getAttribute(attribute) ?? String(value);
    this.warn(
      `${attribute}:${raw}`,
      `${attribute}="${raw}" must be a whole number of at least ${min}; using ${
        fallback === undefined ? 'no limit' : String(fallback)
      }.`,
    );
    return fallback;
  }

  private get safeRows(): number {
    return this.wholeNumber('rows', this.rows, 1, 5);
  }

  private get safeThreshold(): number {
    const value = this.threshold;
    if (value === undefined || value === null) return 0;
    if (Number.isFinite(value) && value >= 0 && value <= 100) return value;
    const raw = this.getAttribute('threshold') ?? String(value);
    this.warn(`threshold:${raw}`, `threshold="${raw}" must be a percentage from 0 to 100; using 0.`);
    return 0;
  }

  /** What is counted and the limit, or `null` when the field has no limit. */
  private get limit(): { unit: Unit; limit: number } | null {
    const words = this.wholeNumber('max-words', this.maxWords, 1, undefined);
    if (words !== undefined) return { unit: 'words', limit: words };
    const chars = this.wholeNumber('max-chars', this.maxChars, 1, undefined);
    return chars !== undefined ? { unit: 'characters', limit: chars } : null;
  }

  /** The count now, or `null` when the field has no limit. */
  private get currentCount(): Count | null {
    const { unit, limit } = this.limit ?? {};
    if (!unit || !limit) return null;
    const count = unit === 'words' ? countWords(this.value) : countCharacters(this.value);
    const over = count > limit;
    const shown = count >= (limit * this.safeThreshold) / 100;
    const key: MessageKey =
      unit === 'words'
        ? over
          ? 'countWordsOver'
          : 'countWordsRemaining'
        : over
          ? 'countCharactersOver'
          : 'countCharactersRemaining';
    return {
      unit,
      limit,
      count,
      over,
      shown,
      message: this.localize.term(key, { count: Math.abs(limit - count) }),
    };
  }

  protected override computeValidity(): ValidityResult | null {
    const base = super.computeValidity();
    if (base) return base;
    const count = this.currentCount;
    if (!count?.over) return null;
    const key: MessageKey = count.unit === 'words' ? 'countWordsTooLong' : 'tooLong';
    return {
      flags: { tooLong: true },
      message: this.localize.term(key, { label: this.labelText, count: count.limit }),
    };
  }

  /** Hint first, then the limit, then the error. */
  protected override get describedBy(): string | typeof nothing {
    const ids = [this.hint ? 'hint' : '', this.limit ? 'count-info' : '', this.errorText ? 'error' : ''];
    const present = ids.filter(Boolean);
    return present.length ? present.join(' ') : nothing;
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.scheduleAnnouncement();
  }

  /** Screen readers hear the count once typing pauses, not on every key (GOV.UK). */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      const count = this.currentCount;
      if (!count?.shown || count.message === this.lastAnnounced) return;
      this.lastAnnounced = count.message;
      void announce(count.message, { politeness: 'polite' });
    }, COUNT_ANNOUNCE_DELAY);
  }

  /** Back/forward or autofill can change the text without an `input` event: read it again. */
  private readonly onPageShow = (): void => {
    const textarea = this.textarea;
    if (textarea && textarea.value !== this.value) this.value = textarea.value;
    this.lastAnnounced = '';
  };

  override formResetCallback(): void {
    super.formResetCallback();
    clearTimeout(this.announceTimer);
    this.lastAnnounced = '';
  }

  protected override render() {
    const spellcheck =
      this.spellCheck === 'true' || this.spellCheck === ''
        ? 'true'
        : this.spellCheck === 'false'
          ? 'false'
          : undefined;
    const error = this.errorText;
    const count = this.currentCount;
    const limitKey: MessageKey = count?.unit === 'words' ? 'countWordsLimit' : 'countCharactersLimit';
    // Enter is a new line here, so there is no implicit submission (unlike a text input).
    return this.renderField(html`
      <textarea
        part="control"
        class="textarea ${count?.over ? 'textarea--over' : ''}"
        id="control"
        rows=${this.safeRows}
        .value=${live(this.value)}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        autocomplete=${ifDefined(this.autocomplete || undefined)}
        spellcheck=${ifDefined(spellcheck)}
        aria-label=${this.label ? nothing : this.labelText || nothing}
        aria-describedby=${this.describedBy}
        aria-invalid=${error ? 'true' : nothing}
        @input=${this.onInput}
        @change=${this.relayChange}
      ></textarea>
      ${
        count
          ? html`<div id="count-info" class="visually-hidden">
                ${this.localize.term(limitKey, { count: count.limit })}
              </div>
              <div
                part="count"
                class="count ${count.over ? 'count--over' : ''} ${count.shown ? '' : 'count--hidden'}"
                aria-hidden="true"
              >
                ${count.message}
              </div>`
          : nothing
      }
    `);
  }
}
