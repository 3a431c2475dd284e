/**
 * Registers every Polis element. Import this once for the simplest set-up; import each
 * component's `/define` instead to ship only what a page uses.
 */
import './components/button/define.js';
import './components/text-input/define.js';
import './components/error-summary/define.js';
import './components/textarea/define.js';
import './components/select/define.js';
import './components/password-input/define.js';
import './components/radios/define.js';
import './components/radio/define.js';
import './components/checkboxes/define.js';
import './components/checkbox/define.js';
import './components/date-input/define.js';
import './components/fieldset/define.js';
import './components/file-upload/define.js';
import './components/notification-banner/define.js';
import './components/alert/define.js';
import './components/service-alert/define.js';
import './components/tag/define.js';
import './components/phase-banner/define.js';
import './components/warning-text/define.js';
import './components/inset-text/define.js';
import './components/toast/define.js';
import './components/toast-region/define.js';
import './components/display-settings/define.js';
import './components/skip-link/define.js';
import './components/header/define.js';
import './components/service-navigation/define.js';
import './components/footer/define.js';
import './components/back-link/define.js';
import './components/breadcrumbs/define.js';
import './components/pagination/define.js';
import './components/language-switcher/define.js';
import './components/accordion/define.js';
import './components/accordion-section/define.js';
import './components/details/define.js';
import './components/tabs/define.js';
import './components/summary-list/define.js';
import './components/table/define.js';
import './components/panel/define.js';
import './components/task-list/define.js';
import './components/step-indicator/define.js';
import './components/exit-this-page/define.js';

export * from './index.js';
