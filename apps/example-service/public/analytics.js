// The service's only additional cookie. The pages write this script inert (type="text/plain",
// data-polis-consent="analytics"); the consent manager runs it once analytics cookies are
// accepted. It counts pages visited in a first-party cookie and sends nothing anywhere.
(function () {
  var match = /(?:^|;\s*)_rb_visits=(\d+)/.exec(document.cookie);
  var visits = (match ? Number(match[1]) : 0) + 1;
  document.cookie = '_rb_visits=' + visits + '; Path=/; Max-Age=31536000; SameSite=Lax';
})();
