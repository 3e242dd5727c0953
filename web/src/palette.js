// The charts' colours and target lines, apart from ui.js (which needs a page) so that the web
// build can draw the default chart in Node (build.mjs, views/year_option.js).
export const COLORS = { bar: '#1f4e96', estimate: '#9db4d8', us: '#b5342c', rest: '#1f4e96', line: '#222',
  baseline: '#8a94a3' };
// The guidelines in % of GDP: 2% (Wales 2014) and 3.5% of core defence by 2035 (The Hague
// 2025) are core/target_rule.cpp's guidelines(), which the report's JSON lists (a browser test
// holds them equal); 5% is The Hague's total, that 3.5% and 1.5% of related spending.
export const GUIDELINE_PCT = { floor: 2, core: 3.5, total: 5 };
export const TARGET_LINES = [GUIDELINE_PCT.floor, GUIDELINE_PCT.core, GUIDELINE_PCT.total];
