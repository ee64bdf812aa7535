// The "being computed" page: ask every 2 s whether the background is done, then load the page again.
(function () {
  function poll() {
    fetch("/api/computing", {headers: {"Accept": "application/json"}, credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.json() : {busy: false}; })
      .then(function (s) { if (s.busy) { setTimeout(poll, 2000); } else { location.reload(); } })
      .catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 2000);
})();
