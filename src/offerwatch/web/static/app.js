// offerwatch: small progressive enhancements. Every form also works without this file.
"use strict";
document.documentElement.classList.add("js");

// The path the app is served under (serve --root-path): this script's own URL says it, as
// the server writes the prefix into every src and href of a page.
const ROOT = (() => {
  const script = document.currentScript;
  const path = script ? new URL(script.src, window.location.href).pathname : "";
  const at = path.lastIndexOf("/static/");
  return at > 0 ? path.slice(0, at) : "";
})();
const here = (path) => (path.startsWith("/") && !path.startsWith(ROOT + "/") ? ROOT + path : path);

function say(text) {
  const live = document.getElementById("live");
  if (live) live.textContent = text;
}

async function post(url, data) {
  const res = await fetch(url, {
    method: "POST", body: data, credentials: "same-origin",
    headers: {"X-Requested-With": "fetch"},
  });
  if (!res.ok) {
    let msg = res.statusText;
    try { msg = (await res.json()).detail || msg; } catch (e) { /* not JSON */ }
    throw new Error(msg);
  }
  return res.json();
}

// One-click done: mark the action without leaving the page, with an Undo in its place.
document.addEventListener("submit", async (ev) => {
  const form = ev.target;
  if (!form.classList.contains("js-done")) return;
  ev.preventDefault();
  try {
    const body = await post(form.action, new FormData(form));
    const row = form.closest("li");
    if (row) { row.classList.add("is-done"); form.querySelector("button").disabled = true; }
    if (body.undo) offerUndo(form, body.undo);
    say("Marked done");
  } catch (err) { say("Could not mark done: " + err.message); }
});

function offerUndo(form, url) {
  const undo = document.createElement("button");
  undo.type = "button";
  undo.className = "secondary undo";
  undo.textContent = "Undo";
  undo.addEventListener("click", async () => {
    const data = new FormData();
    data.set("csrf", form.querySelector("[name=csrf]").value);
    try {
      await post(url, data);
      const row = form.closest("li");
      if (row) row.classList.remove("is-done");
      form.querySelector("button").disabled = false;
      undo.remove();
      say("Undone: open again");
    } catch (err) { say("Could not undo: " + err.message); }
  });
  form.after(undo);
  undo.focus();
}

// Drag a card to another column to move the application.
let dragged = null;
document.addEventListener("dragstart", (ev) => {
  const card = ev.target.closest && ev.target.closest(".card");
  if (!card) return;
  dragged = card;
  ev.dataTransfer.setData("text/plain", card.dataset.id);
  ev.dataTransfer.effectAllowed = "move";
});
document.addEventListener("dragover", (ev) => {
  const col = ev.target.closest && ev.target.closest(".column");
  if (!col || !dragged) return;
  ev.preventDefault();
  document.querySelectorAll(".column.drop").forEach((c) => c.classList.remove("drop"));
  col.classList.add("drop");
});
document.addEventListener("drop", async (ev) => {
  const col = ev.target.closest && ev.target.closest(".column");
  if (!col || !dragged) return;
  ev.preventDefault();
  col.classList.remove("drop");
  const card = dragged;
  dragged = null;
  const from = card.closest(".column");
  if (from === col) return;
  const form = card.querySelector("form.move");
  const data = new FormData(form);
  data.set("status", col.dataset.status);
  try {
    await post(form.action, data);
    col.querySelector(".cards").prepend(card);
    form.querySelector("select").value = col.dataset.status;
    bump(from, -1);
    bump(col, 1);
    say("Moved to " + col.querySelector("h2").firstChild.textContent.trim());
  } catch (err) { say("Could not move: " + err.message); }
});

// A column's count follows the cards moved in and out of it.
function bump(column, by) {
  const count = column && column.querySelector("h2 .count");
  if (count) count.textContent = String(Math.max(0, parseInt(count.textContent, 10) + by));
}

// Mailbox upload (or IMAP sync) with a progress bar, then the import's own progress.
for (const form of document.querySelectorAll("form.js-import")) {
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    // A double click sends the file once (it made two uploads, two import jobs).
    if (form.dataset.sending) return;
    form.dataset.sending = "1";
    const upload = form;
    const bar = form.querySelector("progress");
    const status = form.querySelector("[role=status]");
    status.classList.remove("error");
    const xhr = new XMLHttpRequest();
    xhr.open("POST", upload.action);
    xhr.setRequestHeader("X-Requested-With", "fetch");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) { bar.max = e.total; bar.value = e.loaded; }
      status.textContent = e.loaded < e.total ? "Uploading…" : "Reading…";
    };
    xhr.onload = () => {
      let body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
      if (xhr.status >= 400) { refused(status, body.detail || "upload failed"); return; }
      if (body.job) poll(body.job, bar, status); else window.location = here(body.next || "/mail");
    };
    xhr.onerror = () => { refused(status, "upload failed: the server could not be reached"); };
    xhr.send(new FormData(upload));
  });
}

// An upload or import refused: its one line in the page's error style, as a sentence.
function refused(status, text) {
  const form = status.closest("form");
  if (form) delete form.dataset.sending;  // another file may be chosen and sent
  status.classList.add("error");
  status.textContent = text.charAt(0).toUpperCase() + text.slice(1);
}

