// The demo-district generator (演示数据生成器): a synthetic subdistrict in the
// import formats of docs/data-formats.md, with a truth file for eval.
export { generateDemo, type DemoSummary } from './generate.ts';
export { DEMO_DEFAULTS, type DemoOptions } from './options.ts';
export { formatSummary } from './summary.ts';
export { DEFAULT_WORLD, defineWorld, type World } from './world.ts';
export { WORLDS, worldNamed, type NamedWorld, type WorldRole } from './worlds.ts';
