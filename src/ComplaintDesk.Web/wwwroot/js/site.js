// Progressive enhancement only: every form works without this file.
(function () {
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
        select.addEventListener("change", function () { select.form.submit(); });
    });
    document.querySelectorAll("button[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
    });
    document.querySelectorAll("[data-hide-with-js]").forEach(function (el) { el.hidden = true; });
})();
