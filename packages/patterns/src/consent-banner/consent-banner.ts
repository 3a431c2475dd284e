import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import {
  LocalizeController,
  PolisDismissEvent,
  PolisElement,
  announce,
  ensureAnnouncer,
  safeHref,
} from '@polis-ds/components';
import {
  acceptAll,
  getConfig,
  gpcSignal,
  needsChoice,
  onConfigure,
  rejectAll,
  subscribe,
} from '../consent/index.js';
import { categoryList, consentMessages, type ConsentMessages } from '../consent/messages.js';
import { categoryEntries, categoryIds } from '../consent/record.js';
import type { ConsentChangeDetail, ConsentConfig, ConsentRecord } from '../consent/types.js';
import { focusAfterLeaving, hasFocusWithin } from '../base/focus.js';
import { headingLevel, headingTagFor } from '../base/heading.js';
import { patternBaseStyles } from '../base/styles.js';
import { consentBannerStyles } from './consent-banner.styles.js';

/** What the banner shows: nothing, the question, or the confirmation of the answer. */
type View = 'none' | 'question' | 'confirmation';

/** The ids of the categories that Global Privacy Control applies to. */
function gpcCategories(config: ConsentConfig): string[] {
  return categoryEntries(config)
    .filter(([, category]) => category.gpc === true)
    .map(([id]) => id);
}

/**
 * The cookie banner: asks people, before anything optional is stored, whether they accept
 * the service's additional cookies, with two buttons of the same size, colour and weight and
 * a link to the cookies page. It shows only while the consent manager has no valid record
 * (none yet, expired, or made under an older revision of the cookie policy) and after
 * `configure()` has been called; otherwise the element is `hidden`.
 *
 * After a choice the question is replaced by a confirmation, which takes focus and is
 * announced, with a "Hide cookie message" button. Closing the page or ignoring the banner
 * records nothing: no answer is a refusal of everything optional.
 *
 * Put it first in `<body>`, before the skip link, never in a fixed or sticky container (it
 * would cover what has focus, WCAG 2.4.11); development warnings say so. Its light-DOM
 * children are the no-JavaScript banner (`renderBannerHtml` from
 * `@polis-ds/patterns/consent/server`): they are not shown once the element is defined.
 *
 * @summary Asks people whether they accept additional cookies, with accepting and rejecting equally easy.
 * @status experimental
 * @since 0.3.0
 *
 * @csspart base - The banner: a region named "Cookies on {service}".
 * @csspart inner - The box that limits the width of the content.
 * @csspart question - The question: heading, text and actions.
 * @csspart heading - The heading, a real `<hN>`.
 * @csspart content - The paragraphs of the question or of the confirmation.
 * @csspart gpc-notice - The paragraph that says Global Privacy Control was honoured.
 * @csspart actions - The row of buttons and the link.
 * @csspart button - Each native button (accept, reject, hide).
 * @csspart accept-button - The "Accept additional cookies" button.
 * @csspart reject-button - The "Reject additional cookies" button.
 * @csspart link - The link to the cookies page.
 * @csspart confirmation - The confirmation shown after a choice; it takes focus.
 * @csspart hide-button - The "Hide cookie message" button.
 * @cssprop --polis-consent-banner-background - Background of the banner (default: the surface colour).
 * @cssprop --polis-consent-banner-max-width - Maximum width of the content (default 60rem), to line up with the page.
 *
 * @fires polis-dismiss - When a person activates "Hide cookie message", before the banner hides. Cancelable. (Each new consent record fires `polis-consent-change` on `document`, from the consent manager.)
 */
export class PolisConsentBanner extends PolisElement {
  static override tagName = 'polis-consent-banner';

  static override styles = [patternBaseStyles, consentBannerStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    service: {},
    headingLevel: { attribute: 'heading-level' },
    currentView: { state: true },
  };

  /** The name of the service, for the heading "Cookies on {service}". Defaults to "this service", translated. */
  declare service: string;
  /** The level of the heading, 1 to 6 (default 2). */
  declare headingLevel: string;
  declare private currentView: View;

  private readonly strings = new LocalizeController<ConsentMessages>(this, consentMessages);
  /** The record this banner made, shown in the confirmation. */
  private answered: ConsentRecord | null = null;
  /** Whether the answer was "accept" (a partial record then means GPC was honoured). */
  private accepted = false;
  /** A choice is being recorded: further clicks are ignored. */
  private busy = false;
  /** Hidden by the person: stays hidden on this page. */
  private dismissed = false;
  private focusConfirmation = false;
  private checkedPlacement = false;
  private stopConfigure: (() => void) | null = null;
  private stopSubscription: (() => void) | null = null;

