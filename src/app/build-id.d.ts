/** Set by vite.config.ts: identifies the build the learner runs. */
declare const __BUILD_ID__: string;
/** Set by vite.config.ts from SENTINELLE_XAPI_BASE: the https base of xAPI activity ids. */
declare const __XAPI_BASE__: string;
/** Set by vite.config.ts: true in the LMS packages' build (`npm run package`: no service worker, relative addresses). */
declare const __LMS_PACKAGE__: boolean;
