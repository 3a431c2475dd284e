import { nothing, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult } from 'lit';
import { statusIcons } from '../../styles/icons.js';
import { html } from 'lit/static-html.js';
import { PolisElement } from '../../base/polis-element.js';
import { oneOf } from '../../base/enum.js';
import { headingTag } from '../../base/heading.js';
import { recall, remember } from '../../base/storage.js';
import { PolisDismissEvent } from '../../events.js';
import type { MessageKey } from '../../i18n/types.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { focusAfterDismiss, hasFocusWithin } from '../../base/focus-after-dismiss.js';
import { serviceAlertStyles } from './service-alert.styles.js';

/** How serious the notice is. */
export const SERVICE_ALERT_SEVERITIES = ['info', 'warning', 'emergency'] as const;
export type ServiceAlertSeverity = (typeof SERVICE_ALERT_SEVERITIES)[number];

/** The storage key under which the dismissal of the alert with this `alert-id` is remembered. */
export const serviceAlertStorageKey = (alertId: string): string => `polis-service-alert:${alertId}`;

const DISMISSED = 'dismissed';

const PREFIX: Record<ServiceAlertSeverity, MessageKey> = {
  info: 'serviceAlertInfo',
  warning: 'serviceAlertWarning',
  emergency: 'serviceAlertEmergency',
};

// Decorative: the severity is said by the visually hidden prefix; each has its own shape.
const ICONS: Record<ServiceAlertSeverity, SVGTemplateResult> = {
  info: statusIcons.info,
  warning: statusIcons.warning,
  emergency: statusIcons.error,
};

/**
 * A notice about the whole service, such as planned maintenance or an emergency, shown at
 * the top of every page. It is a region named by its heading; its severity is said in words
 * to screen-reader users and shown by an icon with its own shape.
 *
 * A `dismissible` alert with an `alert-id` stays dismissed: the choice is remembered for the
 * browser session, or lastingly when the person's consent allows storing preferences.
 * `emergency` alerts cannot be dismissed.
 *
 * @summary Tells everyone using a service about a planned outage, a problem or an emergency.
 * @status stable
 * @since 0.2.0
 *
 * @slot - The notice: a sentence or two, and a link to more information.
 * @csspart base - The band; the region landmark.
 * @csspart icon - The decorative icon (hidden from assistive technology).
 * @csspart heading - The heading, which names the region.
 * @csspart content - The box around the slotted notice.
 * @csspart dismiss-button - The native "Dismiss" button.
 * @cssprop --polis-service-alert-color - Colour of the border and icon (by default one per severity).
 *
 * @fires polis-dismiss - When a person activates the dismiss button, before the alert hides. Cancelable.
 */
export class PolisServiceAlert extends PolisElement {
  static override tagName = 'polis-service-alert';

  static override styles = [baseStyles, serviceAlertStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    severity: { reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    dismissible: { type: Boolean, reflect: true },
    alertId: { attribute: 'alert-id' },
  };

  /** `info` (default), `warning` or `emergency`. */
  declare severity: ServiceAlertSeverity;
  /** The heading, which names the region: say what is happening, such as "Planned maintenance on 3 June". */
  declare heading: string;
  /** The level of the heading, 1 to 6 (default 2). */
  declare headingLevel: string;
  /** Shows a "Dismiss" button. Ignored, with a warning, on an `emergency` alert. */
  declare dismissible: boolean;
  /**
   * Identifies this notice so that its dismissal is remembered, for the session or, with
   * consent, lastingly. Give each new notice a new id.
   */
  declare alertId: string;

  constructor() {
    super();
    this.severity = 'info';
    this.heading = '';
    this.headingLevel = '2';
    this.dismissible = false;
    this.alertId = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hideIfDismissed();
  }

  private hideIfDismissed(): void {
    if (this.alertId && recall(serviceAlertStorageKey(this.alertId)) === DISMISSED) this.hidden = true;
  }

  private get safeSeverity(): ServiceAlertSeverity {
    return oneOf(this, 'severity', this.severity, SERVICE_ALERT_SEVERITIES, 'info');
  }

  /** Whether the dismiss button is shown: `dismissible`, and not an emergency. */
  private get canDismiss(): boolean {
    if (!this.dismissible) return false;
    if (this.safeSeverity === 'emergency') {
      this.warn(
        'dismissible-emergency',
        'severity="emergency" cannot be dismissed, so people cannot miss it; dismissible was ignored.',
      );
      return false;
    }
    if (!this.alertId) {
      this.warn(
        'dismissible-without-id',
        'is dismissible without an alert-id, so its dismissal is not remembered and it comes back on the next page.',
      );
    }
    return true;
  }

  /**
   * Dismisses the alert as the dismiss button does: fires `polis-dismiss` and, unless it is
   * cancelled, remembers the dismissal (with an `alert-id`), hides the alert and moves focus
   * out of it if it was inside. Returns whether the alert was hidden. Emergencies stay.
   */
  dismiss(): boolean {
    if (this.safeSeverity === 'emergency') return false;
    const event = new PolisDismissEvent();
    if (!this.dispatchEvent(event)) return false;
    if (this.alertId) remember('preferences', serviceAlertStorageKey(this.alertId), DISMISSED);
    if (hasFocusWithin(this)) focusAfterDismiss(this);
    this.hidden = true;
    return true;
  }

  private readonly onDismissClick = (): void => {
    this.dismiss();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('alertId') && this.hasUpdated) this.hideIfDismissed();
    if (!this.heading) {
      this.warn('heading', 'needs a heading: it names the region and tells people what the notice is about.');
    }
  }

  // The heading tag is a lit/static-html literal from headingTag() (h1 to h6, never user
  // input), which the lit lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  protected override render() {
    const severity = this.safeSeverity;
    const tag = headingTag(this, this.headingLevel, '2');
    const prefix = this.localize.term(PREFIX[severity]);
    const heading = this.heading;
    return html`
      <div part="base" class="alert alert--${severity}" role="region" aria-labelledby="heading">
        <svg
          part="icon"
          class="icon"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 24 24"
          xmlns="http://www.w3.org/2000/svg"
        >
          ${ICONS[severity]}
        </svg>
        <div class="body">
          ${
            heading
              ? html`<${tag} part="heading" class="heading" id="heading"><span class="visually-hidden">${prefix} </span>${heading}</${tag}>`
              : html`<span class="visually-hidden" id="heading">${prefix}</span>`
          }
          <div part="content" class="content"><slot></slot></div>
        </div>
        ${
          this.canDismiss
            ? html`<button
                part="dismiss-button"
                class="dismiss"
                type="button"
                aria-label=${this.localize.term('dismissLabel', { title: heading || prefix })}
                @click=${this.onDismissClick}
              >
                ${this.localize.term('dismiss')}
              </button>`
            : nothing
        }
      </div>
    `;
  }
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
