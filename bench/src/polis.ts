// What a service team ships for this page: the tokens, ONLY the five elements the block uses
// (polis-radios defines polis-radio), and the same page layout the plain page has.
import '@polis-ds/tokens/tokens.css';
import '@polis-ds/components/text-input/define';
import '@polis-ds/components/radios/define';
import '@polis-ds/components/checkbox/define';
import '@polis-ds/components/select/define';
import '@polis-ds/components/textarea/define';
import '@polis-ds/components/pre-upgrade.css';
import './page.css';
