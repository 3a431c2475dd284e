import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PolisFormControl, type ValidityResult } from '../../base/polis-form-control.js';
import { announce, ensureAnnouncer } from '../../base/announcer.js';
import { baseStyles, fieldStyles } from '../../styles/shared.styles.js';
import { fileUploadStyles } from './file-upload.styles.js';

/** Multipliers of the suffixes `max-size` takes (decimal, as `Intl` formats kB and MB). */
const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, kb: 1_000, mb: 1_000_000, gb: 1_000_000_000 };
const SIZE = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i;

/**
 * Reads `max-size`: a number of bytes (`2000000`), or a number with `kB`, `MB` or `GB`
 * (`500kB`, `2 MB`; case-insensitive, decimal: 1 kB = 1,000 bytes). `null` when it is not a size.
 */
export function parseFileSize(value: string | null | undefined): number | null {
  const match = SIZE.exec(String(value ?? ''));
  if (!match) return null;
  const bytes = Number(match[1]) * SIZE_UNITS[(match[2] ?? '').toLowerCase()]!;
  return Number.isFinite(bytes) && bytes > 0 ? Math.round(bytes) : null;
}

/** Names people recognise for common MIME types in an `accept` list. */
const MIME_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WEBP',
  'image/heic': 'HEIC',
  'text/csv': 'CSV',
  'text/plain': 'TXT',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/zip': 'ZIP',
};

/** The tokens of an `accept` attribute, trimmed and lower-cased. */
function acceptTokens(accept: string): string[] {
  return accept
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
}

/** Whether `file` matches one of the `accept` tokens, as the browser's picker would filter it. */
export function fileMatchesAccept(file: File, accept: string): boolean {
  const tokens = acceptTokens(accept);
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = (file.type || '').toLowerCase();
  return tokens.some((token) => {
    if (token.startsWith('.')) return name.endsWith(token);
    if (token.endsWith('/*')) return type.startsWith(token.slice(0, -1));
    return type === token;
  });
}

/**
 * A form-associated file picker with its label, hint and error message, a drop zone and the
 * list of chosen files, each with a Remove button. Every chosen file is sent under `name`
 * (multipart), as a native `<input type="file">` sends it.
 *
 * @summary Lets people choose one or more files to send with a form, by picking or dropping them.
 * @status stable
 * @since 0.3.0
 *
 * @csspart base - The wrapper around label, hint, error message, drop zone and list.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart drop-zone - The area that takes dropped files, around the button and status.
 * @csspart control - The native `<input type="file">`, laid over the button.
 * @csspart button - The visible "Choose file" button (drawn under the native input).
 * @csspart status - What is chosen ("No file chosen", "3 files chosen").
 * @csspart list - The list of chosen files.
 * @csspart item - One chosen file: name, size, error and Remove button.
 * @csspart file-error - The problem with one file, such as its size.
 * @csspart remove - Each Remove button.
 *
 * @cssprop --polis-file-upload-drop-zone-border-color - Border colour of the drop zone.
 * @cssprop --polis-file-upload-drop-zone-background - Background of the drop zone.
 * @cssprop --polis-file-upload-drop-zone-active-background - Background of the drop zone while files are dragged over it.
 *
 * @fires input - When files are added or removed.
 * @fires change - When files are added or removed (after `input`).
 * @fires invalid - When validation finds a problem (cancelled by Polis to show the error in the page).
 */
export class PolisFileUpload extends PolisFormControl {
  static override tagName = 'polis-file-upload';

  static override styles = [baseStyles, fieldStyles, fileUploadStyles];

  static override properties: PropertyDeclarations = {
    ...PolisFormControl.properties,
    // A file control has no default value: the `value` attribute means nothing here.
    defaultValue: { attribute: false },
    accept: {},
    multiple: { type: Boolean, reflect: true },
    maxSize: { attribute: 'max-size' },
    chosenFiles: { state: true },
    dragActive: { state: true },
  };

  /**
   * The file types people may choose, as on a native file input: extensions (`.pdf`), MIME
   * types (`application/pdf`) or `image/*`, separated by commas. The picker shows only these;
   * dropped files that do not match are listed with an error.
   */
  declare accept: string;
  /** People may choose several files; each new choice adds to the list. Without it, a new choice replaces the file. */
  declare multiple: boolean;
  /**
   * The largest file allowed: bytes (`2000000`) or a number with `kB`, `MB` or `GB` (`2MB`),
   * decimal (1 MB = 1,000,000 bytes). A value that is not a size means no limit, with one warning.
   */
  declare maxSize: string;
  /** The files chosen now, in the order they were added. */
  declare protected chosenFiles: File[];
  /** Whether files are being dragged over the drop zone. */
  declare protected dragActive: boolean;

  constructor() {
    super();
    this.accept = '';
    this.multiple = false;
    this.maxSize = '';
    this.chosenFiles = [];
    this.dragActive = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The live region must exist, empty, before the first announcement.
    ensureAnnouncer();
  }

