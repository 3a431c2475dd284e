// What a service team writes: the tokens, every Polis element, and the page's own styles.
import '@polis-ds/tokens/tokens.css';
import '@polis-ds/components/pre-upgrade.css';
import '@polis-ds/components/all';
import './page.css';
