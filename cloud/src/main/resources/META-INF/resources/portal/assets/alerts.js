// SiteHub alert pages: listen on the alert socket (/ws/alerts, authenticated by the session
// cookie) and refresh the server-rendered list when a change arrives. A refresh never wipes a
// comment being typed: while a form is open or focused the page says changes are waiting instead.
(function () {
  'use strict';
  var status = document.getElementById('alert-live');
  if (!status || !window.WebSocket) return;
  var pendingBox = document.getElementById('alert-pending');
  var pending = false, delay = 1000, connectedOnce = false;

  function list() { return document.getElementById('alert-list'); }

  window.sitehubAlertsIdle = function (el) {
    return !el.contains(document.activeElement) && !el.querySelector('details[open]');
  };

  function refresh(force) {
    var l = list();
    if (!l || !window.htmx) return;
    if (force || window.sitehubAlertsIdle(l)) {
      pending = false;
      pendingBox.hidden = true;
      htmx.trigger(l, 'alerts-changed');
    } else {
      pending = true;
      pendingBox.hidden = false;
    }
  }

  function say(state, text) {
    status.dataset.state = state;
    status.textContent = text;
  }

  function connect() {
    var socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/alerts');
    socket.onopen = function () {
      delay = 1000;
      say('on', status.dataset.textOn);
      // After a reconnect, changes may have been missed while the socket was down.
      if (connectedOnce) refresh(false);
      connectedOnce = true;
    };
    socket.onmessage = function (e) {
      var m;
      try { m = JSON.parse(e.data); } catch (err) { return; }
      var site = list() && list().dataset.siteId;
      if (site && m.alert && m.alert.siteId !== site) return;
      status.dataset.events = String(Number(status.dataset.events || '0') + 1);
      if (m.event === 'OPENED') say('on', status.dataset.textNew);
      refresh(false);
    };
    socket.onclose = function () {
      say('off', status.dataset.textOff);
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    };
  }

  document.getElementById('show-pending').addEventListener('click', function () { refresh(true); });
  // Once an acknowledge or resolve went through, the waiting changes can be shown.
  document.body.addEventListener('htmx:afterSwap', function () {
    if (pending) refresh(false);
  });
  connect();
})();
