/* Kinship's only script on public pages. Everything works without it; it adds:
   - quick exit: a click, or Escape pressed twice within a second, replaces this page
     with a neutral site so the Back button does not return here;
   - the browser's time zone preselected in forms that ask for one. */
(function () {
    "use strict";

    function quickExitUrl() {
        return document.body.getAttribute("data-quick-exit-url") || "https://www.weather.gov/";
    }

    function leave() {
        document.title = "";
        document.body.hidden = true;
        window.location.replace(quickExitUrl());
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest("[data-quick-exit]");
        if (link) {
            event.preventDefault();
            leave();
        }
    });

    var lastEscape = 0;
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") {
            return;
        }
        var now = Date.now();
        if (now - lastEscape < 1000) {
            leave();
        }
        lastEscape = now;
    });

    function detectTimeZone() {
        var zone;
        try {
            zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        } catch (error) {
            return;
        }
        if (!zone) {
            return;
        }
        document.querySelectorAll("select[data-detect-time-zone]").forEach(function (select) {
            var option = Array.prototype.find.call(select.options, function (o) { return o.value === zone; });
            if (option) {
                select.value = zone;
            }
        });
    }

    document.addEventListener("DOMContentLoaded", detectTimeZone);
})();
