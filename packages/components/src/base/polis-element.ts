import { LitElement, isServer, type PropertyDeclarations } from 'lit';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { PartialMessages } from '../i18n/types.js';
import { VERSION } from '../version.js';
import { warnOnce } from './dev.js';

/** Reads the `messages` attribute: JSON of string overrides; bad JSON warns and is ignored. */
const messagesConverter = {
  fromAttribute(value: string | null): PartialMessages | null {
    if (!value) return null;
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return parsed as PartialMessages;
      }
    } catch {
      // fall through to the warning
    }
    warnOnce(
      `messages:${value}`,
      `The messages attribute must be a JSON object such as {"errorPrefix":"Error:"}; ignoring ${JSON.stringify(value)}.`,
    );
    return null;
  },
  toAttribute(value: PartialMessages | null): string | null {
    return value ? JSON.stringify(value) : null;
  },
};

/**
 * The base of every Polis element.
 *
 * - `define()` registers the tag once: calling it again is harmless, and when another copy or
 *   version of Polis already owns the tag it warns instead of throwing.
 * - `localize` gives the element its language, direction and translated strings.
 * - `messages` overrides any built-in string on one instance.
 */
export class PolisElement extends LitElement {
  /** The tag name this class registers under. */
  static tagName = '';

  /** The version of @polis-ds/components that defined this class. */
  static readonly polisVersion = VERSION;

  static override properties: PropertyDeclarations = {
    messages: { converter: messagesConverter },
  };

  /**
   * Overrides built-in strings on this element only, as an object or as a JSON attribute:
   * `messages='{"errorSummaryTitle":"Check your answers"}'`.
   */
  declare messages: PartialMessages | null;

  protected readonly localize = new LocalizeController(this);

  constructor() {
    super();
    this.messages = null;
  }

  /**
   * Registers the element. Safe to call any number of times, from any number of bundles.
   * Does nothing on a server.
   */
  static define(tagName: string = this.tagName, registry?: CustomElementRegistry): void {
    if (isServer) return;
    const target = registry ?? globalThis.customElements;
    if (!target || !tagName) return;
    const existing = target.get(tagName) as
      (CustomElementConstructor & { polisVersion?: string }) | undefined;
    if (!existing) {
      target.define(tagName, this);
      return;
    }
    if (existing === this) return;
    const theirs = existing.polisVersion;
    warnOnce(
      `define:${tagName}`,
      theirs
        ? `<${tagName}> is already defined by @polis-ds/components ${theirs}; this copy (${VERSION}) was not registered. Load one copy of Polis on a page (deduplicate it in your bundler).`
        : `<${tagName}> is already defined by another library; Polis ${VERSION} did not replace it.`,
    );
  }

  /** Prints a development warning once per element type and key. */
  protected warn(key: string, message: string): void {
    warnOnce(`${this.localName}:${key}`, `<${this.localName}> ${message}`);
  }
}
