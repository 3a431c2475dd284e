// Exactly what a service team writes: the tokens, every Polis element, and consent.
import '@polis-ds/tokens/tokens.css';
import '@polis-ds/components/pre-upgrade.css';
import '@polis-ds/components/all';
import './consent.ts';
import './page.css';
