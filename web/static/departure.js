// Vertrek melden: names suggested as one types (coordinators' /api/people), and the handover list's
// print button (a file of its own: the Content-Security-Policy allows no inline script).
(function () {
  "use strict";
  var printButton = document.getElementById("print-handover");
  if (printButton) { printButton.addEventListener("click", function () { window.print(); }); }
  var input = document.getElementById("departure-person");
  var list = document.getElementById("departure-names");
  if (!input || !list) { return; }
  var timer = null;
  var asked = "";

  function fill(people) {
    var seen = {};
    list.textContent = "";
    people.forEach(function (p) {
      if (seen[p.name]) { return; }  // namesakes: the next step offers a choice between them
      seen[p.name] = true;
      var option = document.createElement("option");
      option.value = p.name;
      list.appendChild(option);
    });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var typed = input.value.trim();
      if (typed.length < 2 || typed === asked) { return; }
      asked = typed;
      fetch("/api/people?limit=10&q=" + encodeURIComponent(typed), {credentials: "same-origin"})
        .then(function (r) { return r.ok ? r.json() : {people: []}; })
        .then(function (doc) { fill(doc.people || []); })
        .catch(function () { fill([]); });
    }, 150);
  });
}());
