// A React 19 app: Vite's own JSX transform (automatic runtime), no plugin needed to build.
export default { base: './', logLevel: 'warn' };
