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
