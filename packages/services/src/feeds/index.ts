export { scanInbox, ensureInbox, type InboxScan, type FeedFileOutcome } from './scan-inbox.ts';
export { DEFAULT_SOURCES, tableOfSource, isFeedFile } from './sources.ts';
export { getFreshness, type Freshness, type FeedFreshness } from './freshness.ts';
