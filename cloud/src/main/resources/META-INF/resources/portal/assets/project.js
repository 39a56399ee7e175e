// Project messages: the project's live feed announces each new message, and the list reloads
// through htmx (which also polls as a fallback when the socket is closed).
(function () {
  'use strict';
  function connect(list) {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(scheme + location.host + list.dataset.live);
    socket.onmessage = function () {
      if (window.htmx) htmx.trigger(document.body, 'messages-changed');
    };
    socket.onclose = function () { setTimeout(function () { connect(list); }, 5000); };
  }
  function init() {
    var list = document.getElementById('message-list');
    if (list && list.dataset.live && window.WebSocket) connect(list);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
