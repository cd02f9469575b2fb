/** Set by vite.config.ts: identifies the build the learner runs. */
declare const __BUILD_ID__: string;
