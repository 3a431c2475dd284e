// Browser tests import stylesheets (Vite handles them); the type-check needs to know they exist.
declare module '*.css';
