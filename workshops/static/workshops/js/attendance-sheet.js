// The attendance sheet works without this file (links and submit buttons do the same on the
// server); with it, "Mark all present" and "Accept" act at once without a page load, changed
// rows are flagged, and leaving with unsaved changes asks first.
(function () {
  "use strict";

  const form = document.getElementById("attendance-sheet");
  if (!form) return;
  const announcer = form.querySelector("[data-sheet-announcer]");
  const unsaved = form.querySelector("[data-unsaved]");
  let dirty = false;

  function announce(message) {
    if (!announcer) return;
    announcer.textContent = "";
    // A fresh text node after a tick makes screen readers read the same message again.
    window.setTimeout(function () { announcer.textContent = message; }, 50);
  }

  function markDirty(row) {
    dirty = true;
    if (unsaved) unsaved.hidden = false;
    if (row) row.classList.add("attendance-row--changed");
  }

  function choose(row, status) {
    const radio = row.querySelector('input[type="radio"][value="' + status + '"]');
    if (radio && !radio.checked) {
      radio.checked = true;
      markDirty(row);
    }
  }

  const markAll = form.querySelector("[data-mark-all]");
  if (markAll) {
    markAll.addEventListener("click", function (event) {
      event.preventDefault();
      let count = 0;
      form.querySelectorAll("tr[data-row]").forEach(function (row) {
        // Members who sent an apology stay as they are (excused), as on the server.
        if (row.hasAttribute("data-apology")) return;
        choose(row, markAll.dataset.markAll);
        count += 1;
      });
      announce(form.dataset.markedPresent.replace("%(count)s", count));
    });
  }

  form.querySelectorAll("[data-accept]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      event.preventDefault();
      const row = button.closest("tr[data-row]");
      choose(row, button.dataset.accept);
      const radio = row.querySelector('input[type="radio"]:checked');
      if (radio) radio.focus();
      announce(form.dataset.accepted);
    });
  });

  form.addEventListener("change", function (event) {
    markDirty(event.target.closest("tr[data-row]"));
  });
  form.addEventListener("input", function (event) {
    if (event.target.matches(".attendance-note")) markDirty(event.target.closest("tr[data-row]"));
  });
  form.addEventListener("submit", function () { dirty = false; });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
