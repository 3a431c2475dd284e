import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PolisFormControl, type ValidityResult } from '../../base/polis-form-control.js';
import { oneOf } from '../../base/enum.js';
import { warnOnce } from '../../base/dev.js';
import { submitImplicitly } from '../../base/implicit-submit.js';
import type { MessageKey } from '../../i18n/types.js';
import { baseStyles, fieldStyles, inputStateStyles } from '../../styles/shared.styles.js';
import { dateInputStyles } from './date-input.styles.js';

/** The three parts of a date, in the order they are shown (day, month, year, as GOV.UK). */
export const DATE_PARTS = ['day', 'month', 'year'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/** The values `must-be` takes: `any` (default), `past` (before today) or `future` (after today). */
export const DATE_MUST_BE = ['any', 'past', 'future'] as const;
export type DateMustBe = (typeof DATE_MUST_BE)[number];

type Parts = Record<DatePart, string>;

interface DateProblem extends ValidityResult {
  parts: DatePart[];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DIGITS = /^\d+$/;

const MISSING_KEYS: Record<string, MessageKey> = {
  day: 'dateMissingDay',
  month: 'dateMissingMonth',
  year: 'dateMissingYear',
  'day month': 'dateMissingDayMonth',
  'day year': 'dateMissingDayYear',
  'month year': 'dateMissingMonthYear',
};

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `yyyy-mm-dd` when the numbers make a real date, else `null`. */
function toIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Today in the person's time zone, as `yyyy-mm-dd`. */
function today(): string {
  const now = new Date();
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

/**
 * A date asked for as three fields, day, month and year, in a group named by its legend.
 *
 * @summary Lets people enter a date they already know, such as their date of birth.
 * @status stable
 * @since 0.3.0
 *
 * @csspart base - The wrapper that carries the error bar.
 * @csspart group - The `<fieldset role="group">` around the parts.
 * @csspart legend - The `<legend>` that names the group.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart item - The wrapper of one part's label and input.
 * @csspart part-label - The visible label of one part ("Day", "Month", "Year").
 * @csspart control - Each native `<input>`; also `day`, `month` or `year`.
 *
 * @cssprop --polis-date-input-border-color - Border colour of the parts.
 * @cssprop --polis-date-input-background - Background of the parts.
 *
 * @fires input - When a part changes as the person types (the native event).
 * @fires change - When the person commits a change to a part (the native event, relayed).
 * @fires invalid - When validation finds a problem (cancelled by Polis to show the error in the page).
 */
export class PolisDateInput extends PolisFormControl {
  static override tagName = 'polis-date-input';

  static override styles = [baseStyles, fieldStyles, inputStateStyles, dateInputStyles];

  static override properties: PropertyDeclarations = {
    ...PolisFormControl.properties,
    legend: {},
    min: {},
    max: {},
    mustBe: { attribute: 'must-be' },
    autocomplete: {},
    errorParts: { attribute: 'error-parts' },
    day: { state: true },
    month: { state: true },
    year: { state: true },
    shownParts: { state: true },
  };

  /** The question, shown as the legend of the group and used in error messages as `{label}`. */
  declare legend: string;
  /** The earliest date allowed: `yyyy-mm-dd` or `today`. */
  declare min: string | undefined;
  /** The latest date allowed: `yyyy-mm-dd` or `today`. */
  declare max: string | undefined;
  /** `past` (before today), `future` (after today) or `any` (default). */
  declare mustBe: DateMustBe;
  /** `bday` gives the parts `bday-day`, `bday-month` and `bday-year`; `off` is passed on. */
  declare autocomplete: string | undefined;
  /**
   * With `error-message` from your server: the parts to mark as wrong, space-separated
   * (`day`, `month`, `year`). All three when left out.
   */
  declare errorParts: string | undefined;
  /** What is in the day field now, as typed. */
  declare protected day: string;
  /** What is in the month field now, as typed. */
  declare protected month: string;
  /** What is in the year field now, as typed. */
  declare protected year: string;
  /** The parts found wrong by the last validation round. */
  declare protected shownParts: DatePart[];

  /** Set while the value follows what was typed, so the parts are not rewritten. */
  private fromParts = false;
  /** Whether the parts were changed since the default value or a reset. */
  private partsDirty = false;

  constructor() {
    super();
    this.legend = '';
    this.mustBe = 'any';
    this.day = '';
    this.month = '';
    this.year = '';
    this.shownParts = [];
    this.addEventListener('invalid', () => {
      this.shownParts = this.problem()?.parts ?? [...DATE_PARTS];
    });
  }

  /**
   * The date as `yyyy-mm-dd` when the parts make a real date, else an empty string (as a
   * native date input). Setting it fills the three parts.
   */
  override get value(): string {
    const value = super.value;
    // Anything that is not a real yyyy-mm-dd date (a typo, 2001-02-31) counts as no date.
    const match = ISO.exec(value);
    return match && toIso(Number(match[1]), Number(match[2]), Number(match[3])) === value ? value : '';
  }

  override set value(next: string) {
    super.value = next;
    if (this.fromParts) return;
    this.partsDirty = true;
    this.fillParts(super.value);
  }

  /** Focuses the first part with an error, else the day. */
  override focus(options?: FocusOptions): void {
    const target = this.inputFor(this.markedParts[0] ?? 'day');
    if (target) target.focus(options);
    else super.focus(options);
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.shownParts = [];
    this.partsDirty = false;
    this.fillParts(this.defaultValue ?? '');
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData) {
      this.setParts({
        day: String(state.get('day') ?? ''),
        month: String(state.get('month') ?? ''),
        year: String(state.get('year') ?? ''),
      });
      return;
    }
    super.formStateRestoreCallback(state);
  }

  protected override get labelText(): string {
    if (this.legend) return this.legend;
    return super.labelText;
  }

  private inputFor(part: DatePart): HTMLInputElement | null {
    return this.renderRoot?.querySelector?.<HTMLInputElement>(`#${part}`) ?? null;
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.inputFor(this.problem()?.parts[0] ?? 'day');
  }

  private fillParts(iso: string): void {
    const match = ISO.exec(iso);
    if (!match && iso) {
      warnOnce(
        `${this.localName}:value:${iso}`,
        `<${this.localName}> value "${iso}" is not a date in the form yyyy-mm-dd; leaving the parts empty.`,
      );
    }
    this.day = match?.[3] ?? '';
    this.month = match?.[2] ?? '';
    this.year = match?.[1] ?? '';
  }

  /** Takes parts as typed and derives the value from them. */
  private setParts(parts: Parts): void {
    this.day = parts.day;
    this.month = parts.month;
    this.year = parts.year;
    this.partsDirty = true;
    this.fromParts = true;
    this.value = this.isoFromParts() ?? '';
    this.fromParts = false;
  }

  private get trimmed(): Parts {
    return { day: this.day.trim(), month: this.month.trim(), year: this.year.trim() };
  }

  private isoFromParts(): string | null {
    const { day, month, year } = this.trimmed;
    if (!DIGITS.test(day) || !DIGITS.test(month) || !/^\d{4}$/.test(year)) return null;
    return toIso(Number(year), Number(month), Number(day));
  }

  /** A `min` or `max` attribute as `yyyy-mm-dd`; a bad one is ignored with one warning. */
  private bound(attribute: 'min' | 'max'): string | null {
    const raw = this[attribute]?.trim();
    if (!raw) return null;
    if (raw === 'today') return today();
    const match = ISO.exec(raw);
    if (match && toIso(Number(match[1]), Number(match[2]), Number(match[3])) === raw) return raw;
    warnOnce(
      `${this.localName}:${attribute}:${raw}`,
      `<${this.localName}> ${attribute}="${raw}" is not a date in the form yyyy-mm-dd or "today"; ignoring it.`,
    );
    return null;
  }

  private formatIso(iso: string): string {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    return this.localize.date(new Date(Date.UTC(year, month - 1, day)), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }

  /** What is wrong with the parts now, and which parts are wrong. */
  private problem(): DateProblem | null {
    const label = this.labelText;
    const parts = this.trimmed;
    const missing = DATE_PARTS.filter((p) => parts[p] === '');
    if (missing.length === 3) {
      if (!this.required) return null;
      return {
        flags: { valueMissing: true },
        message: this.localize.term('valueMissing', { label }),
        parts: [...DATE_PARTS],
      };
    }
    if (missing.length) {
      return {
        flags: { badInput: true },
        message: this.localize.term(MISSING_KEYS[missing.join(' ')]!, { label }),
        parts: missing,
      };
    }
    const notNumbers = DATE_PARTS.filter((p) => !DIGITS.test(parts[p]));
    const day = Number(parts.day);
    const month = Number(parts.month);
    const outOfRange = [
      ...(notNumbers.includes('day') || day < 1 || day > 31 ? ['day' as const] : []),
      ...(notNumbers.includes('month') || month < 1 || month > 12 ? ['month' as const] : []),
      ...(notNumbers.includes('year') ? ['year' as const] : []),
    ];
    if (outOfRange.length) {
      return {
        flags: { badInput: true },
        message: this.localize.term('dateInvalid', { label }),
        parts: outOfRange,
      };
    }
    if (parts.year.length !== 4) {
      return {
        flags: { badInput: true },
        message: this.localize.term('dateYearDigits', { label }),
        parts: ['year'],
      };
    }
    const iso = this.isoFromParts();
    if (!iso) {
      // 31 February: the day does not exist in that month.
      return {
        flags: { badInput: true },
        message: this.localize.term('dateInvalid', { label }),
        parts: ['day'],
      };
    }
    const all = [...DATE_PARTS];
    const mustBe = oneOf(this, 'must-be', this.mustBe, DATE_MUST_BE, 'any');
    const now = today();
    if (mustBe === 'past' && iso >= now) {
      return {
        flags: { rangeOverflow: true },
        message: this.localize.term('datePast', { label }),
        parts: all,
      };
    }
    if (mustBe === 'future' && iso <= now) {
      return {
        flags: { rangeUnderflow: true },
        message: this.localize.term('dateFuture', { label }),
        parts: all,
      };
    }
    const min = this.bound('min');
    if (min && iso < min) {
      return {
        flags: { rangeUnderflow: true },
        message: this.localize.term('dateMin', { label, date: this.formatIso(min) }),
        parts: all,
      };
    }
    const max = this.bound('max');
    if (max && iso > max) {
      return {
        flags: { rangeOverflow: true },
        message: this.localize.term('dateMax', { label, date: this.formatIso(max) }),
        parts: all,
      };
    }
    return null;
  }

  protected override computeValidity(): ValidityResult | null {
    const problem = this.problem();
    return problem ? { flags: problem.flags, message: problem.message } : null;
  }

  /** The parts shown as wrong now: only those that are, or all three for the whole date. */
  private get markedParts(): DatePart[] {
    if (!this.errorText) return [];
    if (this.errorMessage && this.errorParts?.trim()) {
      const listed = this.errorParts.trim().split(/\s+/);
      const known = DATE_PARTS.filter((p) => listed.includes(p));
      for (const name of listed) {
        if (!(DATE_PARTS as readonly string[]).includes(name)) {
          warnOnce(
            `${this.localName}:error-parts:${name}`,
            `<${this.localName}> error-parts="${this.errorParts}": "${name}" is not one of "day", "month", "year".`,
          );
        }
      }
      if (known.length) return known;
    }
    if (this.shownError && this.shownParts.length) return this.shownParts;
    return [...DATE_PARTS];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('defaultValue') && !this.partsDirty) this.fillParts(this.defaultValue ?? '');
    if (changed.has('mustBe')) this.mustBe = oneOf(this, 'must-be', this.mustBe, DATE_MUST_BE, 'any');
    if ((changed as Map<PropertyKey, unknown>).has('shownError') && !this.shownError) this.shownParts = [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The ISO date under `name` (empty unless the parts make a real date), and the parts as
    // typed under `name-day`, `name-month` and `name-year`, so a server can validate them too.
    const data = new FormData();
    const state = new FormData();
    data.append(this.name, this.value);
    for (const part of DATE_PARTS) {
      data.append(`${this.name}-${part}`, this[part]);
      state.append(part, this[part]);
    }
    this.internals.setFormValue(data, state);
  }

  private onInput(part: DatePart, event: Event): void {
    this.setParts({ ...this.rawParts, [part]: (event.target as HTMLInputElement).value });
  }

  private get rawParts(): Parts {
    return { day: this.day, month: this.month, year: this.year };
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    // Form-associated elements do not get the browser's implicit submission: do it here.
    event.preventDefault();
    submitImplicitly(this.form);
  }

  protected override render() {
    const error = this.errorText;
    const marked = this.markedParts;
    const bday = this.autocomplete?.trim().toLowerCase() === 'bday';
    const off = this.autocomplete?.trim().toLowerCase() === 'off';
    const labels: Record<DatePart, string> = {
      day: this.localize.term('dateDay'),
      month: this.localize.term('dateMonth'),
      year: this.localize.term('dateYear'),
    };
    return html`
      <div part="base" class="field ${error ? 'field--error' : ''}">
        <fieldset
          part="group"
          class="group"
          role="group"
          aria-describedby=${this.describedBy}
          aria-label=${this.legend ? nothing : this.labelText || nothing}
        >
          ${this.legend ? html`<legend part="legend" class="legend">${this.legend}</legend>` : nothing}
          ${this.renderHint()} ${this.renderErrorMessage()}
          <div class="parts">
            ${DATE_PARTS.map(
              (part) => html`
                <div part="item" class="item">
                  <label part="part-label" class="part-label" for=${part}>${labels[part]}</label>
                  <input
                    part="control ${part}"
                    class="input input--${part}"
                    id=${part}
                    type="text"
                    inputmode="numeric"
                    spellcheck="false"
                    .value=${live(this[part])}
                    ?required=${this.required}
                    ?disabled=${this.isDisabled}
                    autocomplete=${ifDefined(bday ? `bday-${part}` : off ? 'off' : undefined)}
                    aria-invalid=${marked.includes(part) ? 'true' : nothing}
                    @input=${(event: Event) => this.onInput(part, event)}
                    @change=${this.relayChange}
                    @keydown=${this.onKeydown}
                  />
                </div>
              `,
            )}
          </div>
        </fieldset>
      </div>
    `;
  }
}
