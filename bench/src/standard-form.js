// The JavaScript of the standard form, as bench/src/polis.ts ships it (without the page's own
// CSS), measured by size-limit against the 20 kB budget of issue 9.
import '@polis-ds/components/text-input/define';
import '@polis-ds/components/radios/define';
import '@polis-ds/components/checkbox/define';
import '@polis-ds/components/select/define';
import '@polis-ds/components/textarea/define';
