// A stand-in for a campaign tag. The pages write it inert (type="text/plain",
// data-polis-consent="marketing"); the consent manager runs it once marketing is granted.
(function () {
  var runs = (window.__polisRuns = window.__polisRuns || {});
  runs.marketing = (runs.marketing || 0) + 1;
  document.cookie = '_mkt=campaign-2026; Path=/; Max-Age=7776000; SameSite=Lax';
})();
