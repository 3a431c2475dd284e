// A gated external script for the consent tests: counts how often it runs.
window.__polisExternalRan = (window.__polisExternalRan ?? 0) + 1;
