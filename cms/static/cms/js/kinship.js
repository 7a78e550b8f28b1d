/* Kinship's only script on public pages. Everything works without it; it adds:
   - quick exit: a click, or Escape pressed twice within a second, replaces this page
     with the sign-out-and-leave address (which sends on to a neutral site), so the Back
     button does not return here and the session is over;
   - a signed-in page restored from the back/forward cache is reloaded at once (the
     server then asks to sign in if the person has left);
   - the browser's time zone preselected in forms that ask for one. */
(function () {
    "use strict";

    function quickExitUrl() {
        var link = document.querySelector("[data-quick-exit]");
        return link ? link.href : "/leave/";
    }

    function leave() {
        document.title = "";
        document.body.hidden = true;
        // replace(), not assign(): this page's history entry becomes the neutral site.
        window.location.replace(quickExitUrl());
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest("[data-quick-exit]");
        if (link) {
            event.preventDefault();
            leave();
        }
    });

    window.addEventListener("pageshow", function (event) {
        if (event.persisted && document.body.hasAttribute("data-signed-in")) {
            document.body.hidden = true;
            window.location.reload();
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
