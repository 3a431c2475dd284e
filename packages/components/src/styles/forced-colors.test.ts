/// <reference types="@vitest/browser-playwright" />
// Forced colours (Windows High Contrast and its kin) replace author colours with a few system
// colours and drop box-shadows, so colour fills, shadows and backgrounds can no longer carry a
// state. These tests switch the mode on in Chromium (CDP `Emulation.setEmulatedMedia`) and
// check what a person would still see: focus drawn as an outline, buttons with a border,
// checked options, error borders, tags, icons and the borders of banners and alerts.
import type { CSSResult } from 'lit';
import { html, type TemplateResult } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../components/alert/define.js';
import '../components/button/define.js';
import '../components/checkbox/define.js';
import '../components/checkboxes/define.js';
import '../components/date-input/define.js';
import '../components/error-summary/define.js';
import '../components/fieldset/define.js';
import '../components/file-upload/define.js';
import '../components/inset-text/define.js';
import '../components/notification-banner/define.js';
import '../components/password-input/define.js';
import '../components/phase-banner/define.js';
import '../components/radio/define.js';
import '../components/radios/define.js';
import '../components/select/define.js';
import '../components/service-alert/define.js';
import '../components/tag/define.js';
import '../components/text-input/define.js';
import '../components/textarea/define.js';
import '../components/toast/define.js';
import '../components/toast-region/define.js';
import '../components/warning-text/define.js';
import { deepActiveElement, fixture, part, settle } from '../test/fixture.js';

/**
 * How each component keeps its states visible in forced colours. Every folder under
 * `components/` must say; "own" means its styles file has a `forced-colors` block.
 */
