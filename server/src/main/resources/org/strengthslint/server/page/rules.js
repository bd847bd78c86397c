// strengths-lint serve: every rule of the lexicon in use, one section each, so that a finding's
// "More about why" link (rules.html#RULE) lands on its full explanation.
"use strict";

(function () {
  const SEVERITY = { error: "Change", warning: "Reconsider", info: "Note" };

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function list(title, items) {
    if (!items || items.length === 0) return [];
    const ul = el("ul");
    for (const item of items) ul.append(el("li", item));
    return [el("h3", title), ul];
  }

  fetch("api/rules")
    .then((response) => response.json())
    .then((body) => {
      const categories = new Map(body.categories.map((c) => [c.id, c]));
      const sections = body.rules.map((rule) => {
        const section = el("section", undefined, "rule");
        section.id = rule.id;
        const category = categories.get(rule.category);
        section.append(
          el("h2", rule.terms.join(", ")),
          el("p", SEVERITY[rule.severity] + " · " + (category ? category.title : rule.category)),
          el("p", rule.explanation),
          ...list("Instead", rule.suggestions),
          ...list("Found in", rule.flaggedExamples),
          ...list("Left alone in", rule.cleanExamples),
          el("p", "Rule id, for settings: " + rule.id, "hint"));
        return section;
      });
      document.getElementById("rules").replaceChildren(...sections);
      document.getElementById("status").textContent = body.rules.length + " rules.";
      let wanted = null;
      try {
        wanted = location.hash ? decodeURIComponent(location.hash.slice(1)) : null;
      } catch (e) {
        wanted = null; // a malformed address part: show the list from the top
      }
      if (wanted) {
        const target = document.getElementById(wanted);
        if (target) {
          target.tabIndex = -1;
          target.scrollIntoView();
          target.focus();
        }
      }
    })
    .catch(() => {
      document.getElementById("status").textContent =
        "The list could not be loaded. Is strengths-lint serve still running?";
    });
})();