  constructor() {
    super();
    this.service = '';
    this.headingLevel = '2';
    this.currentView = 'none';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopConfigure = onConfigure(() => this.sync());
    this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopConfigure?.();
    this.stopConfigure = null;
    this.stopSubscription?.();
    this.stopSubscription = null;
  }

  /** Works out what to show from the consent manager, and follows its changes. */
  private sync(): void {
    const config = getConfig();
    if (config && !this.stopSubscription) this.stopSubscription = subscribe(this.onConsentChange);
    let view: View = 'none';
    if (!config || this.dismissed) view = 'none';
    else if (this.answered) view = 'confirmation';
    // With no category there is nothing optional to accept (configure() warns about it).
    else if (needsChoice() && categoryIds(config).length > 0) view = 'question';
    if (view === 'question' && this.currentView !== 'question') this.busy = false;
    if (view !== 'none') ensureAnnouncer();
    this.currentView = view;
    this.toggleAttribute('hidden', view === 'none');
  }

  /** A choice made elsewhere on the page (the settings form, an embed's "Allow" button) hides the question. */
  private readonly onConsentChange = (_detail: ConsentChangeDetail): void => {
    if (this.busy) return;
    const hadFocus = this.currentView === 'question' && hasFocusWithin(this);
    this.sync();
    if (hadFocus && this.currentView === 'none') focusAfterLeaving(this);
  };

  private choose(accept: boolean): void {
    if (this.busy || this.currentView !== 'question') return;
    this.busy = true;
    // Disabled at once, before anything else runs, so a second click cannot record twice.
    for (const button of this.renderRoot.querySelectorAll<HTMLButtonElement>('button[data-choice]')) {
      button.disabled = true;
    }
    let record: ConsentRecord;
    try {
      record = accept ? acceptAll('banner') : rejectAll('banner');
    } catch (error) {
      this.busy = false;
      for (const button of this.renderRoot.querySelectorAll<HTMLButtonElement>('button[data-choice]')) {
        button.disabled = false;
      }
      throw error;
    }
    this.answered = record;
    this.accepted = accept;
    this.focusConfirmation = true;
    this.sync();
    void announce(this.confirmationText(record));
  }

  private readonly onAccept = (): void => this.choose(true);
  private readonly onReject = (): void => this.choose(false);

  private readonly onHide = (event: MouseEvent): void => {
    // The second click of a double click that began on "Accept" lands here: not a request to hide.
    if (event.detail > 1) return;
    this.hide();
  };

  /**
   * Hides the confirmation as its "Hide cookie message" button does: fires `polis-dismiss`
   * and, unless it is cancelled, hides the banner for the rest of the page's life and moves
   * focus to the main content if it was inside. Returns whether the banner was hidden.
   */
  hide(): boolean {
    // Made first, then dispatched: the manifest takes the event from @fires, not from this line.
    const event: Event = new PolisDismissEvent();
    if (!this.dispatchEvent(event)) return false;
    const hadFocus = hasFocusWithin(this);
    this.dismissed = true;
    this.sync();
    if (hadFocus) focusAfterLeaving(this);
    return true;
  }

  /** Which confirmation the record calls for. */
  private confirmationKey(record: ConsentRecord): keyof ConsentMessages & string {
    const values = Object.values(record.choices);
    if (values.length > 0 && values.every(Boolean)) return 'consentAcceptedConfirmation';
    return values.some(Boolean) ? 'consentPartialConfirmation' : 'consentRejectedConfirmation';
  }

  /** The categories Global Privacy Control kept refused in this answer, if any. */
  private honouredGpc(config: ConsentConfig, record: ConsentRecord | null): string[] {
    const ids = gpcCategories(config);
    if (!record) return gpcSignal() ? ids : [];
    return this.accepted && record.gpc ? ids.filter((id) => record.choices[id] === false) : [];
  }

  private gpcText(config: ConsentConfig, ids: string[]): string {
    return this.strings.term('consentGpcHonoured', {
      purposes: categoryList(config, this.strings.lang, ids),
    });
  }

  private confirmationText(record: ConsentRecord): string {
    const config = getConfig();
    const parts = [this.strings.term(this.confirmationKey(record))];
    const honoured = config ? this.honouredGpc(config, record) : [];
    if (config && honoured.length > 0) parts.push(this.gpcText(config, honoured));
    return parts.join(' ');
  }

