import { forget, mayPersist, onStoragePolicyChange, recall, remember } from '../../base/storage.js';

/**
 * A person's display choices, applied to the whole page as attributes on `<html>` that the
 * tokens stylesheet reads: `data-polis-theme` and `data-polis-text-size`. Plain functions, so
 * a page can apply the remembered choice in its `<head>` before anything renders.
 */

export const DISPLAY_THEMES = ['system', 'light', 'dark', 'high-contrast'] as const;
export type DisplayTheme = (typeof DISPLAY_THEMES)[number];
export const TEXT_SIZES = ['standard', 'large', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface DisplaySettings {
  theme: DisplayTheme;
  textSize: TextSize;
}

export const DEFAULT_DISPLAY_SETTINGS: Readonly<DisplaySettings> = { theme: 'system', textSize: 'standard' };

/** The storage key (session storage, or local storage when the person allows preferences). */
export const DISPLAY_SETTINGS_KEY = 'polis-display-settings';

const listeners = new Set<(settings: DisplaySettings) => void>();

function parse(raw: string | null): DisplaySettings {
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (typeof value !== 'object' || value === null) return { ...DEFAULT_DISPLAY_SETTINGS };
    const { theme, textSize } = value as Record<string, unknown>;
    return {
      theme: DISPLAY_THEMES.includes(theme as DisplayTheme) ? (theme as DisplayTheme) : 'system',
      textSize: TEXT_SIZES.includes(textSize as TextSize) ? (textSize as TextSize) : 'standard',
    };
  } catch {
    return { ...DEFAULT_DISPLAY_SETTINGS };
  }
}

/** The remembered choices, or the defaults (follow the device; standard text). */
export function getDisplaySettings(): DisplaySettings {
  return parse(recall(DISPLAY_SETTINGS_KEY));
}

/**
 * Sets the attributes on `root` (default `<html>`). "system" removes `data-polis-theme`, so
 * the stylesheet follows `prefers-color-scheme`; "standard" removes `data-polis-text-size`.
 */
export function applyDisplaySettings(
  settings: DisplaySettings = getDisplaySettings(),
  root: HTMLElement | undefined = globalThis.document?.documentElement,
): void {
  if (!root) return;
  if (settings.theme === 'system') delete root.dataset.polisTheme;
  else root.dataset.polisTheme = settings.theme;
  if (settings.textSize === 'standard') delete root.dataset.polisTextSize;
  else root.dataset.polisTextSize = settings.textSize;
}

/**
 * Applies and remembers new choices: for the session, or lastingly when the storage policy
 * (set by the consent manager) allows the `preferences` purpose. Choosing every default
 * forgets them, so nothing is kept that does not need to be.
 */
export function setDisplaySettings(next: Partial<DisplaySettings>): DisplaySettings {
  const settings = parse(JSON.stringify({ ...getDisplaySettings(), ...next }));
  applyDisplaySettings(settings);
  if (settings.theme === 'system' && settings.textSize === 'standard') forget(DISPLAY_SETTINGS_KEY);
  else remember('preferences', DISPLAY_SETTINGS_KEY, JSON.stringify(settings));
  for (const listener of listeners) listener(settings);
  return settings;
}

/** Whether choices are kept beyond this browser session. */
export function displaySettingsPersist(): boolean {
  return mayPersist('preferences');
}

/** Called after every change; returns an unsubscribe function. */
export function onDisplaySettingsChange(listener: (settings: DisplaySettings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// When consent for preferences arrives (or is withdrawn), move the choice to the storage it
// allows: remember() writes lastingly only when allowed and removes a lasting copy otherwise.
onStoragePolicyChange(() => {
  const raw = recall(DISPLAY_SETTINGS_KEY);
  if (raw) remember('preferences', DISPLAY_SETTINGS_KEY, raw);
});
