import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '@polis-ds/tokens/tokens.css';
import './define.js';
import type { PolisDisplaySettings } from './display-settings.js';
import {
  DISPLAY_SETTINGS_KEY,
  applyDisplaySettings,
  getDisplaySettings,
  setDisplaySettings,
} from './display.js';
import { deepActiveElement, fixture, settle } from '../../test/fixture.js';
import { setStoragePolicy } from '../../base/storage.js';
import { resetWarnings } from '../../base/dev.js';

const root = document.documentElement;

function clear(): void {
  sessionStorage.clear();
  localStorage.clear();
  delete root.dataset.polisTheme;
  delete root.dataset.polisTextSize;
  setStoragePolicy(() => false);
}

describe('polis-display-settings', () => {
  beforeEach(clear);
  afterEach(clear);

  it('offers the theme and the text size as two named groups, with a heading', async () => {
    await fixture(html`<polis-display-settings heading-level="3"></polis-display-settings>`);
    await expect.element(page.getByRole('heading', { level: 3, name: 'Display settings' })).toBeVisible();
    await expect.element(page.getByRole('group', { name: 'Colour theme' })).toBeVisible();
    await expect.element(page.getByRole('group', { name: 'Text size' })).toBeVisible();
    // Nothing is chosen for the person: the device's setting and standard text are the defaults.
    await expect.element(page.getByRole('radio', { name: 'Same as my device' })).toBeChecked();
    await expect.element(page.getByRole('radio', { name: 'Standard' })).toBeChecked();
  });

  it('applies a theme to the whole page at once and remembers it for the session only', async () => {
    const el = await fixture<PolisDisplaySettings>(html`<polis-display-settings></polis-display-settings>`);
    const changes: unknown[] = [];
    el.addEventListener('polis-display-change', (event) => changes.push((event as CustomEvent).detail));
    await userEvent.click(page.getByRole('radio', { name: 'Dark' }));
    expect(root.dataset.polisTheme).toBe('dark');
    expect(changes).toEqual([{ theme: 'dark', textSize: 'standard' }]);
    expect(JSON.parse(sessionStorage.getItem(DISPLAY_SETTINGS_KEY)!)).toEqual({
      theme: 'dark',
      textSize: 'standard',
    });
    expect(localStorage.getItem(DISPLAY_SETTINGS_KEY)).toBeNull();
    await expect.element(page.getByText(/last until you close your browser/)).toBeVisible();
    // The dark theme's page colour is applied by the tokens stylesheet.
    expect(getComputedStyle(root).getPropertyValue('--polis-color-background').trim()).not.toBe('');
  });

  it('keeps the choice on the device once consent allows remembering settings, and moves it back when withdrawn', async () => {
    await fixture(html`<polis-display-settings></polis-display-settings>`);
    await userEvent.click(page.getByRole('radio', { name: 'High contrast' }));
    expect(localStorage.getItem(DISPLAY_SETTINGS_KEY)).toBeNull();
    setStoragePolicy((purpose) => purpose === 'preferences');
    expect(JSON.parse(localStorage.getItem(DISPLAY_SETTINGS_KEY)!).theme).toBe('high-contrast');
    await expect.element(page.getByText('Your choices are remembered on this device.')).toBeVisible();
    setStoragePolicy(() => false);
    expect(localStorage.getItem(DISPLAY_SETTINGS_KEY)).toBeNull();
    expect(getDisplaySettings().theme).toBe('high-contrast');
  });

  it('enlarges text through the root font size, so every rem-based size grows', async () => {
    await fixture(html`<polis-display-settings></polis-display-settings>`);
    const standard = parseFloat(getComputedStyle(root).fontSize);
    await userEvent.click(page.getByRole('radio', { name: 'Largest' }));
    expect(root.dataset.polisTextSize).toBe('largest');
    expect(parseFloat(getComputedStyle(root).fontSize)).toBeCloseTo(standard * 1.25, 1);
    await userEvent.click(page.getByRole('radio', { name: 'Standard' }));
    expect(root.dataset.polisTextSize).toBeUndefined();
    expect(parseFloat(getComputedStyle(root).fontSize)).toBeCloseTo(standard, 1);
  });

  it('works by keyboard: one tab stop per group, arrows choose, focus stays put', async () => {
    await fixture(html`<button>Before</button><polis-display-settings></polis-display-settings>`);
    page.getByRole('button', { name: 'Before' }).element().focus();
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()?.getAttribute('value')).toBe('system');
    await userEvent.keyboard('{ArrowDown}');
    expect(root.dataset.polisTheme).toBe('light');
    expect(deepActiveElement()?.getAttribute('value')).toBe('light');
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()?.getAttribute('value')).toBe('standard');
    await userEvent.keyboard('{ArrowDown}');
    expect(root.dataset.polisTextSize).toBe('large');
  });

  it('announces each change politely, without moving focus', async () => {
    await fixture(html`<polis-display-settings></polis-display-settings>`);
    await userEvent.click(page.getByRole('radio', { name: 'Light' }));
    await vi.waitFor(() =>
      expect(document.querySelector('#polis-announcer [role="status"]')?.textContent).toBe(
        'Display settings changed',
      ),
    );
  });

  it('reads a remembered choice, and shows what another element changed', async () => {
    sessionStorage.setItem(DISPLAY_SETTINGS_KEY, JSON.stringify({ theme: 'dark', textSize: 'large' }));
    const el = await fixture<PolisDisplaySettings>(html`<polis-display-settings></polis-display-settings>`);
    await expect.element(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect.element(page.getByRole('radio', { name: 'Large', exact: true })).toBeChecked();
    setDisplaySettings({ theme: 'light' });
    await el.updateComplete;
    await settle();
    await expect.element(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  });

  it('ignores a damaged or hostile stored value and falls back to the defaults', async () => {
    sessionStorage.setItem(DISPLAY_SETTINGS_KEY, '{"theme":"<script>","textSize":9}');
    expect(getDisplaySettings()).toEqual({ theme: 'system', textSize: 'standard' });
    sessionStorage.setItem(DISPLAY_SETTINGS_KEY, 'not json');
    applyDisplaySettings();
    expect(root.dataset.polisTheme).toBeUndefined();
    await fixture(html`<polis-display-settings></polis-display-settings>`);
    await expect.element(page.getByRole('radio', { name: 'Same as my device' })).toBeChecked();
  });

  it('falls back to a level 2 heading with one warning for a bad heading-level', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fixture(html`<polis-display-settings heading-level="9"></polis-display-settings>`);
    await expect.element(page.getByRole('heading', { level: 2 })).toBeVisible();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('speaks the page language', async () => {
    await fixture(html`<div lang="fr"><polis-display-settings></polis-display-settings></div>`);
    await expect.element(page.getByRole('group', { name: 'Thème de couleurs' })).toBeVisible();
  });
});
