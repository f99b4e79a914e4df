// Stylesheets are Vite's to resolve (tsc checks every other side-effect import: each entry of the package).
declare module '*.css';