  private get cookiesPage(): string | undefined {
    return safeHref(this, getConfig()?.cookiesPage, 'cookiesPage');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.currentView !== 'none' && !this.checkedPlacement) {
      this.checkedPlacement = true;
      this.checkPlacement();
    }
    if (this.focusConfirmation && this.currentView === 'confirmation') {
      this.focusConfirmation = false;
      this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus();
    }
  }

  /** Development warnings for a banner people could miss or that could cover what has focus. */
  private checkPlacement(): void {
    const main = this.ownerDocument.querySelector('main, [role="main"]');
    if (main && main.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING) {
      this.warn(
        'placement',
        'comes after <main>. Put the cookie banner first in <body>, before the skip link, so people meet it before the content.',
      );
    }
    // The element itself and every ancestor, through shadow roots.
    const chain = (node: Element): Element | null => {
      const root = node.getRootNode();
      return node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
    };
    for (let node: Element | null = this as Element; node; node = chain(node)) {
      const position = getComputedStyle(node).position;
      if (position === 'fixed' || position === 'sticky') {
        this.warn(
          'fixed',
          `is inside a ${position} container. A fixed or sticky banner covers what has focus (WCAG 2.4.11); let it scroll with the page.`,
        );
        break;
      }
    }
    if (!getConfig()?.cookiesPage) {
      this.warn(
        'cookies-page',
        'has no link to the cookies page: set cookiesPage in configure(), so people can find the details and change their choice.',
      );
    }
  }

  /** The text of a message with one phrase of it made a link to the cookies page. */
  private withSettingsLink(message: string, href: string | undefined): TemplateResult | string {
    if (!href) return message;
    const phrase = this.strings.term('consentChangeSettings');
    const at = phrase ? message.indexOf(phrase) : -1;
    const link = html`<a part="link" class="link" href=${href}>${phrase}</a>`;
    if (at < 0) return html`${message} ${link}`;
    return html`${message.slice(0, at)}${link}${message.slice(at + phrase.length)}`;
  }

  // The heading tag is a lit/static-html literal from headingTagFor() (h1 to h6, never user
  // input), which the lit lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  private renderQuestion(config: ConsentConfig): TemplateResult {
    const tag = headingTagFor(headingLevel(this, this.headingLevel));
    const heading = this.headingText;
    const lang = this.strings.lang;
    const honoured = this.honouredGpc(config, null);
    const page = this.cookiesPage;
    return html`
      <div part="question" class="message">
        <${tag} part="heading" class="heading">${heading}</${tag}>
        <div part="content" class="content">
          <p>${this.strings.term('consentBannerIntro')}</p>
          <p>${this.strings.term('consentBannerAsk', { purposes: categoryList(config, lang) })}</p>
          ${honoured.length > 0 ? html`<p part="gpc-notice">${this.gpcText(config, honoured)}</p>` : nothing}
        </div>
        <div part="actions" class="actions">
          <div class="buttons">
            <button
              part="button accept-button"
              class="button"
              type="button"
              data-choice="accept"
              @click=${this.onAccept}
            >
              ${this.strings.term('consentAccept')}
            </button>
            <button
              part="button reject-button"
              class="button"
              type="button"
              data-choice="reject"
              @click=${this.onReject}
            >
              ${this.strings.term('consentReject')}
            </button>
          </div>
          ${page ? html`<a part="link" class="link" href=${page}>${this.strings.term('consentViewCookies')}</a>` : nothing}
        </div>
      </div>
    `;
  }
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */

  private renderConfirmation(config: ConsentConfig, record: ConsentRecord): TemplateResult {
    const honoured = this.honouredGpc(config, record);
    return html`
      <div part="confirmation" class="message confirmation" tabindex="-1">
        <div part="content" class="content">
          <p>${this.withSettingsLink(this.strings.term(this.confirmationKey(record)), this.cookiesPage)}</p>
          ${honoured.length > 0 ? html`<p part="gpc-notice">${this.gpcText(config, honoured)}</p>` : nothing}
        </div>
        <div part="actions" class="actions">
          <button part="button hide-button" class="button" type="button" @click=${this.onHide}>
            ${this.strings.term('consentHide')}
          </button>
        </div>
      </div>
    `;
  }

  private get headingText(): string {
    const service = this.service?.trim() || this.strings.term('consentServiceFallback');
    return this.strings.term('consentBannerHeading', { service });
  }

  protected override render() {
    const config = getConfig();
    if (!config || this.currentView === 'none') return nothing;
    const body =
      this.currentView === 'confirmation' && this.answered
        ? this.renderConfirmation(config, this.answered)
        : this.renderQuestion(config);
    return html`<div part="base" class="banner" role="region" aria-label=${this.headingText} data-nosnippet>
      <div part="inner" class="inner">${body}</div>
    </div>`;
  }
}
