// SiteHub portal behaviour: the CSRF header on every htmx request, htmx swapping 4xx form pages
// (validation errors are rendered server-side), and the sensor charts with range picking.
(function () {
  'use strict';
  var csrf = document.querySelector('meta[name="csrf-token"]');
  if (window.htmx) {
    // The content security policy forbids eval: no hx-trigger filters, no js: values.
    htmx.config.allowEval = false;
    htmx.config.responseHandling = [
      { code: '204', swap: false },
      { code: '[23]..', swap: true },
      { code: '4..', swap: true },
      { code: '...', swap: false, error: true }
    ];
    document.addEventListener('htmx:configRequest', function (e) {
      if (csrf && csrf.content) {
        e.detail.headers['X-CSRF-Token'] = csrf.content;
      }
    });
  }

  // Polled fragments skip a refresh while keyboard focus is inside them, so a swap never
  // pulls the focus away from the button someone is about to press.
  window.sitehubIdle = function (el) {
    return !el.contains(document.activeElement);
  };

  // A poll ("every Ns", which has no triggering event) of an element with data-poll-when runs
  // only while the named check says the element is idle. Events (a change pushed by the server)
  // always refresh. This replaces hx-trigger filters, which htmx evaluates with eval.
  document.addEventListener('htmx:confirm', function (e) {
    var el = e.detail.elt;
    if (e.detail.triggeringEvent || !el.hasAttribute('data-poll-when')) return;
    var check = window[el.getAttribute('data-poll-when')];
    if (typeof check === 'function' && !check(el)) e.preventDefault();
  });

  // Raw points for short ranges; server-side buckets (avg) beyond, so a week stays light.
  var RANGES = {
    '15m': { ms: 15 * 60e3, bucket: null },
    '1h': { ms: 3600e3, bucket: '10s' },
    '24h': { ms: 24 * 3600e3, bucket: '5m' },
    '7d': { ms: 7 * 24 * 3600e3, bucket: '1h' }
  };

  function bucketFor(span) {
    if (span <= 30 * 60e3) return null;
    if (span <= 3 * 3600e3) return '10s';
    if (span <= 2 * 24 * 3600e3) return '5m';
    return '1h';
  }

  function load(fig, from, to, bucket) {
    var status = fig.querySelector('.chart-status');
    fig.dataset.state = 'loading';
    var url = fig.dataset.url + '?kind=' + encodeURIComponent(fig.dataset.kind) +
      '&from=' + new Date(from).toISOString() + '&to=' + new Date(to).toISOString() +
      (bucket ? '&bucket=' + bucket + '&format=columns' : '');
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (s) {
        var xs = [], ys = [];
        if (s.t) {
          // Columns (bucketed): uPlot draws epoch seconds and values as they come.
          xs = s.t;
          ys = s.avg;
        } else {
          s.points.forEach(function (p) { xs.push(Date.parse(p.ts) / 1000); ys.push(p.value); });
        }
        draw(fig, xs, ys);
        fig.dataset.points = String(xs.length);
        fig.dataset.state = xs.length ? 'ready' : 'empty';
        status.textContent = xs.length ? '' : fig.dataset.textEmpty;
      })
      .catch(function () {
        fig.dataset.state = 'error';
        status.textContent = fig.dataset.textError;
      });
  }

  function draw(fig, xs, ys) {
    var el = fig.querySelector('.plot');
    if (fig._plot) { fig._plot.destroy(); fig._plot = null; }
    el.textContent = '';
    if (!xs.length || !window.uPlot) return;
    var opts = {
      width: Math.max(200, el.clientWidth),
      height: 200,
      legend: { show: false },
      series: [{}, { label: fig.dataset.kind, stroke: '#0a58a8', width: 2 }],
      axes: [{}, { size: 50 }]
    };
    fig._plot = new uPlot(opts, [xs, ys], el);
  }

  function showRange(key) {
    var r = RANGES[key], now = Date.now();
    document.querySelectorAll('#range [data-range]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.range === key));
    });
    charts().forEach(function (fig) { load(fig, now - r.ms, now + 60e3, r.bucket); });
  }

  function charts() { return Array.prototype.slice.call(document.querySelectorAll('figure.chart')); }

  function init() {
    var form = document.getElementById('range');
    if (!form) return;
    form.querySelectorAll('[data-range]').forEach(function (b) {
      b.addEventListener('click', function () { showRange(b.dataset.range); });
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var from = Date.parse(form.elements.from.value), to = Date.parse(form.elements.to.value);
      var error = document.getElementById('range-error');
      var bad = isNaN(from) || isNaN(to) || from >= to;
      error.hidden = !bad;
      form.elements.from.setAttribute('aria-invalid', String(bad));
      form.elements.to.setAttribute('aria-invalid', String(bad));
      if (bad) return;
      document.querySelectorAll('#range [data-range]').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
      charts().forEach(function (fig) { load(fig, from, to, bucketFor(to - from)); });
    });
    window.addEventListener('resize', function () {
      charts().forEach(function (fig) {
        if (fig._plot) fig._plot.setSize({ width: Math.max(200, fig.querySelector('.plot').clientWidth), height: 200 });
      });
    });
    showRange('15m');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