async function poll(job, bar, status) {
  const res = await fetch(here("/mail/jobs/" + job), {credentials: "same-origin"});
  const body = await res.json();
  if (!res.ok) { refused(status, body.detail || "import failed"); return; }
  if (body.total) { bar.max = body.total; bar.value = body.done; } else bar.removeAttribute("value");
  status.textContent = body.message;
  if (body.finished) { window.location = here("/mail?job=" + encodeURIComponent(job)); return; }
  setTimeout(() => poll(job, bar, status), 400);
}

// "Go back" on an error page: the browser's own back keeps what was typed into the form.
for (const link of document.querySelectorAll("a.js-back")) {
  link.addEventListener("click", (ev) => {
    if (window.history.length > 1) { ev.preventDefault(); window.history.back(); }
  });
}

// The draft page: Copy, and an "Open in my mail program" link that follows the edits.
for (const button of document.querySelectorAll("button.js-copy")) {
  const source = document.getElementById(button.dataset.copy);
  const status = document.getElementById("copy-status");
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(source.value);
    } catch (err) {  // no clipboard permission (plain http on another host): select instead
      source.select();
      document.execCommand("copy");
    }
    if (status) status.textContent = "Copied";
  });
}
for (const form of document.querySelectorAll("form.draft")) {
  const link = form.querySelector("a.js-mailto");
  const subject = form.querySelector("[name=subject]");
  const body = form.querySelector("[name=body]");
  const update = () => {
    const to = encodeURIComponent(form.dataset.to || "").replace(/%40/g, "@");
    link.href = "mailto:" + to + "?subject=" + encodeURIComponent(subject.value) +
      "&body=" + encodeURIComponent(body.value.replace(/\r?\n/g, "\r\n"));
  };
  subject.addEventListener("input", update);
  body.addEventListener("input", update);
}

// Back on a form (after an error): open the folded parts that hold what was typed, so that
// the field to correct is in sight. "pageshow" also runs when the page comes from the cache.
// Back on a page that only shows what is stored (nothing typed into it), or on one whose
// form was posted and stored: load it afresh, so that the board lists the application just
// added, not the page the cache kept (a user who sees it missing adds it twice). A form
// refused (an error page) keeps what was typed, to correct it; a page a form post answered
// is never loaded again (that would post again).
const typedInto = (root) => [...root.querySelectorAll("input, textarea, select")].some((f) => {
  if (f.type === "hidden") return false;
  if (f.type === "checkbox" || f.type === "radio") return f.checked !== f.defaultChecked;
  if (f.tagName === "SELECT") return [...f.options].some((o) => o.selected !== o.defaultSelected);
  return f.value !== f.defaultValue;
});
const fresh = document.body.hasAttribute("data-reload-on-back");
try {
  const from = sessionStorage.getItem("ow-posted-from");
  sessionStorage.removeItem("ow-posted-from");
  // A page loaded by GET after a post is where a stored post leads (an error is answered
  // by the post itself): the page the form was on is out of date now.
  if (from && fresh) sessionStorage.setItem("ow-stale:" + from, "1");
  // A page the post answered itself (a refused form, an error) shows the address of the
  // page the form was on, not the post's: a reload then opens that page, never posts again.
  if (from && !fresh && new URL(from).origin === window.location.origin) {
    history.replaceState(history.state, "", from);
  }
} catch (e) { /* no storage: Back shows the cached page */ }
document.addEventListener("submit", (ev) => {
  const form = ev.target;
  if (ev.defaultPrevented || form.method !== "post") return;
  // A double click sends a form once (two clicks made two applications).
  if (form.dataset.sent) { ev.preventDefault(); return; }
  form.dataset.sent = "1";
  try { sessionStorage.setItem("ow-posted-from", window.location.href); } catch (e) { /* none */ }
});
window.addEventListener("pageshow", (ev) => {
  for (const form of document.querySelectorAll("form[data-sent]")) delete form.dataset.sent;
  for (const form of document.querySelectorAll("form[data-sending]")) delete form.dataset.sending;
  for (const box of document.querySelectorAll("form details:not([open])")) {
    const filled = [...box.querySelectorAll("input, textarea")].some(
      (f) => f.type !== "hidden" && f.value !== "" && f.value !== f.defaultValue);
    if (filled) box.open = true;
  }
  const nav = performance.getEntriesByType("navigation")[0];
  const back = ev.persisted || (nav && nav.type === "back_forward");
  if (!back || !fresh) return;
  let stale = false;
  try {
    stale = sessionStorage.getItem("ow-stale:" + window.location.href) === "1";
    sessionStorage.removeItem("ow-stale:" + window.location.href);
  } catch (e) { /* no storage */ }
  if (stale || !typedInto(document)) window.location.replace(window.location.href);
});

// A form that leads to a part of a page (/mail#h-learned, #timeline) lands the eye there,
// below the fold on a phone: its banner (what the form did) is moved to just above that
// part, in view. Without this file it stays at the top of the page.
(() => {
  const flash = document.querySelector("main > [data-testid=flash]");
  let target = null;
  try { target = document.getElementById(decodeURIComponent(window.location.hash.slice(1))); } catch (e) { /* bad hash */ }
  if (!flash || !target || target === document.getElementById("main")) return;
  const part = target.closest("main > section") || target;
  part.before(flash);
  const show = () => flash.scrollIntoView({block: "start"});
  show();
  window.addEventListener("load", show, {once: true});
})();
