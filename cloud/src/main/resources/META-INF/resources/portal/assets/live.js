// SiteHub live view: tapping a camera asks for a live-view ticket (POST, with the CSRF header),
// opens the live socket and shows each binary JPEG frame through a blob URL, revoking the previous
// one once the next has loaded. Closing (or leaving the page) goes back to the latest still.
(function () {
  'use strict';
  var grid = document.getElementById('cameras');
  if (!grid) return;
  var site = grid.dataset.siteId;
  var csrf = document.querySelector('meta[name="csrf-token"]');

  function text(key, n) { return (grid.dataset[key] || '').replace('#', String(n)); }

  function ageText(ms) {
    var s = Math.max(0, Math.floor((Date.now() - ms) / 1000));
    if (s < 60) return text('ageS', s);
    if (s < 3600) return text('ageM', Math.floor(s / 60));
    if (s < 86400) return text('ageH', Math.floor(s / 3600));
    return text('ageD', Math.floor(s / 86400));
  }

  function tickAges() {
    grid.querySelectorAll('li.camera[data-taken-at]').forEach(function (li) {
      if (li.dataset.state === 'still') li.querySelector('[data-age]').textContent = ageText(Number(li.dataset.takenAt));
    });
  }

  function say(li, msg) { li.querySelector('.cam-status').textContent = msg; }

  function showFrame(li, blob) {
    var img = li.querySelector('.cam-img');
    var url = URL.createObjectURL(blob);
    var old = li._blobUrl;
    li._blobUrl = url;
    var done = function () { if (old) URL.revokeObjectURL(old); };
    img.onload = done;
    img.onerror = done;
    img.hidden = false;
    var none = li.querySelector('.no-still');
    if (none) none.hidden = true;
    img.src = url;
    li.dataset.frames = String(Number(li.dataset.frames) + 1);
    if (li.dataset.state !== 'live') {
      li.dataset.state = 'live';
      li.querySelector('.live-badge').hidden = false;
      li.querySelector('[data-age]').textContent = '';
      say(li, '');
    }
  }

  function goLive(li) {
    if (li._socket || li.dataset.state === 'connecting') return;
    li.dataset.state = 'connecting';
    say(li, grid.dataset.textConnecting);
    li.querySelector('.cam-close').hidden = false;
    fetch('/api/sites/' + encodeURIComponent(site) + '/live/tickets', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf ? csrf.content : '' },
      body: JSON.stringify({ deviceId: li.dataset.deviceId, cameraId: li.dataset.cameraId })
    })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (t) {
        if (li.dataset.state !== 'connecting') return;
        var ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host +
          t.socketPath + '?ticket=' + encodeURIComponent(t.ticket));
        ws.binaryType = 'blob';
        li._socket = ws;
        ws.onmessage = function (e) {
          if (typeof e.data === 'string') {
            try {
              var hello = JSON.parse(e.data);
              if (hello.viewers) li.querySelector('[data-viewers]').textContent = text('textViewers', hello.viewers);
            } catch (err) { /* not a hello: ignore */ }
            return;
          }
          showFrame(li, e.data);
        };
        ws.onclose = function () {
          li._socket = null;
          if (li.dataset.state !== 'still') backToStill(li, grid.dataset.textEnded);
        };
      })
      .catch(function () { backToStill(li, grid.dataset.textFailed); });
  }

  function backToStill(li, message) {
    li.dataset.state = 'still';
    if (li._socket) { var ws = li._socket; li._socket = null; ws.close(); }
    li.querySelector('.live-badge').hidden = true;
    li.querySelector('.cam-close').hidden = true;
    li.querySelector('[data-viewers]').textContent = '';
    say(li, message || '');
    var img = li.querySelector('.cam-img');
    var url = '/api/sites/' + encodeURIComponent(site) + '/live/cameras/' +
      encodeURIComponent(li.dataset.deviceId) + '/' + encodeURIComponent(li.dataset.cameraId);
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (li.dataset.state !== 'still') return;
        if (s && s.latest) {
          img.src = s.latest.imageUrl;
          img.hidden = false;
          li.dataset.takenAt = String(Date.parse(s.latest.takenAt));
        } else if (img.dataset.still) {
          img.src = img.dataset.still;
        }
        if (li._blobUrl) { URL.revokeObjectURL(li._blobUrl); li._blobUrl = null; }
        tickAges();
      });
  }

  grid.querySelectorAll('li.camera').forEach(function (li) {
    li.querySelector('.cam-open').addEventListener('click', function () { goLive(li); });
    li.querySelector('.cam-close').addEventListener('click', function () {
      backToStill(li, '');
      li.querySelector('.cam-open').focus();
    });
  });
  // A phone that locks or switches apps stops streaming; the camera goes idle when nobody watches.
  function closeAll() {
    grid.querySelectorAll('li.camera').forEach(function (li) { if (li.dataset.state !== 'still') backToStill(li, ''); });
  }
  window.addEventListener('pagehide', closeAll);
  document.addEventListener('visibilitychange', function () { if (document.hidden) closeAll(); });
  setInterval(tickAges, 10000);
})();
