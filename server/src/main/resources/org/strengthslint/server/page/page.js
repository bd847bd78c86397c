// strengths-lint serve: the page. Everything a document says is put on the page as text
// (textContent), never as HTML.
"use strict";

(function () {
  const SEVERITY = {
    error: { word: "Change", plural: "to change", order: 0 },
    warning: { word: "Reconsider", plural: "to reconsider", order: 1 },
    info: { word: "Note", plural: "notes", order: 2 },
  };

  const $ = (id) => document.getElementById(id);
  const form = $("check-form");
  const textBox = $("text");
  const fileInput = $("file");
  const drop = $("drop");
  const profileSelect = $("profile");
  const status = $("status");
  const problem = $("problem");
  const results = $("results");
  const documentView = $("document");
  const findingsList = $("findings");

  /** What the page holds: the last check, and what was taken or ignored since. */
  const state = {
    settings: null,
    file: null,           // a File chosen or dropped, or null for pasted text
    checked: null,        // { name, format, pasted, reviewable, text, report }
    text: "",             // the text shown (pasted text changes as suggestions are used)
    findings: [],         // the findings shown, each with an id
    ignored: [],          // { rule, offset } of findings ignored, kept in step with edits
    nextId: 0,
    asked: 0,             // the number of the latest check asked for: older answers are dropped
    pending: false,       // a check is on its way
    stale: false,         // the pasted text was changed by hand after its check
  };

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function say(message) {
    status.textContent = message;
  }

  function showProblem(message) {
    problem.replaceChildren(el("p", { text: message }));
    problem.hidden = false;
  }

  function clearProblem() {
    problem.hidden = true;
    problem.replaceChildren();
  }

  async function errorOf(response) {
    try {
      const body = await response.json();
      if (body && body.error) return body.error;
      const file = body && body.report && body.report.files && body.report.files[0];
      if (file && file.error) return file.error;
      if (body && body.files && body.files[0] && body.files[0].error) return body.files[0].error;
    } catch (e) {
      // not JSON: say what the status says
    }
    return "the checker answered " + response.status + " " + response.statusText;
  }

  // ---- settings and profiles

  async function loadSettings() {
    try {
      const [settings, rules] = await Promise.all([
        fetch("api/settings").then((r) => r.json()),
        fetch("api/rules").then((r) => r.json()),
      ]);
      state.settings = settings;
      state.rules = new Map(rules.rules.map((rule) => [rule.id, rule]));
      for (const profile of rules.profiles) {
        const label = profile.id === settings.profile && settings.configuration
          ? profile.id + " (your organisation's choice)"
          : profile.id;
        const option = el("option", { value: profile.id, text: label });
        option.dataset.description = profile.description;
        profileSelect.append(option);
      }
      profileSelect.value = settings.profile;
      describeProfile();
      if (settings.configuration) {
        const note = $("settings-note");
        note.textContent = "Your organisation's settings apply (" + settings.configuration + ").";
        note.hidden = false;
      }
      $("version").textContent = "strengths-lint " + settings.version;
    } catch (e) {
      showProblem("The checker is not answering. Start it again with: strengths-lint serve");
    }
  }

  function describeProfile() {
    const option = profileSelect.selectedOptions[0];
    $("profile-hint").textContent = option ? option.dataset.description : "";
  }

  // ---- choosing what to check

  function chooseFile(file) {
    state.file = file;
    state.ignored = [];
    $("chosen-name").textContent = "Chosen: " + file.name;
    $("chosen").hidden = false;
    check();
  }

  function clearFile() {
    state.file = null;
    fileInput.value = "";
    $("chosen").hidden = true;
    hideResults();
    say("The document was removed. Paste text, or choose another document.");
    textBox.focus();
  }

  fileInput.addEventListener("change", () => {
    if (fileInput.files.length > 0) chooseFile(fileInput.files[0]);
  });
  $("clear-file").addEventListener("click", clearFile);
  for (const type of ["dragenter", "dragover"]) {
    drop.addEventListener(type, (event) => {
      event.preventDefault();
      drop.classList.add("over");
    });
  }
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  // a file dropped anywhere else on the page must not replace the page with the file
  for (const type of ["dragover", "drop"]) {
    document.addEventListener(type, (event) => event.preventDefault());
  }
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    if (event.dataTransfer.files.length > 0) chooseFile(event.dataTransfer.files[0]);
  });
  textBox.addEventListener("input", () => {
    if (state.file) {
      // typing replaces the chosen document: its results and downloads no longer apply
      state.file = null;
      fileInput.value = "";
      $("chosen").hidden = true;
      hideResults();
    } else if (state.checked && state.checked.pasted && !state.stale && textBox.value !== state.text) {
      // suggestions would be put into the text as it was checked, undoing what was typed since
      state.stale = true;
      render();
    }
  });
  profileSelect.addEventListener("change", () => {
    describeProfile();
    if (state.checked) check();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    state.ignored = [];
    check();
  });

  function hideResults() {
    state.checked = null;
    state.findings = [];
    results.hidden = true;
  }

  // ---- checking

  function query() {
    return "?profile=" + encodeURIComponent(profileSelect.value);
  }

  async function check(options) {
    const quiet = options && options.quiet;
    clearProblem();
    let body;
    let headers = {};
    if (state.file) {
      if (state.settings && state.file.size > state.settings.maxFileBytes) {
        showProblem(state.file.name + " cannot be checked: it is larger than the limit of "
          + state.settings.maxFileSize + ".");
        return;
      }
      body = new FormData();
      body.append("file", state.file, state.file.name);
    } else {
      if (textBox.value.trim() === "") {
        showProblem("There is nothing to check yet: paste your text into the box, or choose a document.");
        textBox.focus();
        return;
      }
      body = textBox.value;
      if (state.settings && new Blob([body]).size > state.settings.maxFileBytes) {
        showProblem("Your text cannot be checked: it is larger than the limit of " + state.settings.maxFileSize + ".");
        return;
      }
      headers = { "Content-Type": "text/plain; charset=utf-8" };
    }
    if (!quiet) say("Checking…");
    $("check").disabled = true;
    const asked = ++state.asked;
    state.pending = true;
    try {
      const response = await fetch("api/document" + query(), { method: "POST", body, headers });
      if (asked !== state.asked) return; // a newer check was asked for meanwhile
      if (!response.ok) {
        const reason = await errorOf(response);
        const what = state.file ? state.file.name : "Your text";
        showProblem(what + " could not be checked: " + reason + ".");
        say("");
        return;
      }
      const checked = await response.json();
      if (asked !== state.asked) return;
      show(checked, quiet);
    } catch (e) {
      showProblem("The checker is not answering. Is strengths-lint serve still running?");
      say("");
    } finally {
      if (asked === state.asked) {
        state.pending = false;
        $("check").disabled = false;
      }
    }
  }

  function show(checked, quiet) {
    state.checked = checked;
    state.text = checked.text;
    state.stale = false;
    const file = checked.report.files[0];
    state.findings = file.findings
      .filter((f) => !state.ignored.some((i) => i.rule === f.rule && i.offset === f.offset))
      .map((f) => Object.assign({ id: "finding-" + state.nextId++ }, f));
    results.hidden = false;
    $("copy").hidden = !checked.pasted;
    $("review-actions").hidden = !checked.reviewable;
    $("download-report").hidden = checked.pasted || checked.reviewable;
    render();
    if (!quiet) {
      say(summaryLine());
      $("results-heading").focus();
    }
  }

  // ---- showing

  function counts() {
    const n = { error: 0, warning: 0, info: 0 };
    for (const f of state.findings) n[f.severity]++;
    return n;
  }

  function summaryLine() {
    const total = state.findings.length;
    if (total === 0) return "Nothing to reconsider.";
    const n = counts();
    const parts = Object.keys(SEVERITY).filter((s) => n[s] > 0).map((s) => n[s] + " " + SEVERITY[s].plural);
    return total + (total === 1 ? " thing" : " things") + " to look at: " + parts.join(", ") + ".";
  }

  function render() {
    const file = state.checked.report.files[0];
    const summary = $("summary");
    const words = file.words.toLocaleString("en-GB") + (file.words === 1 ? " word" : " words");
    const lines = [el("p", { text: words + ". " + summaryLine() })];
    const frequent = new Map();
    for (const f of state.findings) {
      const term = f.text.toLowerCase();
      frequent.set(term, (frequent.get(term) || 0) + 1);
    }
    const top = [...frequent.entries()].filter(([, n]) => n > 1)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
    if (top.length > 0) {
      lines.push(el("p", { text: "Most frequent: " + top.map(([t, n]) => "“" + t + "” (" + n + ")").join(", ") + "." }));
    }
    if (state.ignored.length > 0) {
      lines.push(el("p", { text: state.ignored.length + " ignored while this page is open." }));
    }
    if (state.stale) {
      lines.push(el("p", { class: "stale", text: "Your text has changed since it was checked: press Check to see "
        + "what to reconsider in it now. Until then, suggestions cannot be used." }));
    }
    summary.replaceChildren(...lines);
    renderFindings(renderDocument());
  }

  function ordered() {
    return [...state.findings].sort((a, b) => a.offset - b.offset || SEVERITY[a.severity].order - SEVERITY[b.severity].order);
  }

  /** Shows the text with the findings marked; returns the ids of those marked (an overlapped one is not). */
  function renderDocument() {
    const text = state.text || "";
    const nodes = [];
    const marked = new Set();
    let at = 0;
    for (const f of ordered()) {
      if (f.offset < at || f.offset + f.length > text.length) continue; // inside one already marked
      nodes.push(text.slice(at, f.offset));
      const words = text.slice(f.offset, f.offset + f.length);
      const mark = el("button", {
        type: "button",
        class: "mark " + f.severity,
        id: "mark-" + f.id,
        "aria-label": SEVERITY[f.severity].word + ": " + words,
      }, words);
      mark.addEventListener("click", () => focusFinding(f.id));
      nodes.push(mark);
      marked.add(f.id);
      at = f.offset + f.length;
    }
    nodes.push(text.slice(at));
    documentView.replaceChildren(...nodes);
    return marked;
  }

  function where(f) {
    const parts = [];
    if (f.page) parts.push((state.checked.format === "pptx" || state.checked.format === "odp" ? "Slide " : "Page ") + f.page);
    if (f.paragraph) parts.push((parts.length ? "paragraph " : "Paragraph ") + f.paragraph);
    return parts.join(", ");
  }

  function renderFindings(marked) {
    const items = ordered().map((f) => {
      const rule = state.rules ? state.rules.get(f.rule) : null;
      const severity = SEVERITY[f.severity];
      const badge = el("span", { class: "badge " + f.severity, text: f.mention ? "Note: talked about, not used" : severity.word });
      const item = el("li", { class: "finding " + f.severity, id: f.id, tabindex: "-1" },
        badge,
        el("h4", { id: f.id + "-title" }, "“" + f.text + "”"),
        where(f) ? el("p", { class: "where", text: where(f) }) : null,
        el("p", { text: f.message }),
        f.suggestions.length ? el("p", {}, el("strong", { text: "Instead: " }), f.suggestions.join("; ")) : null,
        f.edit
          ? el("p", {}, el("strong", { text: "Would read: " }), f.edit.sentence)
          : (f.noEdit ? el("p", { class: "where" }, "No change suggested in place: " + f.noEdit + ".") : null),
        rule ? el("p", {}, el("strong", { text: "Why: " }), rule.why + " ",
          el("a", { href: "rules.html#" + encodeURIComponent(f.rule) }, "More about ", el("span", { class: "sr", text: "“" + f.text + "”: " }), "why")) : null);
      const buttons = el("div", { class: "buttons" });
      if (state.checked.pasted && f.edit && !state.stale) {
        const use = el("button", { type: "button", class: "secondary", "aria-label": "Use this: " + f.edit.replacement },
          "Use this");
        use.addEventListener("click", () => useEdit(f));
        buttons.append(use);
      }
      const ignore = el("button", { type: "button", class: "secondary", "aria-label": "Ignore “" + f.text + "”" }, "Ignore");
      ignore.addEventListener("click", () => ignoreFinding(f));
      buttons.append(ignore);
      if (marked.has(f.id)) {
        const show = el("button", { type: "button", class: "link-button", "aria-label": "Show “" + f.text + "” in the text" }, "Show in the text");
        show.addEventListener("click", () => focusMark(f.id));
        buttons.append(show);
      }
      item.append(buttons, el("details", {}, el("summary", { text: "For settings" }),
        el("p", {}, "Rule: ", el("code", { text: f.rule }), " (category " + f.category + ")")));
      item.addEventListener("focusin", () => highlight(f.id));
      return item;
    });
    findingsList.replaceChildren(...items);
    if (items.length === 0) {
      findingsList.replaceChildren(el("li", { class: "finding", text: "Nothing to reconsider in this text." }));
    }
  }

  function highlight(id) {
    for (const node of document.querySelectorAll(".current")) node.classList.remove("current");
    const mark = $("mark-" + id);
    const item = $(id);
    if (mark) mark.classList.add("current");
    if (item) item.classList.add("current");
  }

  function focusFinding(id) {
    const item = $(id);
    if (!item) return;
    highlight(id);
    item.scrollIntoView({ block: "nearest" });
    item.focus();
  }

  function focusMark(id) {
    const mark = $("mark-" + id);
    if (!mark) return;
    highlight(id);
    mark.scrollIntoView({ block: "center" });
    mark.focus();
  }

  /** Where to put focus when a finding leaves the list: the next one, or the previous, or the heading. */
  function focusAfter(removedIndex) {
    const items = findingsList.querySelectorAll("li.finding[id]");
    const next = items[Math.min(removedIndex, items.length - 1)];
    if (next) {
      next.focus();
    } else {
      $("results-heading").focus();
    }
  }

  // ---- taking suggestions and ignoring findings

  function shift(offset, edit) {
    return offset >= edit.offset + edit.length ? offset + edit.replacement.length - edit.length : offset;
  }

  function overlaps(a, b) {
    return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
  }

  function useEdit(f) {
    if (state.pending) {
      say("Still checking the last change: try again in a moment.");
      return;
    }
    const edit = f.edit;
    const index = ordered().findIndex((g) => g.id === f.id);
    state.text = state.text.slice(0, edit.offset) + edit.replacement + state.text.slice(edit.offset + edit.length);
    textBox.value = state.text;
    const end = edit.offset + edit.length;
    state.findings = state.findings
      .filter((g) => g.id !== f.id && (g.offset + g.length <= edit.offset || g.offset >= end))
      .map((g) => {
        const moved = Object.assign({}, g, { offset: shift(g.offset, edit) });
        if (g.edit) {
          // an edit that overlapped the one made no longer fits the text
          moved.edit = overlaps(g.edit, edit) ? null : Object.assign({}, g.edit, { offset: shift(g.edit.offset, edit) });
        }
        return moved;
      });
    state.ignored = state.ignored.map((i) => ({ rule: i.rule, offset: shift(i.offset, edit) }));
    render();
    say("Changed to “" + edit.replacement + "”. " + summaryLine());
    focusAfter(index);
    // A second look at the changed text brings the sentences the other findings would read up to date.
    check({ quiet: true }).then(() => {
      // the list was made again: put focus back only if it was lost with it, never away from
      // where the person has gone since
      if (document.activeElement === null || document.activeElement === document.body) focusAfter(index);
    });
  }

  function ignoreFinding(f) {
    const index = ordered().findIndex((g) => g.id === f.id);
    state.ignored.push({ rule: f.rule, offset: f.offset });
    state.findings = state.findings.filter((g) => g.id !== f.id);
    render();
    say("Ignored “" + f.text + "”. " + summaryLine());
    focusAfter(index);
  }

  // ---- what to take away

  $("copy").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(state.text);
      say("The text is copied. Paste it into your letter.");
    } catch (e) {
      textBox.value = state.text;
      textBox.focus();
      textBox.select();
      say("The text is selected in the box above: copy it with Ctrl+C (or Cmd+C).");
    }
  });

  async function download(path, what) {
    clearProblem();
    if (!state.file) {
      showProblem("Choose the document again: there is no document to send.");
      return;
    }
    const body = new FormData();
    body.append("file", state.file, state.file.name);
    say("Preparing the " + what + "…");
    try {
      const response = await fetch(path, { method: "POST", body });
      if (!response.ok) {
        showProblem("The " + what + " could not be made: " + (await errorOf(response)) + ".");
        say("");
        return;
      }
      const disposition = response.headers.get("Content-Disposition") || "";
      const named = /filename\*=UTF-8''([^;]+)/.exec(disposition);
      const name = named ? decodeURIComponent(named[1]) : "strengths-lint-" + what.replace(/ /g, "-");
      const blob = await response.blob();
      const link = el("a", { href: URL.createObjectURL(blob), download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
      say("The " + what + " is downloaded as " + name + ".");
    } catch (e) {
      showProblem("The checker is not answering. Is strengths-lint serve still running?");
      say("");
    }
  }

  $("download-review").addEventListener("click", () => {
    const track = $("track-changes").checked ? "&trackChanges=true" : "";
    // what the person ignored gets no comment in the document either
    const ignore = state.ignored.map((i) => "&ignore=" + encodeURIComponent(i.rule + "@" + i.offset)).join("");
    download("api/review" + query() + track + ignore, "reviewed document");
  });
  $("download-report").addEventListener("click", () => download("api/check" + query() + "&format=html", "report"));

  loadSettings();
})();
