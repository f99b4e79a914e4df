// A plain Vite app with two pages: every element, and one element alone (to see what tree-shaking leaves).
export default {
  base: './',
  logLevel: 'warn',
  build: { rollupOptions: { input: ['index.html', 'pick.html'] } },
};
