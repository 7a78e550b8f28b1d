/* Lesson page enhancements. Without JavaScript the forms post and the page reloads;
   with it, knowledge-check feedback appears in place and videos load on request. */
(function () {
    "use strict";

    /* Words come from the form's data attributes, translated by the server. */
    function feedbackParagraph(form, result) {
        var p = document.createElement("p");
        p.className = "feedback feedback--" + (result.correct ? "right" : "wrong");
        var strong = document.createElement("strong");
        strong.textContent = (result.correct ? form.dataset.right : form.dataset.wrong) + " ";
        p.appendChild(strong);
        p.appendChild(document.createTextNode(result.feedback));
        return p;
    }

    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!form.matches("[data-knowledge-check]") || !window.fetch) {
            return;
        }
        event.preventDefault();
        var region = form.querySelector("[data-feedback]");
        fetch(form.action, {
            method: "POST",
            body: new FormData(form),
            headers: {"Accept": "application/json"},
            credentials: "same-origin"
        }).then(function (response) {
            return response.json().then(function (data) { return {ok: response.ok, data: data}; });
        }).then(function (result) {
            region.textContent = "";
            if (result.ok) {
                region.appendChild(feedbackParagraph(form, result.data));
            } else {
                var p = document.createElement("p");
                p.className = "feedback feedback--wrong";
                p.textContent = result.data.error || form.dataset.retry;
                region.appendChild(p);
            }
        }).catch(function () {
            form.submit();
        });
    });

    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("[data-video-play]");
        if (!button) {
            return;
        }
        var figure = button.closest("[data-video]");
        var frame = document.createElement("iframe");
        frame.src = figure.getAttribute("data-embed-url") + (figure.getAttribute("data-embed-url").indexOf("?") === -1 ? "?" : "&") + "autoplay=1";
        frame.title = figure.getAttribute("data-video-title");
        frame.allow = "autoplay; fullscreen; picture-in-picture";
        frame.setAttribute("allowfullscreen", "");
        frame.loading = "lazy";
        var container = figure.querySelector(".video__frame");
        container.textContent = "";
        container.appendChild(frame);
        frame.focus();
    });
})();
