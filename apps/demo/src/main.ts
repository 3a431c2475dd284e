// Exactly what a service team writes: the tokens, and every Polis element.
import '@polis-ds/tokens/tokens.css';
import '@polis-ds/components/all';
import './page.css';
