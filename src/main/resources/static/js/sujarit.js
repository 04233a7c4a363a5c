// Small progressive enhancements; every page works without JavaScript.
(function () {
  "use strict";
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("meta[name=_csrf]");
    var header = document.querySelector("meta[name=_csrf_header]");
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  document.addEventListener("click", function (event) {
    var back = event.target.closest("[data-back]");
    if (back) {
      event.preventDefault();
      history.back();
    }
  });
  // Forms marked data-once disable their submit buttons after the first submit (no double submits).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.matches("[data-confirm]") && !window.confirm(form.getAttribute("data-confirm"))) {
      event.preventDefault();
      return;
    }
    if (form.matches("[data-once]")) {
      if (form.dataset.sent === "1") {
        event.preventDefault();
        return;
      }
      form.dataset.sent = "1";
      setTimeout(function () {
        form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
      }, 0);
    }
  });
  // Charts: <canvas data-chart='{"type":"bar","data":{...}}'> rendered with Chart.js when present.
  function drawCharts(root) {
    if (!window.Chart) {
      return;
    }
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (canvas.dataset.drawn) {
        return;
      }
      canvas.dataset.drawn = "1";
      if (canvas.dataset.height) {
        canvas.parentElement.style.height = canvas.dataset.height + "px";
      }
      var config = JSON.parse(canvas.getAttribute("data-chart"));
      config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
      new window.Chart(canvas, config);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (window.Chart) {
      // canvas text needs a font with Thai glyphs: the page's own (Sarabun), once it has loaded
      window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    }
    (document.fonts ? document.fonts.ready : Promise.resolve()).then(function () { drawCharts(document); });
  });
  document.addEventListener("htmx:afterSettle", function (event) { drawCharts(event.target); });
  // PNG export of a chart: <button data-chart-png="canvasId" data-filename="x.png">
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-chart-png]");
    if (!button) {
      return;
    }
    var canvas = document.getElementById(button.getAttribute("data-chart-png"));
    var link = document.createElement("a");
    link.href = canvas.toDataURL("image/png");
    link.download = button.getAttribute("data-filename") || "chart.png";
    link.click();
  });
})();