  /** The chosen files, in order: what the form sends under `name`. A copy: use the picker, a drop or Remove to change it. */
  get files(): readonly File[] {
    return [...this.chosenFiles];
  }

  /**
   * As on a native file input: `C:\fakepath\` and the first file's name, or an empty string
   * when no file is chosen. Setting it to an empty string removes every file; any other
   * value is ignored (a script cannot choose files).
   */
  override get value(): string {
    const first = this.chosenFiles?.[0];
    return first ? `C:\\fakepath\\${first.name}` : '';
  }

  override set value(next: string) {
    if (next === '' || next === null || next === undefined) {
      if (this.chosenFiles?.length) this.chosenFiles = [];
      return;
    }
    this.warn('value', 'value can only be set to an empty string, which removes the chosen files.');
  }

  /** The `max-size` limit in bytes, or `null` for no limit. Warns once when it is not a size. */
  private get maxBytes(): number | null {
    if (!this.maxSize) return null;
    const bytes = parseFileSize(this.maxSize);
    if (bytes === null) {
      this.warn(
        `max-size:${this.maxSize}`,
        `max-size="${this.maxSize}" is not a size; use bytes or a number with kB or MB, like "2MB". No limit is applied.`,
      );
    }
    return bytes;
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector?.<HTMLInputElement>('input[type="file"]') ?? null;
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.input;
  }

