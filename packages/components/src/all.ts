/**
 * Registers every Polis element. Import this once for the simplest set-up; import each
 * component's `/define` instead to ship only what a page uses.
 */
import './components/button/define.js';
import './components/text-input/define.js';
import './components/error-summary/define.js';

export * from './index.js';
