// The guided session player on the share page. It walks the person through today's program one
// step at a time (pain before, every set of every exercise with its timers or rep counter, pain and
// form after each exercise, pain after), then posts the session to the share API as one entry of
// lumbar.sessions/1. Every step is saved in localStorage, so a reload or a dead battery loses
// nothing: the page offers to resume, and forgets the session only once the server has stored it.
// Plain script, no build step; the page passes the plan in <script type="application/json"> and
// the settings in data- attributes, because the page's CSP allows no inline script.
"use strict";
(function () {
  var root = document.getElementById("player");
  var planNode = document.getElementById("player-plan");
  if (!root || !planNode) return;
  var $ = function (id) { return document.getElementById(id); };

  var plan;
  try { plan = JSON.parse(planNode.textContent); } catch (e) { return; }
  // Tests shorten every timer (LUMBAR_TIMER_SCALE); anything unusable means real time.
  var scale = parseFloat(root.getAttribute("data-timer-scale"));
  if (!(scale > 0)) scale = 1;
  var postUrl = root.getAttribute("data-post-url");
  var storageKey = root.getAttribute("data-storage-key");
  // The stop rule, one definition everywhere: pain during above max(5, pain before) stops an exercise.
  var stopFloor = clampPain(parseInt(root.getAttribute("data-stop-floor"), 10)) || 5;

  // Timings in seconds of real time, before scaling. The seeds give doses, not rests: these are
  // the usual gaps, long enough to breathe and reset, short enough to keep the session in budget.
  var READY = 5;        // to get into position before a hold
  var SWITCH = 5;       // to change sides: each side then gets the same time
  var REST_HOLD = 15;   // between sets of foam rolling, stretches and holds
  var REST_REPS = 30;   // between sets of counted work
  var REST_TIMED = 60;  // between rounds of conditioning
  var TEMPO = 2;        // seconds a paced rep takes besides its hold
  var STEPS = ["step-before", "step-work", "step-review", "step-after", "step-sending", "step-sent", "step-failed"];

  var state = null;     // what is saved: see newState
  var steps = [];       // the flat list of steps built from state.plan
  var timer = null;     // the running countdown, if any
  var reps = 0;         // reps counted in the current set
  var active = false;   // whether the player is on screen

  // --- Storage: best effort, since private modes may refuse it --------------------------------

  function load() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(storageKey));
      if (saved && saved.v === 1 && saved.plan && Array.isArray(saved.plan.exercises) &&
          typeof saved.step === "number") {
        // Sessions saved before the player knew stopped exercises have none.
        if (!Array.isArray(saved.stopped)) saved.stopped = [];
        return saved;
      }
    } catch (e) { /* unreadable: treat as nothing saved */ }
    return null;
  }
  function save() {
    if (!state) return;
    try { window.localStorage.setItem(storageKey, JSON.stringify(state)); } catch (e) { /* keep going */ }
  }
  function forget() {
    try { window.localStorage.removeItem(storageKey); } catch (e) { /* nothing to do */ }
  }

  // --- The plan as steps -----------------------------------------------------------------------

  function clampPain(value) { return isFinite(value) ? Math.min(10, Math.max(0, value)) : 0; }

  function mode(ex) {
    if (ex.minutes) return "timed";
    if (ex.reps) return "reps";
    if (ex.holdSeconds) return "hold";
    return "reps";
  }

  // One step per side of every set; a rest between sets; a review after each exercise. A one-sided
  // exercise is done on its side only; the weaker side's extra sets come after the regular ones.
  function buildSteps(exercises) {
    var list = [{ kind: "before" }];
    exercises.forEach(function (ex, i) {
      var sides = ex.side === "left" || ex.side === "right" ? [ex.side] : ex.perSide ? ["left", "right"] : [null];
      var rounds = [];
      var s;
      for (s = 0; s < ex.sets; s++) rounds.push({ sides: sides, extra: false });
      if (ex.weakSide && sides.length === 2) {
        for (s = 0; s < (ex.extraSets || 0); s++) rounds.push({ sides: [ex.weakSide], extra: true });
      }
      rounds.forEach(function (round, r) {
        round.sides.forEach(function (side, k) {
          list.push({ kind: "work", ex: i, set: r, sets: rounds.length, side: side, switchBefore: k > 0,
                      extra: round.extra });
        });
        if (r < rounds.length - 1) list.push({ kind: "rest", ex: i, set: r, sets: rounds.length });
      });
      list.push({ kind: "review", ex: i });
    });
    list.push({ kind: "after" });
    list.push({ kind: "send" });
    return list;
  }

  function localDate() {
    var now = new Date();
    return now.getFullYear() + "-" + String(now.getMonth() + 1).padStart(2, "0") + "-" +
      String(now.getDate()).padStart(2, "0");
  }

  function newState() {
    // Nothing is answered for the person: pain before and after start unanswered.
    return { v: 1, plan: plan, date: localDate(), step: 0, painBefore: null, painAfter: null,
             work: {}, reviews: {}, stopped: [], status: "active" };
  }

  // --- Sound, vibration, wake lock: each only where the browser has it -------------------------

  var audio = null;
  function unlockAudio() {
    // Browsers start audio only from a user gesture: this runs on Start and Resume.
    try {
      var Context = window.AudioContext || window.webkitAudioContext;
      if (!audio && Context) audio = new Context();
      if (audio && audio.state === "suspended") audio.resume();
    } catch (e) { audio = null; }
  }
  function beep(long) {
    try {
      if (audio) {
        var length = long ? 0.45 : 0.15;
        var oscillator = audio.createOscillator();
        var gain = audio.createGain();
        oscillator.frequency.value = long ? 660 : 880;
        gain.gain.setValueAtTime(0.2, audio.currentTime);
        gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + length);
        oscillator.connect(gain);
        gain.connect(audio.destination);
        oscillator.start();
        oscillator.stop(audio.currentTime + length);
      }
      if (navigator.vibrate) navigator.vibrate(long ? [200, 100, 200] : 150);
    } catch (e) { /* sound is a nicety */ }
  }

  var wakeLock = null;
  function keepAwake() {
    if (!("wakeLock" in navigator) || wakeLock || document.visibilityState !== "visible") return;
    navigator.wakeLock.request("screen").then(function (lock) {
      wakeLock = lock;
      lock.addEventListener("release", function () { wakeLock = null; });
    }).catch(function () { /* refused (battery saver): the screen may dim */ });
  }
  function letSleep() {
    if (wakeLock) wakeLock.release().catch(function () {});
    wakeLock = null;
  }
  // The browser drops the lock when the tab is hidden; take it again on return.
  document.addEventListener("visibilitychange", function () {
    if (active && document.visibilityState === "visible") keepAwake();
  });

  // --- Announcements and timers ----------------------------------------------------------------

  function announce(text) {
    var status = $("player-status");
    status.textContent = "";
    // A fresh text node after a tick, so screen readers announce a repeat of the same words too.
    window.setTimeout(function () { status.textContent = text; }, 30);
  }

  function clockText(seconds) {
    if (seconds < 60) return String(seconds);
    return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
  }

  // Counts down `seconds` (scaled) showing the unscaled seconds left, then calls `done`. The end
  // time is absolute, so a throttled background tab catches up instead of running slow.
  function countdown(seconds, prompt, done) {
    stopTimer();
    var ms = seconds * 1000 * scale;
    timer = { end: Date.now() + ms, left: ms, paused: false, done: done };
    $("ex-prompt").textContent = prompt;
    $("clock").hidden = false;
    $("clock").textContent = clockText(seconds);
    timer.handle = window.setInterval(tick, Math.max(20, Math.min(200, ms / 20)));
    updatePause();
  }
  function tick() {
    if (!timer || timer.paused) return;
    var left = timer.end - Date.now();
    if (left > 0) {
      $("clock").textContent = clockText(Math.ceil(left / 1000 / scale));
      return;
    }
    var done = timer.done;
    stopTimer();
    $("clock").textContent = "0";
    done();
  }
  function stopTimer() {
    if (timer) window.clearInterval(timer.handle);
    timer = null;
    updatePause();
  }
  function togglePause() {
    if (!timer) return;
    if (timer.paused) {
      timer.end = Date.now() + timer.left;
      timer.paused = false;
      announce("Going again");
    } else {
      timer.left = Math.max(0, timer.end - Date.now());
      timer.paused = true;
      announce("Paused");
    }
    updatePause();
  }
  function updatePause() {
    var button = $("player-pause");
    var paused = !!(timer && timer.paused);
    $("paused-banner").hidden = !paused;
    root.classList.toggle("is-paused", paused);
    button.disabled = !timer;
    button.textContent = paused ? "Resume" : "Pause";
    button.setAttribute("aria-pressed", paused ? "true" : "false");
  }

  // --- Steps -----------------------------------------------------------------------------------

  function show(id) {
    STEPS.forEach(function (step) { $(step).hidden = step !== id; });
  }

  function focusHeading(id) {
    var heading = $(id).querySelector("h3");
    if (heading) heading.focus();
  }

  // A pain slider, answered with `value`, or not answered yet when `value` is null: then it reads
  // "not answered" until the person moves it, so no pain is ever logged that nobody gave.
  function setSlider(id, value) {
    var input = $(id);
    var answered = typeof value === "number";
    input.value = String(answered ? value : 0);
    input.setAttribute("data-answered", answered ? "true" : "false");
    input.setAttribute("aria-valuetext", answered ? value + " out of 10" : "not answered yet");
    var output = root.querySelector('output[data-for="' + id + '"]');
    if (output) output.textContent = answered ? String(value) : "\u2013";
  }

  // The slider's answer, or null while it is not answered.
  function answer(id) {
    var input = $(id);
    return input.getAttribute("data-answered") === "true" ? clampPain(parseInt(input.value, 10)) : null;
  }

  // Shows `message` under a step (or hides it) and puts the focus where the answer is missing.
  function missing(errorId, message, focusId) {
    var error = $(errorId);
    error.hidden = !message;
    error.textContent = message || "";
    if (message) { announce(message); $(focusId).focus(); }
    return !!message;
  }

  function sideText(side) { return side ? side + " side" : ""; }

  function progressText(step) {
    var count = state.plan.exercises.length;
    if (step.ex === undefined) return count + (count === 1 ? " exercise" : " exercises") + " today";
    var parts = ["Exercise " + (step.ex + 1) + " of " + count];
    if (step.kind === "work" || step.kind === "rest") parts.push("Set " + (step.set + 1) + " of " + step.sets);
    if (step.side) parts.push(step.extra ? "extra set, " + sideText(step.side) : sideText(step.side));
    return parts.join(" · ");
  }

  function enter(index) {
    stopTimer();
    state.step = Math.max(0, Math.min(index, steps.length - 1));
    var step = steps[state.step];
    if (step.kind !== "send") state.status = "active";
    save();
    $("player-progress").textContent = progressText(step);
    var moving = step.kind === "work" || step.kind === "rest";
    $("player-controls").hidden = step.kind === "before" || step.kind === "send";
    $("player-skip").hidden = !moving;
    $("player-skip-exercise").hidden = !moving;
    $("player-pause").hidden = !moving;
    $("player-back").disabled = state.step === 0;
    $("player-leave").hidden = step.kind === "send";
    switch (step.kind) {
      case "before": return enterBefore();
      case "work": return enterWork(step);
      case "rest": return enterRest(step);
      case "review": return enterReview(step);
      case "after": return enterAfter();
      default: return send();
    }
  }

  function next() { enter(state.step + 1); }

  function enterBefore() {
    show("step-before");
    setSlider("pain-before", state.painBefore);
    missing("before-error", null);
    announce("Before you start: how much pain do you have right now?");
    $("pain-before").focus();
  }

  function stopLine() { return Math.max(stopFloor, state.painBefore || 0); }

  function showOverLimit() {
    var pain = answer("pain-during");
    var over = pain !== null && pain > stopLine();
    $("over-limit").hidden = !over;
    $("over-limit").textContent = over
      ? "That is above your stop line of " + stopLine() + "/10. Leave the rest of this exercise for today; your "
        + "trainer will see it and make it easier."
      : "";
  }

  function fillExercise(ex) {
    $("stop-line").textContent = "Stop this exercise if its pain goes above " + stopLine() + "/10.";
    $("ex-phase").textContent = ex.phase;
    $("ex-name").textContent = ex.name;
    $("ex-dose").textContent = ex.doseText;
    var cues = $("ex-cues");
    cues.textContent = "";
    ex.cues.concat(ex.cautions).forEach(function (cue) {
      var item = document.createElement("li");
      item.textContent = cue;
      cues.appendChild(item);
    });
  }

  function enterWork(step) {
    var ex = state.plan.exercises[step.ex];
    show("step-work");
    fillExercise(ex);
    $("reps").hidden = true;
    $("clock").hidden = true;
    var where = progressText(step);
    var kind = mode(ex);
    // The heading first: the rep counter, once it shows, takes the focus from it.
    focusHeading("step-work");
    var start = function () {
      if (kind === "reps") return startReps(step, ex);
      var seconds = kind === "timed" ? ex.minutes * 60 : ex.holdSeconds;
      var holdPrompt = kind === "timed" ? "Keep going" : step.side ? "Hold: " + sideText(step.side) : "Hold";
      beep(false);
      announce(holdPrompt + " for " + clockText(seconds) + (seconds < 60 ? " seconds" : " minutes"));
      countdown(seconds, holdPrompt, function () {
        complete(step, { held: seconds });
        beep(true);
        announce("Time. " + (kind === "timed" ? "Well done." : "Release."));
        next();
      });
    };
    if (step.switchBefore) {
      beep(false);
      announce("Switch sides: now your " + sideText(step.side) + ". " + where);
      countdown(SWITCH, "Switch sides: now your " + sideText(step.side), start);
    } else if (kind === "reps") {
      announce(ex.name + ". " + where + ". " + ex.doseText);
      start();
    } else {
      announce("Get ready: " + ex.name + ". " + where);
      countdown(READY, "Get ready", start);
    }
  }

  function startReps(step, ex) {
    reps = 0;
    $("clock").hidden = true;
    $("reps").hidden = false;
    $("rep-target").textContent = ex.reps ? " / " + ex.reps : "";
    $("ex-prompt").textContent = (step.side ? sideText(step.side) + ": " : "") +
      (ex.holdSeconds ? "hold each rep " + ex.holdSeconds + " s" : "steady and controlled");
    $("rep-pace").setAttribute("aria-pressed", "false");
    showReps();
    $("rep-tap").focus();
  }

  function showReps() { $("rep-count").textContent = String(reps); }

  function countRep(delta) {
    var step = steps[state.step];
    if (!step || step.kind !== "work" || $("reps").hidden) return;
    var ex = state.plan.exercises[step.ex];
    reps = Math.max(0, Math.min(1000, reps + delta));
    showReps();
    if (delta > 0 && ex.reps && reps === ex.reps) {
      beep(true);
      announce(reps + " reps: set complete. Press Set done.");
      if ($("rep-pace").getAttribute("aria-pressed") === "true") return setDone();
      $("set-done").focus();
    } else if (delta > 0) {
      beep(false);
    }
  }

  // Counts reps at a steady pace (the hold plus two seconds each) until the target.
  function pace() {
    var step = steps[state.step];
    var ex = state.plan.exercises[step.ex];
    if ($("rep-pace").getAttribute("aria-pressed") !== "true") return;
    countdown((ex.holdSeconds || 0) + TEMPO, "Rep " + (reps + 1) + (ex.holdSeconds ? ": lift, hold, lower" : ""),
      function () {
        countRep(1);
        if (steps[state.step] === step && !(ex.reps && reps >= ex.reps)) pace();
      });
  }

  function setDone() {
    var step = steps[state.step];
    if (!step || step.kind !== "work") return;
    $("rep-pace").setAttribute("aria-pressed", "false");
    complete(step, { reps: reps });
    next();
  }

  function complete(step, result) {
    state.work[steps.indexOf(step)] = { done: true, reps: result.reps, held: result.held };
    save();
  }

  function enterRest(step) {
    var ex = state.plan.exercises[step.ex];
    var kind = mode(ex);
    var seconds = kind === "timed" ? REST_TIMED : kind === "reps" ? REST_REPS : REST_HOLD;
    show("step-work");
    fillExercise(ex);
    $("reps").hidden = true;
    announce("Rest for " + seconds + " seconds. Next: set " + (step.set + 2) + " of " + step.sets);
    countdown(seconds, "Rest", function () {
      beep(true);
      next();
    });
    focusHeading("step-work");
  }

  // Whether any set of exercise `ex` was done.
  function anySetDone(ex) {
    return steps.some(function (step, k) { return step.kind === "work" && step.ex === ex && state.work[k] &&
                                                  state.work[k].done; });
  }

  function enterReview(step) {
    var ex = state.plan.exercises[step.ex];
    if (!anySetDone(step.ex) && state.stopped.indexOf(step.ex) < 0) {
      // Every set skipped: the exercise was not done, and is logged as skipped, with no pain or form.
      state.reviews[step.ex] = { skipped: true };
      announce("Skipped " + ex.name);
      return next();
    }
    var review = state.reviews[step.ex] && !state.reviews[step.ex].skipped ? state.reviews[step.ex] : {};
    show("step-review");
    $("review-h").textContent = state.stopped.indexOf(step.ex) >= 0
      ? "You stopped " + ex.name + ". How much did it hurt?"
      : "How was " + ex.name + "?";
    setSlider("pain-during", review.painDuring);  // unanswered unless answered before
    showOverLimit();
    $("form-ok").checked = review.formOk === true;
    $("form-bad").checked = review.formOk === false;
    missing("review-error", null);
    announce("How was " + ex.name + "? Rate the pain during it and your form.");
    $("pain-during").focus();
  }

  function enterAfter() {
    show("step-after");
    missing("after-error", null);
    setSlider("pain-after", state.painAfter);
    announce("All done. How much pain do you have now?");
    $("pain-after").focus();
  }

  // --- Moving around ---------------------------------------------------------------------------

  function skip() {
    var step = steps[state.step];
    if (step.kind === "work") state.work[state.step] = { done: false };
    announce("Skipped");
    next();
  }

  function skipExercise() {
    var step = steps[state.step];
    if (step.ex === undefined) return;
    for (var i = state.step; i < steps.length; i++) {
      if (steps[i].kind === "review" && steps[i].ex === step.ex) {
        // A skipped exercise was not done: it has no pain or form to rate, and is logged as skipped.
        state.reviews[step.ex] = { skipped: true };
        announce("Skipped " + state.plan.exercises[step.ex].name);
        return enter(i + 1);
      }
      if (steps[i].kind === "work") state.work[i] = { done: false };
    }
  }

  // It hurts too much: the exercise stops at once, the sets left are not done, and the review asks
  // how much it hurt. The session's notes tell the trainer which exercise was stopped.
  function hurts() {
    var step = steps[state.step];
    if (step.ex === undefined) return;
    if (state.stopped.indexOf(step.ex) < 0) state.stopped.push(step.ex);
    for (var i = state.step; i < steps.length; i++) {
      if (steps[i].kind === "review" && steps[i].ex === step.ex) {
        announce("Stopped " + state.plan.exercises[step.ex].name);
        return enter(i);
      }
      if (steps[i].kind === "work") state.work[i] = { done: false };
    }
  }

  // Back to the previous step that is not a rest (nor the review of an exercise skipped whole,
  // which would only skip forward again); that step starts again.
  function back() {
    for (var i = state.step - 1; i >= 0; i--) {
      var review = steps[i].kind === "review" && state.reviews[steps[i].ex];
      if (steps[i].kind !== "rest" && !(review && review.skipped && !anySetDone(steps[i].ex))) {
        delete state.work[i];
        return enter(i);
      }
    }
  }

  // --- The session entry and sending it --------------------------------------------------------

  // One entry of lumbar.sessions/1: an exercise is logged once its review is answered, with the
  // sets where every side was done; reps per set are the lower side's count, and a hold is logged
  // only when one was timed to the end.
  function entry() {
    var exercises = [];
    state.plan.exercises.forEach(function (ex, i) {
      var review = state.reviews[i];
      if (!review) return;
      var sets = [];
      steps.forEach(function (step, k) {
        if (step.kind !== "work" || step.ex !== i) return;
        var set = sets[step.set] || (sets[step.set] = { done: true, reps: null, held: null });
        var work = state.work[k];
        if (!work || !work.done) { set.done = false; return; }
        if (typeof work.reps === "number") set.reps = set.reps === null ? work.reps : Math.min(set.reps, work.reps);
        if (typeof work.held === "number") set.held = set.held === null ? work.held : Math.min(set.held, work.held);
      });
      var done = sets.filter(function (set) { return set && set.done; });
      if (review.skipped) {
        exercises.push({ id: ex.id, skipped: true });
        return;
      }
      var logged = { id: ex.id, setsDone: done.length, painDuring: review.painDuring, formOk: review.formOk };
      if (mode(ex) === "reps") logged.repsDone = done.map(function (set) { return set.reps || 0; });
      var holds = done.map(function (set) { return set.held; }).filter(function (held) { return held !== null; });
      if (mode(ex) === "hold" && holds.length) logged.holdSeconds = Math.min.apply(null, holds);
      exercises.push(logged);
    });
    var session = { date: state.date, painBefore: state.painBefore, painAfter: state.painAfter,
                    exercises: exercises };
    var stopped = (state.stopped || []).map(function (i) { return state.plan.exercises[i].name; });
    // Notes hold at most 500 characters (lumbar.sessions/1).
    if (stopped.length) session.notes = ("Stopped because it hurt too much: " + stopped.join(", ") + ".").slice(0, 500);
    return session;
  }

  // A key per session entry, kept with the saved session: when an answer is lost and the person
  // retries (even after a reload), the server recognises the key and stores the session once.
  function newKey() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }

  function send() {
    show("step-sending");
    state.status = "sending";
    var body = JSON.stringify(entry());
    if (!state.sendKey || state.sentBody !== body) {
      state.sendKey = newKey();
      state.sentBody = body;
    }
    save();
    announce("Saving your session");
    var request = new XMLHttpRequest();
    request.open("POST", postUrl);
    request.setRequestHeader("Content-Type", "application/json");
    request.setRequestHeader("Accept", "application/json");
    request.setRequestHeader("Idempotency-Key", state.sendKey);
    request.timeout = 20000;
    request.onload = function () {
      if (request.status === 201) return sent();
      var message = "The server answered " + request.status + ".";
      try { message = JSON.parse(request.responseText).error.message || message; } catch (e) { /* keep it */ }
      failed(message);
    };
    request.onerror = request.ontimeout = function () { failed("Lumbar could not be reached."); };
    request.send(body);
  }

  function sent() {
    root.setAttribute("data-last-session", state.date);
    forget();
    state = null;
    letSleep();
    show("step-sent");
    $("player-controls").hidden = true;
    $("player-leave").hidden = true;
    $("player-progress").textContent = "";
    beep(true);
    announce("Saved. Well done!");
    focusHeading("step-sent");
  }

  function failed(message) {
    state.status = "failed";
    save();
    show("step-failed");
    $("send-error").textContent = message;
    announce("Not saved yet: " + message);
    $("retry").focus();
  }

  // --- Opening, leaving, resuming --------------------------------------------------------------

  function open() {
    steps = buildSteps(state.plan.exercises);
    active = true;
    unlockAudio();
    keepAwake();
    $("overview").hidden = true;
    root.hidden = false;
    document.body.classList.add("playing");
    window.scrollTo(0, 0);
    enter(state.step);
  }

  function leave() {
    stopTimer();
    save();
    active = false;
    letSleep();
    root.hidden = true;
    $("overview").hidden = false;
    document.body.classList.remove("playing");
    offerResume();
    ($("resume-card").hidden ? $("start-session") : $("resume-session")).focus();
  }

  // The suggested day of the next session, as this device writes dates.
  function nextSessionText() {
    var gap = parseInt(root.getAttribute("data-days-between"), 10);
    var next = new Date();
    next.setDate(next.getDate() + (gap > 0 ? gap : 1));
    return next.toLocaleDateString(undefined, { weekday: "long", day: "numeric", month: "long" });
  }

  function offerResume() {
    var saved = load();
    // Today's session is done when the latest one logged is dated today on this device.
    var doneToday = !saved && root.getAttribute("data-last-session") === localDate();
    $("done-today").hidden = !doneToday;
    if (doneToday) $("next-session").textContent = nextSessionText();
    $("resume-card").hidden = !saved;
    $("start-session").hidden = false;
    $("start-session").textContent = saved ? "Start a new session" : doneToday ? "Do another session" : "Start session";
    $("start-session").classList.toggle("primary", !doneToday);
    if (!saved) return;
    var where = buildSteps(saved.plan.exercises)[saved.step] || {};
    var text = "You have a session from " + saved.date + " that is not " +
      (saved.status === "active" ? "finished" : "saved") + " yet";
    if (saved.status === "active" && where.ex !== undefined) {
      text += " (at exercise " + (where.ex + 1) + " of " + saved.plan.exercises.length + ")";
    }
    $("resume-text").textContent = text + ".";
  }

  // --- Wiring ----------------------------------------------------------------------------------

  $("start-session").addEventListener("click", function () {
    state = newState();
    open();
  });
  $("resume-session").addEventListener("click", function () {
    state = load();
    if (state) open(); else offerResume();
  });
  $("discard-session").addEventListener("click", function () {
    forget();
    offerResume();
    announce("The unfinished session is discarded.");
    $("start-session").focus();
  });
  $("begin").addEventListener("click", function () {
    var pain = answer("pain-before");
    if (missing("before-error", pain === null ? "Move the slider to your pain right now, even if it is 0." : null,
                "pain-before")) return;
    state.painBefore = pain;
    state.date = localDate();
    next();
  });
  $("rep-tap").addEventListener("click", function () { countRep(1); });
  $("rep-undo").addEventListener("click", function () { countRep(-1); });
  $("rep-pace").addEventListener("click", function () {
    var on = this.getAttribute("aria-pressed") !== "true";
    this.setAttribute("aria-pressed", on ? "true" : "false");
    if (on) { announce("Counting for you"); pace(); } else { stopTimer(); $("clock").hidden = true; }
  });
  $("set-done").addEventListener("click", setDone);
  $("review-next").addEventListener("click", function () {
    var step = steps[state.step];
    var pain = answer("pain-during");
    var form = $("form-ok").checked ? true : $("form-bad").checked ? false : null;
    if (missing("review-error", pain === null ? "Move the slider to the most pain you felt, even if it was 0."
                : form === null ? "Say whether your form stayed good." : null,
                pain === null ? "pain-during" : "form-ok")) return;
    state.reviews[step.ex] = { painDuring: pain, formOk: form };
    next();
  });
  $("finish").addEventListener("click", function () {
    var pain = answer("pain-after");
    if (missing("after-error", pain === null ? "Move the slider to your pain now, even if it is 0." : null,
                "pain-after")) return;
    state.painAfter = pain;
    next();
  });
  $("retry").addEventListener("click", send);
  $("player-back").addEventListener("click", back);
  $("player-pause").addEventListener("click", togglePause);
  $("player-skip").addEventListener("click", skip);
  $("player-skip-exercise").addEventListener("click", skipExercise);
  $("player-leave").addEventListener("click", leave);
  // Moving a slider, or pressing a key that moves it (Home at 0 moves nothing), answers it.
  var SLIDER_KEYS = ["Home", "End", "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "PageUp", "PageDown"];
  ["pain-before", "pain-during", "pain-after"].forEach(function (id) {
    $(id).addEventListener("input", function () { setSlider(id, parseInt(this.value, 10)); });
    $(id).addEventListener("pointerdown", function () { setSlider(id, parseInt(this.value, 10)); });
    $(id).addEventListener("keydown", function (event) {
      if (SLIDER_KEYS.indexOf(event.key) >= 0) setSlider(id, parseInt(this.value, 10));
    });
  });
  $("player-hurts").addEventListener("click", hurts);
  $("pain-during").addEventListener("input", showOverLimit);

  // Space counts a rep wherever the focus is, except on a control that space already works.
  document.addEventListener("keydown", function (event) {
    if (!active || (event.key !== " " && event.key !== "Spacebar")) return;
    var target = event.target;
    if (target && target.closest && target.closest("button, a, input, select, textarea, summary")) return;
    var step = state && steps[state.step];
    if (step && step.kind === "work" && !$("reps").hidden) {
      event.preventDefault();
      countRep(1);
    }
  });

  offerResume();
})();
