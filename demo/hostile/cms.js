// The CMS's own script: a legacy AMD loader stub and a prototype extension, as old CMS plugins still ship.
// Biebkit is an ES module and must not care.
window.define = function define() {
  throw new Error('cms.js: AMD define() called by a widget');
};
window.define.amd = { jQuery: true };
Object.defineProperty(Array.prototype, 'cmsContains', {
  value(item) {
    return this.indexOf(item) !== -1;
  },
  enumerable: true,
  configurable: true,
  writable: true,
});
document.documentElement.classList.add('cms-js');