  /** A size in bytes, kB or MB, in the page language. */
  private formatSize(bytes: number): string {
    const [unit, divisor] =
      bytes >= 1_000_000_000
        ? (['gigabyte', 1_000_000_000] as const)
        : bytes >= 1_000_000
          ? (['megabyte', 1_000_000] as const)
          : bytes >= 1_000
            ? (['kilobyte', 1_000] as const)
            : (['byte', 1] as const);
    return this.localize.number(bytes / divisor, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    });
  }

  /** The accepted types as people read them: "PDF, JPG or PNG". */
  private describeAccept(): string {
    const names = acceptTokens(this.accept).map((token) => {
      if (token.startsWith('.')) return token.slice(1).toUpperCase();
      if (token === 'image/*') return this.localize.term('fileTypeImage');
      if (token === 'video/*') return this.localize.term('fileTypeVideo');
      if (token === 'audio/*') return this.localize.term('fileTypeAudio');
      return MIME_NAMES[token] ?? (token.split('/')[1] ?? token).toUpperCase();
    });
    const unique = [...new Set(names)];
    // The page's own language tag, so `en-GB` gets "PDF, JPG or PNG" and `en-US` "PDF, JPG, or PNG".
    let list: Intl.ListFormat;
    try {
      list = new Intl.ListFormat(this.localize.lang, { type: 'disjunction' });
    } catch {
      list = new Intl.ListFormat(this.localize.locale, { type: 'disjunction' });
    }
    return list.format(unique);
  }

  /** What is wrong with one file, or `null`. */
  private fileProblem(file: File): ValidityResult | null {
    if (this.accept && !fileMatchesAccept(file, this.accept)) {
      return {
        flags: { typeMismatch: true },
        message: this.localize.term('fileWrongType', { name: file.name, types: this.describeAccept() }),
      };
    }
    const max = this.maxBytes;
    if (max !== null && file.size > max) {
      return {
        flags: { rangeOverflow: true },
        message: this.localize.term('fileTooBig', { name: file.name, size: this.formatSize(max) }),
      };
    }
    return null;
  }

  protected override computeValidity(): ValidityResult | null {
    if (this.required && this.chosenFiles.length === 0) {
      return {
        flags: { valueMissing: true },
        message: this.localize.term('fileValueMissing', { label: this.labelText }),
      };
    }
    for (const file of this.chosenFiles) {
      const problem = this.fileProblem(file);
      if (problem) return problem;
    }
    return null;
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.chosenFiles = [];
    this.dragActive = false;
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    const files =
      state instanceof FormData
        ? [...state.values()].filter((entry): entry is File => entry instanceof File)
        : state instanceof File
          ? [state]
          : null;
    if (files) this.chosenFiles = this.multiple ? files : files.slice(0, 1);
  }

  /** Sends one `name` entry per file (multipart), and the same files as the restore state. */
  private syncFormValue(): void {
    const files = this.chosenFiles;
    if (files.length === 0) {
      this.internals.setFormValue(null);
      return;
    }
    const data = new FormData();
    for (const file of files) data.append(this.name, file);
    this.internals.setFormValue(this.name ? data : null, data);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncFormValue();
  }

  /** Adds files the person picked or dropped, announces them and fires `input` and `change`. */
  private addFiles(incoming: File[]): void {
    if (incoming.length === 0 || this.isDisabled) return;
    const added = this.multiple ? incoming : incoming.slice(0, 1);
    const previous = this.chosenFiles;
    this.chosenFiles = this.multiple ? [...previous, ...added] : added;
    const first = added[0]!;
    const replaced = !this.multiple ? previous[0] : undefined;
    const message = replaced
      ? this.localize.term('fileReplaced', { old: replaced.name, name: first.name })
      : this.localize.term('fileAdded', { count: added.length, name: first.name });
    const problems = added.map((file) => this.fileProblem(file)?.message).filter(Boolean);
    void announce([message, ...problems].join('. '));
    this.notifyChange();
  }

  private notifyChange(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.relayChange();
  }

  /** Removes one file, announces it and keeps focus on a Remove button or the picker. */
  async removeFile(index: number): Promise<void> {
    const file = this.chosenFiles[index];
    if (!file || this.isDisabled) return;
    this.chosenFiles = this.chosenFiles.filter((_, i) => i !== index);
    void announce(this.localize.term('fileRemoved', { name: file.name }));
    this.notifyChange();
    await this.updateComplete;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button[part~="remove"]')];
    const target = buttons[index] ?? buttons[index - 1] ?? this.input;
    target?.focus();
  }

  private onInput(event: Event): void {
    // The picker's own `input` event crosses the shadow root; Polis fires one after the files are added.
    event.stopPropagation();
  }

  private onChange(event: Event): void {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Empty the native input so the same file can be chosen again and choices add up.
    input.value = '';
    this.addFiles(files);
  }

  private hasFiles(event: DragEvent): boolean {
    return [...(event.dataTransfer?.types ?? [])].includes('Files');
  }

  private onDragOver(event: DragEvent): void {
    if (!this.hasFiles(event)) return;
    // Always cancel, so a file dropped here never makes the browser leave the page.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = this.isDisabled ? 'none' : 'copy';
    if (!this.isDisabled) this.dragActive = true;
  }

  private onDragLeave(event: DragEvent): void {
    const zone = event.currentTarget as HTMLElement;
    const to = event.relatedTarget as Node | null;
    if (!to || !zone.contains(to)) this.dragActive = false;
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragActive = false;
    this.addFiles([...(event.dataTransfer?.files ?? [])]);
  }

  private renderItem(file: File, index: number) {
    const problem = this.fileProblem(file);
    const id = `file-${index}`;
    return html`<li part="item" class="item ${problem ? 'item--error' : ''}">
      <div class="file">
        <span class="file-name" id=${id}>${file.name}</span>
        <span class="file-size">${this.formatSize(file.size)}</span>
        ${
          problem
            ? html`<p part="file-error" class="file-error" id=${`${id}-error`}>
                <span class="visually-hidden">${this.localize.term('errorPrefix')}</span>
                ${problem.message}
              </p>`
            : nothing
        }
      </div>
      <button
        part="remove"
        class="remove"
        type="button"
        aria-label=${this.localize.term('fileRemoveLabel', { name: file.name })}
        aria-describedby=${problem ? `${id}-error` : nothing}
        ?disabled=${this.isDisabled}
        @click=${() => void this.removeFile(index)}
      >
        ${this.localize.term('fileRemove')}
      </button>
    </li>`;
  }

  protected override render() {
    const error = this.errorText;
    const files = this.chosenFiles;
    const describedBy = [this.describedBy === nothing ? '' : this.describedBy, 'status']
      .filter(Boolean)
      .join(' ');
    const status = files.length
      ? this.localize.term('fileChosen', { count: files.length, name: files[0]!.name })
      : this.localize.term('fileNoneChosen');
    return this.renderField(html`
      <div
        part="drop-zone"
        class="drop-zone ${this.dragActive ? 'drop-zone--active' : ''} ${this.isDisabled ? 'drop-zone--disabled' : ''}"
        @dragenter=${this.onDragOver}
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        <div class="chooser">
          <input
            part="control"
            class="input"
            id="control"
            type="file"
            accept=${ifDefined(this.accept || undefined)}
            ?multiple=${this.multiple}
            ?required=${this.required}
            ?disabled=${this.isDisabled}
            aria-label=${this.label ? nothing : this.labelText || nothing}
            aria-describedby=${describedBy}
            aria-invalid=${error ? 'true' : nothing}
            @input=${this.onInput}
            @change=${this.onChange}
          />
          <span part="button" class="button" aria-hidden="true">
            ${this.localize.term(this.multiple ? 'fileChooseMultiple' : 'fileChoose')}
          </span>
        </div>
        <span class="drop-text" aria-hidden="true">
          ${this.localize.term(this.multiple ? 'fileDropMultiple' : 'fileDrop')}
        </span>
        <span part="status" class="status" id="status">${status}</span>
      </div>
      ${
        files.length
          ? html`<ul part="list" class="list" aria-label=${this.localize.term('fileList')}>
              ${files.map((file, i) => this.renderItem(file, i))}
            </ul>`
          : nothing
      }
    `);
  }
}
