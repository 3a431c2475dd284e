// A stand-in for an analytics tag. The pages write it inert (type="text/plain",
// data-polis-consent="analytics"); the consent manager runs it once analytics is granted.
(function () {
  var runs = (window.__polisRuns = window.__polisRuns || {});
  runs.analytics = (runs.analytics || 0) + 1;
  document.cookie = '_ga=GA1.1.1234567890; Path=/; Max-Age=63072000; SameSite=Lax';
  document.cookie = '_ga_DEMO=GS1.1.1234567890; Path=/; Max-Age=63072000; SameSite=Lax';
})();
