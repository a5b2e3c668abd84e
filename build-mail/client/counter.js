// Refreshes a petition's counter from count.json while the page is open. Optional: the page is complete without it.
(function () {
  var box = document.querySelector("[data-count-url]");
  if (!box || !window.fetch) return;
  var url = box.getAttribute("data-count-url");
  var lang = document.documentElement.lang || undefined;
  var fmt = new Intl.NumberFormat(lang);
  var plural = new Intl.PluralRules(lang);
  var progress = box.querySelector("progress");
  // Each counted phrase carries its translated forms, e.g. data-one="{n} signature" data-other="{n} signatures".
  function show(name, value) {
    var el = box.querySelector('[data-count="' + name + '"]');
    if (!el || typeof value !== "number") return;
    var form = el.getAttribute("data-" + plural.select(value)) || el.getAttribute("data-other");
    if (form) el.textContent = form.replace("{n}", fmt.format(value));
    el.setAttribute("data-value", String(value));
  }
  function refresh() {
    if (document.hidden) return;
    // Revalidate rather than take a stale cached copy: the point is to show new signatures.
    fetch(url, { headers: { accept: "application/json" }, cache: "no-cache" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        show("signatureCount", data.signatureCount);
        show("countryCount", data.countryCount);
        if (progress) { progress.max = data.goal; progress.value = Math.min(data.signatureCount, data.goal); }
      })
      .catch(function () {});
  }
  setInterval(refresh, 10000);
  document.addEventListener("visibilitychange", refresh);
  refresh();
})();
