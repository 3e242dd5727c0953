// The charts' colours and target lines, apart from ui.js (which needs a page) so that the web
// build can draw the default chart in Node (build.mjs, views/year_option.js).
export const COLORS = { bar: '#1f4e96', estimate: '#9db4d8', us: '#b5342c', rest: '#1f4e96', line: '#222',
  baseline: '#8a94a3' };
export const TARGET_LINES = [2, 3.5, 5];
