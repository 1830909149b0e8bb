/** The built site for a block of browser tests (vitest hooks; the harness itself stays free of vitest for the benches). */
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { ensureBuild } from "../build-once.js";
import { launch, serveDist } from "./harness.js";

export interface Site {
  browser: Browser;
  /** http://127.0.0.1:port */
  origin: string;
  /** The site's root URL, under the publisher's sub-path. */
  url: string;
}

/** Builds dist/ once per run, serves it and launches Chromium before the enclosing block's tests; closes both after them. */
export function servedSite(): Site {
  const site = {} as Site & { server?: Server };
  beforeAll(async () => {
    ensureBuild();
    Object.assign(site, await serveDist());
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}
