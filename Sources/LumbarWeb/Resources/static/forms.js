// Small helpers for forms: slider values read out as they move, and the first problem focused.
"use strict";
document.querySelectorAll("output[data-for]").forEach(function (output) {
  var input = document.getElementById(output.getAttribute("data-for"));
  if (!input) return;
  var show = function () { output.textContent = input.value; };
  input.addEventListener("input", show);
  show();
});
var summary = document.getElementById("error-summary");
if (summary) summary.focus();
document.querySelectorAll("form[data-confirm]").forEach(function (form) {
  form.addEventListener("submit", function (event) {
    if (!window.confirm(form.getAttribute("data-confirm"))) event.preventDefault();
  });
});

// Validation as you go: when a field loses focus (and while it is being corrected) its browser
// constraint (required, min, max, e-mail shape) is checked and explained next to it. The server
// checks everything again; this only saves a round trip.
function explain(input) {
  var id = input.id ? input.id + "-live-error" : null;
  if (!id) return;
  var note = document.getElementById(id);
  if (input.checkValidity()) {
    if (note) note.remove();
    if (!input.hasAttribute("data-server-error")) input.removeAttribute("aria-invalid");
    return;
  }
  if (!note) {
    note = document.createElement("p");
    note.className = "field-error";
    note.id = id;
    note.setAttribute("aria-live", "polite");
    input.insertAdjacentElement("afterend", note);
    var described = input.getAttribute("aria-describedby");
    input.setAttribute("aria-describedby", described ? described + " " + id : id);
  }
  note.textContent = input.validationMessage;
  input.setAttribute("aria-invalid", "true");
}
document.querySelectorAll("form input:not([type=hidden]):not([type=radio]):not([type=checkbox]), form textarea").forEach(function (input) {
  if (input.getAttribute("aria-invalid") === "true") input.setAttribute("data-server-error", "");
  // Later, not at once: a message that appears on blur would push the button the person is
  // pressing away before the press ends, and the click would be lost.
  input.addEventListener("blur", function () { window.setTimeout(function () { explain(input); }, 250); });
  input.addEventListener("input", function () {
    if (input.getAttribute("aria-invalid") === "true") explain(input);
  });
});

// Copy buttons (`data-copy` names the element whose text to copy): a share link is copied as a
// whole address, even when the page shows it relative to this site.
document.querySelectorAll("button[data-copy]").forEach(function (button) {
  var source = document.getElementById(button.getAttribute("data-copy"));
  if (!source || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var text = new URL(source.textContent.trim(), window.location.href).href;
    navigator.clipboard.writeText(text).then(function () {
      button.textContent = "Copied";
    }, function () {
      button.textContent = "Select the address and copy it";
    });
  });
});
