// Refreshes a petition's counter from count.json while the page is open. Optional: the page is complete without it.
(function () {
  var box = document.querySelector("[data-count-url]");
  if (!box || !window.fetch) return;
  var url = box.getAttribute("data-count-url");
  var fmt = new Intl.NumberFormat(document.documentElement.lang || undefined);
  var total = box.querySelector('[data-count="signatureCount"]');
  var progress = box.querySelector("progress");
  function refresh() {
    if (document.hidden) return;
    fetch(url, { headers: { accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data || !total) return;
        // Keeps the translated words; only the number changes.
        total.textContent = total.textContent.replace(/^[\d\s.,\u00a0\u202f']+/, fmt.format(data.signatureCount) + " ");
        total.setAttribute("data-value", String(data.signatureCount));
        if (progress) { progress.max = data.goal; progress.value = Math.min(data.signatureCount, data.goal); }
      })
      .catch(function () {});
  }
  setInterval(refresh, 10000);
  document.addEventListener("visibilitychange", refresh);
  refresh();
})();
