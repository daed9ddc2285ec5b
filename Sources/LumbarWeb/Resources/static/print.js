// The print view's button: the browser's own print dialog (CSP forbids inline handlers).
"use strict";
var button = document.getElementById("print-button");
if (button) button.addEventListener("click", function () { window.print(); });
