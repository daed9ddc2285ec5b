// The share page without the player: the server asks for next-morning pain from the session's own
// day on (it keeps UTC, and the person's day may already be the next one); here the question waits
// until this device's own date has moved past the session's.
"use strict";
(function () {
  var card = document.getElementById("morning-card");
  if (!card || document.getElementById("error-summary")) return;
  var now = new Date();
  var today = now.getFullYear() + "-" + String(now.getMonth() + 1).padStart(2, "0") + "-" +
    String(now.getDate()).padStart(2, "0");
  if (today <= card.getAttribute("data-session-date")) card.hidden = true;
})();
