// For the page around Biebkit iframe embeds (biebkit publish: embed/<element>.html), if it may run one script:
// keeps each iframe as tall as its content, and tells it the colour scheme the page uses. Load it once:
//   <script src="…/embed/resize.js" integrity="sha384-…" crossorigin="anonymous" async></script>
// Only iframes marked data-biebkit are spoken to; a height is taken only from the iframe that sent it.
(function () {
  if (window.__biebkitResize) return;
  window.__biebkitResize = true;
  var frames = function () {
    return document.querySelectorAll('iframe[data-biebkit]');
  };
  // The scheme an iframe should follow: what the page around it allows (its color-scheme), then the visitor's.
  var scheme = function (frame) {
    var allowed = getComputedStyle(frame).colorScheme || 'normal';
    if (allowed.indexOf('dark') === -1) return 'light';
    if (allowed.indexOf('light') === -1) return 'dark';
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  };
  var greet = function (frame) {
    if (!frame.contentWindow) return;
    frame.contentWindow.postMessage({ type: 'biebkit:color-scheme', value: scheme(frame) }, '*');
    frame.contentWindow.postMessage({ type: 'biebkit:hello' }, '*');
  };
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'biebkit:resize' || !(data.height > 0)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === event.source) list[i].style.height = Math.ceil(data.height) + 'px';
    }
  });
  var known = new WeakSet();
  var greetAll = function () {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      greet(list[i]);
      if (known.has(list[i])) continue;
      known.add(list[i]);
      list[i].addEventListener('load', function (event) {
        greet(event.target);
      });
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', greetAll);
  else greetAll();
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', greetAll);
})();
