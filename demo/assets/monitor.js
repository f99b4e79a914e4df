// Records what goes wrong on a demo page: Content-Security-Policy violations, uncaught errors, rejected
// promises and console.error calls. Loaded first, as a classic script, so it sees everything the page does.
// The browser tests read window.__demoMonitor; on pages with an element #demo-monitor it also shows a
// running tally, so a visitor can see that strict CSP holds.
(function () {
  'use strict';
  var log = { violations: [], errors: [] };
  Object.defineProperty(window, '__demoMonitor', { value: log });

  function show() {
    var out = document.getElementById('demo-monitor');
    if (!out) return;
    var v = log.violations.length;
    var e = log.errors.length;
    out.textContent =
      'Content-Security-Policy: ' + v + (v === 1 ? ' overtreding' : ' overtredingen') +
      ' · fouten in de console: ' + e +
      (v ? ' (' + log.violations.map(function (x) { return x.directive + ' ' + x.blocked; }).join(', ') + ')' : '') +
      (e ? ' (' + log.errors.join(' | ') + ')' : '');
    out.setAttribute('data-violations', String(v));
    out.setAttribute('data-errors', String(e));
  }

  document.addEventListener('securitypolicyviolation', function (event) {
    log.violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI || '(inline)',
      sample: event.sample || '',
      source: (event.sourceFile || '') + ':' + (event.lineNumber || 0),
    });
    show();
  });
  window.addEventListener('error', function (event) {
    log.errors.push('error: ' + (event.message || (event.error && event.error.message) || 'resource ' + (event.target && (event.target.src || event.target.href))));
    show();
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    log.errors.push('unhandled rejection: ' + (reason && reason.message ? reason.message : String(reason)));
    show();
  });
  var original = console.error;
  console.error = function () {
    var parts = [];
    for (var i = 0; i < arguments.length; i++) parts.push(String(arguments[i] && arguments[i].message ? arguments[i].message : arguments[i]));
    log.errors.push('console.error: ' + parts.join(' '));
    show();
    return original.apply(console, arguments);
  };
  document.addEventListener('DOMContentLoaded', show);
})();
