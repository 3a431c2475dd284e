import { html } from 'lit/static-html.js';
import { PolisElement } from '../../base/polis-element.js';
import { headingTag } from '../../base/heading.js';
import { announce } from '../../base/announcer.js';
import { onStoragePolicyChange } from '../../base/storage.js';
import { baseStyles } from '../../styles/shared.styles.js';
import '../radios/define.js';
import '../radio/define.js';
import type { PolisRadios } from '../radios/radios.js';
import { displaySettingsStyles } from './display-settings.styles.js';
import {
  DISPLAY_THEMES,
  TEXT_SIZES,
  displaySettingsPersist,
  getDisplaySettings,
  onDisplaySettingsChange,
  setDisplaySettings,
  type DisplaySettings,
  type DisplayTheme,
  type TextSize,
} from './display.js';
import type { MessageKey } from '../../i18n/types.js';

const THEME_LABELS: Record<DisplayTheme, MessageKey> = {
  system: 'displayThemeSystem',
  light: 'displayThemeLight',
  dark: 'displayThemeDark',
  'high-contrast': 'displayThemeContrast',
};
const SIZE_LABELS: Record<TextSize, MessageKey> = {
  standard: 'displayTextSizeDefault',
  large: 'displayTextSizeLarge',
  largest: 'displayTextSizeLargest',
};

/**
 * Lets a person choose the colour theme (same as their device, light, dark or high contrast)
 * and the text size of the whole service. A choice applies at once to `<html>`
 * (`data-polis-theme`, `data-polis-text-size`), is announced, and is remembered for the
 * browser session, or on the device when their consent allows remembering settings (the
 * consent manager's `preferencesCategory`). The element says which of the two applies.
 *
 * Pages without the element apply the remembered choice with `applyDisplaySettings()`.
 *
 * @summary Lets people choose the theme and text size, remembered only as their consent allows.
 * @status draft
 * @since 0.3.0
 *
 * @event polis-display-change - After a choice is applied. `detail` is `{ theme, textSize }`.
 * @csspart base - The wrapper.
 * @csspart heading - The heading.
 * @csspart storage-note - The sentence that says how long choices are remembered.
 */
export class PolisDisplaySettings extends PolisElement {
  static override tagName = 'polis-display-settings';

  static override styles = [baseStyles, displaySettingsStyles];

  static override properties = {
    headingLevel: { attribute: 'heading-level' },
    settings: { state: true },
  };

  /** Level of the heading (1–6); other values fall back to 2 with a warning. */
  declare headingLevel: string;
  declare private settings: DisplaySettings;
  private stopWatching: Array<() => void> = [];

  constructor() {
    super();
    this.headingLevel = '2';
    this.settings = getDisplaySettings();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.settings = getDisplaySettings();
    this.stopWatching = [
      onDisplaySettingsChange((settings) => (this.settings = settings)),
      onStoragePolicyChange(() => this.requestUpdate()),
    ];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.stopWatching) stop();
    this.stopWatching = [];
  }

  private choose(change: Partial<DisplaySettings>): void {
    const settings = setDisplaySettings(change);
    void announce(this.localize.term('displayChanged'));
    this.dispatchEvent(
      new CustomEvent('polis-display-change', { detail: settings, bubbles: true, composed: true }),
    );
  }

  // The heading tag is a lit/static-html literal from headingTag() (h1 to h6, never user
  // input), which the lit lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  protected override render() {
    const heading = headingTag(this, this.headingLevel, '2');
    const { theme, textSize } = this.settings;
    return html`<div part="base" class="settings">
      <${heading} part="heading" class="heading">${this.localize.term('displaySettingsHeading')}</${heading}>
      <polis-radios
        class="group"
        name="theme"
        small
        legend=${this.localize.term('displayThemeLegend')}
        .value=${theme}
        @change=${(event: Event) =>
          this.choose({ theme: (event.currentTarget as PolisRadios).value as DisplayTheme })}
      >
        ${DISPLAY_THEMES.map(
          (value) =>
            html`<polis-radio value=${value} label=${this.localize.term(THEME_LABELS[value])}></polis-radio>`,
        )}
      </polis-radios>
      <polis-radios
        class="group"
        name="text-size"
        small
        legend=${this.localize.term('displayTextSizeLegend')}
        .value=${textSize}
        @change=${(event: Event) =>
          this.choose({ textSize: (event.currentTarget as PolisRadios).value as TextSize })}
      >
        ${TEXT_SIZES.map(
          (value) =>
            html`<polis-radio value=${value} label=${this.localize.term(SIZE_LABELS[value])}></polis-radio>`,
        )}
      </polis-radios>
      <p part="storage-note" class="note">
        ${this.localize.term(displaySettingsPersist() ? 'displayRememberedLasting' : 'displayRememberedSession')}
      </p>
    </div>`;
  }
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}

export {
  applyDisplaySettings,
  getDisplaySettings,
  setDisplaySettings,
  onDisplaySettingsChange,
  displaySettingsPersist,
  DISPLAY_THEMES,
  TEXT_SIZES,
  DISPLAY_SETTINGS_KEY,
  DEFAULT_DISPLAY_SETTINGS,
  type DisplaySettings,
  type DisplayTheme,
  type TextSize,
} from './display.js';
