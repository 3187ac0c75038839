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
    document.querySelectorAll("[data-print]").forEach(function (b) {
        b.addEventListener("click", function () { window.print(); });
    });

    // Intake: as the phone or ID number is typed, show the customer's earlier complaints.
    var form = document.getElementById("intake-form");
    var panel = document.getElementById("customer-history");
    if (form && panel) {
        var timer = null, last = "", sent = 0;
        var refresh = function () {
            var data = new FormData(form);
            var key = (data.get("Input.Customer.Phone") || "") + "|" + (data.get("Input.Customer.NationalId") || "");
            if (key === last) return;
            last = key;
            // Only the answer to the latest lookup may fill the panel: an earlier, slower one must not overwrite it.
            var request = ++sent;
            fetch("?handler=HistoryPanel", { method: "POST", body: data, credentials: "same-origin" })
                .then(function (r) { return r.ok ? r.text() : null; })
                .then(function (html) { if (html !== null && request === sent) panel.innerHTML = html; });
        };
        form.querySelectorAll("[data-history-key]").forEach(function (input) {
            input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refresh, 350); });
        });
    }
})();

// Report pages: a Print button (the print stylesheet hides the navigation, forms and buttons).
document.querySelectorAll("[data-print]").forEach(b => b.addEventListener("click", () => window.print()));
