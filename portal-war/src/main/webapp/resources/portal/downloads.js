// "My downloads" without reloading (docs/portal.md): polls the JSON status every few seconds while something is
// restoring, updates the state, the progress and its label, and reloads the page when a download changes state
// (so a ready one shows its link). No build step, no library: the page works without this file.
(function () {
  'use strict';
  var table = document.getElementById('downloads');
  if (!table || !window.fetch) {
    return;
  }
  var url = table.getAttribute('data-status-url');
  function restoring() {
    return table.querySelector('tr.download[data-state="RESTORING"]') !== null;
  }
  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('status ' + response.status); }
        return response.json();
      })
      .then(function (rows) {
        var changed = false;
        rows.forEach(function (row) {
          var tr = document.getElementById('download-' + row.id);
          if (!tr) { return; }
          if (tr.getAttribute('data-state') !== row.state) { changed = true; return; }
          var progress = tr.querySelector('progress');
          if (progress) { progress.value = row.percentOnline; progress.textContent = row.percentOnline + ' %'; }
          var label = tr.querySelector('.state-label');
          if (label) { label.textContent = row.label; }
        });
        if (changed) { window.location.reload(); return; }
        if (restoring()) { window.setTimeout(poll, 3000); }
      })
      .catch(function () { window.setTimeout(poll, 15000); });
  }
  if (restoring()) {
    window.setTimeout(poll, 2000);
  }
}());
