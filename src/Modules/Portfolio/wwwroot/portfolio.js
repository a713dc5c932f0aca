// Copy buttons of the portfolio pages: a button with data-copy="ID" copies the value of the
// field with that id. Without JavaScript the fields stay readable and selectable by hand.
(function () {
    "use strict";

    function copyField(button) {
        var field = document.getElementById(button.getAttribute("data-copy"));
        if (!field) {
            return;
        }

        var label = button.textContent;
        var done = function () {
            button.textContent = button.getAttribute("data-copied") || "✓";
            window.setTimeout(function () { button.textContent = label; }, 2000);
        };

        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
        } else {
            field.select();
            done();
        }
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-copy]");
        if (button) {
            copyField(button);
        }
    });
}());
