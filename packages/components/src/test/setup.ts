// Browser tests render French synchronously after `lang="fr"` is set, as a page that imports
// its locale up front would; the lazy path has its own test (i18n/lazy-locale.test.ts).
import { loadLocale } from '../i18n/registry.js';

await loadLocale('fr');