const COVERAGE: Record<string, { own: boolean; how: string }> = {
  accordion: {
    own: true,
    how: 'Show all button in ButtonText with a Highlight outline on focus; chevron stroked in ButtonText; CanvasText line under the sections',
  },
  'accordion-section': {
    own: true,
    how: 'CanvasText line above each section; Highlight outline round the focused heading button; chevron stroked in ButtonText',
  },
  alert: { own: true, how: 'border and an outline round the box; icon in CanvasText, its mark in Canvas' },
  button: { own: true, how: 'ButtonText border; Highlight outline on focus; GrayText when disabled' },
  checkbox: {
    own: true,
    how: 'box and tick are borders in CanvasText; Highlight outline on focus; GrayText when disabled; error bar from fieldStyles',
  },
  checkboxes: { own: false, how: 'items from the checkbox styles; error bar from fieldStyles' },
  'date-input': {
    own: false,
    how: 'inputStateStyles (focus outline, dashed error border, disabled); fieldStyles',
  },
  'display-settings': { own: false, how: 'text, and polis-radios groups that carry their own rules' },
  'error-summary': { own: true, how: 'CanvasText border; Highlight outline on the box and its links' },
  fieldset: { own: true, how: 'legend in CanvasText' },
  'file-upload': {
    own: true,
    how: 'drop zone border; drawn button in button colours with a Highlight outline; dashed errors',
  },
  'inset-text': { own: true, how: 'CanvasText border' },
  'notification-banner': { own: true, how: 'CanvasText border and header rule; Highlight outline on focus' },
  'password-input': { own: true, how: 'toggle as a button; the input from inputStateStyles' },
  'phase-banner': {
    own: true,
    how: 'CanvasText rule; LinkText link with a Highlight outline; the tag its own',
  },
  radio: { own: false, how: 'draws nothing: polis-radios draws the options' },
  radios: {
    own: true,
    how: 'circle and dot are borders in CanvasText; Highlight outline on focus; GrayText',
  },
  select: {
    own: true,
    how: 'ButtonText border; Highlight outline; dashed error border; GrayText when disabled',
  },
  'service-alert': { own: true, how: 'CanvasText borders; icon in CanvasText; Highlight outline on dismiss' },
  tag: { own: true, how: 'CanvasText border on Canvas, since the fill is dropped' },
  'text-input': {
    own: false,
    how: 'inputStateStyles (focus outline, dashed error border, disabled); fieldStyles',
  },
  textarea: {
    own: true,
    how: 'Highlight outline; dashed error and over-limit border; GrayText when disabled',
  },
  toast: { own: true, how: 'CanvasText border, no shadow; icon in CanvasText; close button bordered' },
  'toast-region': { own: false, how: 'draws nothing: each toast keeps its own border' },
  'warning-text': { own: true, how: 'icon in CanvasText' },
  'exit-this-page': { own: true, how: 'ButtonText border and text; Highlight outline on focus' },
  footer: { own: true, how: 'CanvasText rules above the footer and its navigation' },
  header: {
    own: true,
    how: 'CanvasText rule under the bar; Highlight outline on the logo, service name and slotted links',
  },
  'language-switcher': {
    own: true,
    how: 'CanvasText separators; links in LinkText, the current language in CanvasText',
  },
  panel: { own: true, how: 'CanvasText border, since the fill is dropped' },
  'skip-link': { own: true, how: 'shown on focus in LinkText with a Highlight outline inside the bar' },
  'back-link': { own: true, how: 'LinkText link and arrow (currentColor); Highlight outline on focus' },
  details: {
    own: true,
    how: 'LinkText summary and triangle (borders kept); Highlight outline on focus; CanvasText line by the text',
  },
  'service-navigation': {
    own: true,
    how: 'ButtonText-bordered menu button; CanvasText rules; Highlight outlines',
  },
  'step-indicator': {
    own: true,
    how: 'step bars as borders: done and current in CanvasText, the rest in GrayText',
  },
  'summary-list': {
    own: true,
    how: 'CanvasText row rules; card border and title rule, since the fill is dropped',
  },
  table: { own: true, how: 'CanvasText cell rules; Highlight outline on the scroll region and sort buttons' },
  tabs: { own: true, how: 'CanvasText borders round tab list and panel; the selected tab boxed and bold' },
  'task-list': {
    own: true,
    how: 'links in LinkText with a Highlight outline; statuses as text or bordered tags',
  },
  breadcrumbs: {
    own: true,
    how: 'links in LinkText, current page and chevrons in CanvasText; bordered "…" button; Highlight outline',
  },
  pagination: {
    own: true,
    how: 'links and arrows in LinkText; the current page keeps a CanvasText border for its dropped fill',
  },
};

const folders = Object.keys(import.meta.glob('../components/*/define.ts')).map((path) => path.split('/')[2]!);
const styleModules = import.meta.glob<Record<string, unknown>>('../components/*/*.styles.ts', {
  eager: true,
});

async function forceColors(active: boolean): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: active ? [{ name: 'forced-colors', value: 'active' }] : [],
  });
}

