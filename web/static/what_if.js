// What-if by name (coordinators): suggest people's names for the part after the last comma.
(function () {
  "use strict";
  var input = document.getElementById("what-if-input");
  var list = document.getElementById("what-if-names");
  if (!input || !list) { return; }
  var timer = null;
  var asked = "";

  function fill(prefix, people) {
    var seen = {};
    list.textContent = "";
    people.forEach(function (p) {
      // Namesakes appear once: the page then offers a choice between them.
      if (seen[p.name]) { return; }
      seen[p.name] = true;
      var option = document.createElement("option");
      option.value = prefix + p.name;
      list.appendChild(option);
    });
  }

  function suggest() {
    var parts = input.value.split(",");
    var typed = parts.pop().trim();
    var prefix = parts.length ? parts.join(",") + ", " : "";
    if (typed.length < 2 || typed === asked) { return; }
    asked = typed;
    fetch("/api/people?limit=10&q=" + encodeURIComponent(typed), {credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.json() : {people: []}; })
      .then(function (doc) { fill(prefix, doc.people || []); })
      .catch(function () { fill(prefix, []); });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 150);
  });
}());
