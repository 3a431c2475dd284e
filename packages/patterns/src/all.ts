/**
 * Registers every Polis pattern element and the components they are built from.
 */
import '@polis-ds/components/all';
import './consent-banner/define.js';
import './consent-settings/define.js';
import './service-prompt/define.js';
import './prompt-list/define.js';
import './proactive-preferences/define.js';

export * from './index.js';