/** A system colour as Chromium computes it in the current mode. */
function system(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const alpha = (color: string): number => {
  const match = /^rgba\((?:[\d.]+,\s*){3}([\d.]+)\)$/.exec(color);
  return match ? Number(match[1]) : color === 'transparent' ? 0 : 1;
};

/** A colour that shows against the page: not transparent, and not the page colour itself. */
function expectVisible(color: string, what: string): void {
  expect(alpha(color), `${what}: ${color} is transparent`).toBeGreaterThan(0);
  expect(color, `${what} is the page colour`).not.toBe(system('Canvas'));
}

function expectOutline(style: CSSStyleDeclaration, what: string, minimumWidth = 2): void {
  expect(style.outlineStyle, `${what}: outline`).not.toBe('none');
  expect(parseFloat(style.outlineWidth), `${what}: outline width`).toBeGreaterThanOrEqual(minimumWidth);
  expectVisible(style.outlineColor, `${what}: outline colour`);
}

function expectBorder(style: CSSStyleDeclaration, side: 'Top' | 'Left' | 'Bottom', what: string): void {
  expect(style[`border${side}Style`], `${what}: border style`).not.toBe('none');
  expect(parseFloat(style[`border${side}Width`]), `${what}: border width`).toBeGreaterThanOrEqual(1);
  expectVisible(style[`border${side}Color`], `${what}: border colour`);
}

/** Renders the template after a plain button, then tabs `tabs` times from that button. */
async function tabInto(template: TemplateResult, tabs = 1): Promise<Element> {
  const wrapper = await fixture<HTMLElement>(html`<div><button>Before</button>${template}</div>`);
  const before = wrapper.querySelector('button')!;
  before.focus();
  for (let i = 0; i < tabs; i++) await userEvent.keyboard('{Tab}');
  const focused = deepActiveElement()!;
  expect(focused, 'focus moved into the component').not.toBe(before);
  return focused;
}

const shadow = (host: Element, selector: string): HTMLElement =>
  host.shadowRoot!.querySelector<HTMLElement>(selector)!;

beforeEach(async () => {
  await forceColors(true);
});

afterEach(async () => {
  await forceColors(false);
});

describe('forced colours', () => {
  it('are emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  });

  it('every component folder says how it is covered, and those with their own rules have them', () => {
    expect(folders.length).toBeGreaterThan(20);
    expect(folders.filter((folder) => !(folder in COVERAGE))).toEqual([]);
    for (const folder of folders) {
      if (!COVERAGE[folder]!.own) continue;
      const css = Object.entries(styleModules)
        .filter(([path]) => path.startsWith(`../components/${folder}/`))
        .flatMap(([, module]) => Object.values(module))
        .map((value) => (value as CSSResult).cssText ?? '')
        .join('\n');
      expect(css, folder).toContain('@media (forced-colors: active)');
    }
  });
});

describe('focus is an outline in forced colours', () => {
  // [name, template, how many tabs reach it, where the indicator is drawn]
  type Indicator = (focused: Element) => [Element, string?];
  const self: Indicator = (focused) => [focused];
  // Radios and checkboxes draw their circle or box on the span after the transparent input.
  const drawnBox: Indicator = (focused) => [focused.nextElementSibling!];
  const cases: [string, TemplateResult, number, Indicator][] = [
    ['text input', html`<polis-text-input label="Name"></polis-text-input>`, 1, self],
    [
      'text input with an error',
      html`<polis-text-input label="Name" error-message="Enter your name"></polis-text-input>`,
      1,
      self,
    ],
    ['textarea', html`<polis-textarea label="Details"></polis-textarea>`, 1, self],
    ['select', html`<polis-select label="Country"><option>France</option></polis-select>`, 1, self],
    ['date input', html`<polis-date-input legend="Date of birth"></polis-date-input>`, 1, self],
    ['password input', html`<polis-password-input label="Password"></polis-password-input>`, 1, self],
    ['show-password button', html`<polis-password-input label="Password"></polis-password-input>`, 2, self],
    ['button', html`<polis-button>Continue</polis-button>`, 1, self],
    ['secondary button', html`<polis-button variant="secondary">Save as draft</polis-button>`, 1, self],
    ['link button', html`<polis-button href="/start" start>Start now</polis-button>`, 1, self],
    ['checkbox', html`<polis-checkbox label="I agree"></polis-checkbox>`, 1, drawnBox],
    [
      'checkboxes',
      html`<polis-checkboxes legend="Contact"
        ><polis-checkbox value="email" label="Email"></polis-checkbox
      ></polis-checkboxes>`,
      1,
      drawnBox,
    ],
    [
      'radios',
      html`<polis-radios legend="Yes or no"
        ><polis-radio value="yes" label="Yes"></polis-radio
      ></polis-radios>`,
      1,
      drawnBox,
    ],
    [
      'file upload',
      html`<polis-file-upload label="Evidence"></polis-file-upload>`,
      1,
      (focused) => [focused.nextElementSibling!],
    ],
    [
      'error summary link',
      html`<polis-error-summary disable-auto-focus><a href="#name">Enter your name</a></polis-error-summary>`,
      1,
      self,
    ],
    [
      'notification banner dismiss button',
      html`<polis-notification-banner dismissible heading="Service update"
        ><p>Text</p></polis-notification-banner
      >`,
      1,
      self,
    ],
    [
      'service alert dismiss button',
      html`<polis-service-alert dismissible alert-id="forced-colours" heading="Maintenance"
        >Text</polis-service-alert
      >`,
      1,
      self,
    ],
    ['toast close button', html`<polis-toast heading="Saved">Your answers are saved.</polis-toast>`, 1, self],
    ['phase banner link', html`<polis-phase-banner feedback-href="/feedback"></polis-phase-banner>`, 1, self],
  ];

  it.each(cases)('%s', async (name, template, tabs, indicator) => {
    const focused = await tabInto(template, tabs);
    const [element, pseudo] = indicator(focused);
    const style = getComputedStyle(element, pseudo);
    expectOutline(style, name);
    // Forced colours drop shadows: had focus been only a box-shadow, nothing would show.
    expect(style.boxShadow).toBe('none');
  });

  it('the remove button of a chosen file', async () => {
    const el = await fixture<HTMLElement>(html`<polis-file-upload label="Evidence"></polis-file-upload>`);
    const input = shadow(el, 'input[type="file"]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File(['x'], 'evidence.pdf', { type: 'application/pdf' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    const remove = shadow(el, '.remove');
    remove.focus();
    expectOutline(getComputedStyle(remove), 'remove button');
  });

  it('an error summary and a success banner that take focus', async () => {
    const summary = await fixture<HTMLElement>(
      html`<polis-error-summary><a href="#name">Enter your name</a></polis-error-summary>`,
    );
    expect(deepActiveElement()).toBe(part(summary, 'base'));
    expectOutline(getComputedStyle(part(summary, 'base')!), 'error summary');
    const banner = await fixture<HTMLElement>(
      html`<polis-notification-banner type="success" heading="Saved"><p>Done</p></polis-notification-banner>`,
    );
    expect(deepActiveElement()).toBe(part(banner, 'base'));
    expectOutline(getComputedStyle(part(banner, 'base')!), 'success banner');
  });
});

describe('controls keep their shape in forced colours', () => {
  it('buttons keep a border', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-button>Continue</polis-button>
        <polis-button variant="secondary">Save as draft</polis-button>
        <polis-button variant="warning">Delete</polis-button>
        <polis-password-input label="Password"></polis-password-input>
        <polis-file-upload label="Evidence"></polis-file-upload>
        <polis-toast heading="Saved">Your answers are saved.</polis-toast>
      </div>`,
    );
    const [primary, secondary, warning] = [...wrapper.querySelectorAll('polis-button')];
    const buttons: [string, Element][] = [
      ['primary', part(primary!, 'control')!],
      ['secondary', part(secondary!, 'control')!],
      ['warning', part(warning!, 'control')!],
      ['show password', shadow(wrapper.querySelector('polis-password-input')!, '.toggle')],
      ['choose file', shadow(wrapper.querySelector('polis-file-upload')!, '.button')],
      ['close toast', shadow(wrapper.querySelector('polis-toast')!, '.close')],
    ];
    for (const [name, button] of buttons) {
      const style = getComputedStyle(button);
      expectBorder(style, 'Top', name);
      expectBorder(style, 'Bottom', name);
      expect(style.boxShadow, name).toBe('none');
    }
  });

  it('a checked checkbox shows its tick, an unchecked one does not', async () => {
    const el = await fixture<HTMLElement>(
      html`<polis-checkboxes legend="Contact">
        <polis-checkbox value="email" label="Email" checked></polis-checkbox>
        <polis-checkbox value="phone" label="Phone"></polis-checkbox>
      </polis-checkboxes>`,
    );
    const [checked, unchecked] = [...el.shadowRoot!.querySelectorAll('input')].map(
      (input) => input.nextElementSibling!,
    );
    expectBorder(getComputedStyle(checked!), 'Top', 'box');
    const tick = getComputedStyle(checked!, '::after');
    expect(tick.content).not.toBe('none');
    expectBorder(tick, 'Bottom', 'tick');
    expectBorder(tick, 'Left', 'tick');
    expect(getComputedStyle(unchecked!, '::after').content).toBe('none');
    const single = await fixture<HTMLElement>(
      html`<polis-checkbox label="I agree" checked></polis-checkbox>`,
    );
    const box = single.shadowRoot!.querySelector('input')!.nextElementSibling!;
    expect(getComputedStyle(box, '::after').content).not.toBe('none');
    expectBorder(getComputedStyle(box, '::after'), 'Bottom', 'standalone tick');
  });

  it('a chosen radio shows its dot', async () => {
    const el = await fixture<HTMLElement>(
      html`<polis-radios legend="Yes or no">
        <polis-radio value="yes" label="Yes" checked></polis-radio>
        <polis-radio value="no" label="No"></polis-radio>
      </polis-radios>`,
    );
    const [yes, no] = [...el.shadowRoot!.querySelectorAll('input')].map((input) => input.nextElementSibling!);
    // The circle keeps its own system colours; the dot is its content box, filled in CanvasText.
    const chosen = getComputedStyle(yes!);
    expect(chosen.forcedColorAdjust).toBe('none');
    expect(chosen.backgroundImage).toContain(system('CanvasText'));
    expect(chosen.backgroundClip).toContain('content-box');
    expectBorder(chosen, 'Top', 'circle of the chosen option');
    expectBorder(getComputedStyle(no!), 'Top', 'circle');
    expect(getComputedStyle(no!).backgroundImage).toBe('none');
  });

  it('disabled options are drawn in GrayText', async () => {
    const el = await fixture<HTMLElement>(html`<polis-checkbox label="I agree" disabled></polis-checkbox>`);
    const box = el.shadowRoot!.querySelector('input')!.nextElementSibling!;
    expect(getComputedStyle(box).borderTopColor).toBe(system('GrayText'));
  });
});

describe('errors keep a visible border in forced colours', () => {
  it('fields with an error keep the bar beside them and a dashed border', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-text-input label="Name" error-message="Enter your name"></polis-text-input>
        <polis-textarea label="Details" error-message="Enter details"></polis-textarea>
        <polis-select label="Country" error-message="Select a country"><option></option></polis-select>
        <polis-date-input legend="Date of birth" error-message="Enter a date"></polis-date-input>
        <polis-radios legend="Yes or no" error-message="Select yes or no">
          <polis-radio value="yes" label="Yes"></polis-radio>
        </polis-radios>
        <polis-checkboxes legend="Contact" error-message="Select a contact">
          <polis-checkbox value="email" label="Email"></polis-checkbox>
        </polis-checkboxes>
      </div>`,
    );
    for (const host of wrapper.children) {
      const name = host.localName;
      const bar = host.shadowRoot!.querySelector('.field--error');
      expect(bar, `${name} has an error bar`).not.toBeNull();
      const style = getComputedStyle(bar!);
      expectBorder(style, 'Left', `${name} error bar`);
      expect(parseFloat(style.borderLeftWidth)).toBeGreaterThanOrEqual(4);
      const control = host.shadowRoot!.querySelector('[aria-invalid="true"]:not(fieldset)');
      if (control?.matches('input:not([type="radio"]):not([type="checkbox"]), textarea, select')) {
        expect(getComputedStyle(control).borderTopStyle, `${name} control`).toBe('dashed');
      }
    }
  });

  it('the error summary keeps its border', async () => {
    const el = await fixture<HTMLElement>(
      html`<polis-error-summary disable-auto-focus><a href="#name">Enter your name</a></polis-error-summary>`,
    );
    const style = getComputedStyle(part(el, 'base')!);
    expectBorder(style, 'Top', 'error summary');
    expectBorder(style, 'Left', 'error summary');
  });
});

describe('labels, icons and boxes keep their edges in forced colours', () => {
  it('tags keep a border on the page colour, their fill being gone', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-tag color="green">Completed</polis-tag>
        <polis-tag color="red">Rejected</polis-tag>
        <polis-phase-banner feedback-href="/feedback"></polis-phase-banner>
      </div>`,
    );
    const tags = [
      ...[...wrapper.querySelectorAll('polis-tag')].map((tag) => part(tag, 'base')!),
      part(part(wrapper.querySelector('polis-phase-banner')!, 'tag')!, 'base')!,
    ];
    for (const tag of tags) {
      const style = getComputedStyle(tag);
      expectBorder(style, 'Top', `tag "${tag.textContent}"`);
      expectBorder(style, 'Left', `tag "${tag.textContent}"`);
      expect(style.color).not.toBe(style.backgroundColor);
    }
  });

  it('status icons are drawn in the text colour, their marks in the page colour', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-alert variant="info">Information</polis-alert>
        <polis-alert variant="success">Success</polis-alert>
        <polis-alert variant="warning">Warning</polis-alert>
        <polis-alert variant="error">Error</polis-alert>
        <polis-service-alert severity="warning">Service</polis-service-alert>
        <polis-service-alert severity="emergency">Emergency</polis-service-alert>
        <polis-toast variant="warning">Toast</polis-toast>
        <polis-toast variant="error">Toast</polis-toast>
        <polis-warning-text>Warning text</polis-warning-text>
      </div>`,
    );
    for (const host of wrapper.children) {
      const icon = part(host, 'icon')!;
      const fill = getComputedStyle(icon).fill;
      expectVisible(fill, `${host.localName} icon`);
      expect(fill, `${host.localName} icon`).toBe(system('CanvasText'));
      const mark = icon.querySelector('.icon-mark');
      if (mark) expect(getComputedStyle(mark).fill, `${host.localName} mark`).toBe(system('Canvas'));
    }
  });

  it('the start button arrow follows the text colour', async () => {
    const el = await fixture<HTMLElement>(html`<polis-button href="/start" start>Start now</polis-button>`);
    const control = part(el, 'control')!;
    expect(getComputedStyle(shadow(el, '.start-icon')).fill).toBe(getComputedStyle(control).color);
  });

  it('banners, alerts and insets keep their borders', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-notification-banner heading="Service update"><p>Text</p></polis-notification-banner>
        <polis-alert variant="warning">Warning</polis-alert>
        <polis-service-alert severity="emergency">Emergency</polis-service-alert>
        <polis-inset-text>Set apart</polis-inset-text>
        <polis-toast variant="success">Saved</polis-toast>
        <polis-phase-banner feedback-href="/feedback"></polis-phase-banner>
      </div>`,
    );
    const edges: [string, Element, 'Top' | 'Left' | 'Bottom'][] = [
      ['notification banner', part(wrapper.children[0]!, 'base')!, 'Top'],
      ['notification banner header rule', part(wrapper.children[0]!, 'header')!, 'Bottom'],
      ['alert', part(wrapper.children[1]!, 'base')!, 'Left'],
      ['service alert', part(wrapper.children[2]!, 'base')!, 'Top'],
      ['inset text', part(wrapper.children[3]!, 'base')!, 'Left'],
      ['toast', part(wrapper.children[4]!, 'base')!, 'Left'],
      ['phase banner', part(wrapper.children[5]!, 'base')!, 'Bottom'],
    ];
    for (const [name, element, side] of edges) {
      const style = getComputedStyle(element);
      expectBorder(style, side, name);
      expect(style.boxShadow, name).toBe('none');
    }
    // The alert's fill is gone: an outline marks the whole box, not only its edge.
    expectOutline(getComputedStyle(part(wrapper.children[1]!, 'base')!), 'alert box', 1);
  });
});
