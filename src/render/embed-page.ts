/**
 * The chart pages for other sites' iframes (/embed/calls.html, /en/embed/calls.html,
 * …): one template for every chart and language, written at build time by the
 * parameterized page loaders src/embed/[chart].md.ts and src/en/embed/[chart].md.ts.
 */
import type { Lang } from "../lib/format.js";
import { CHARTS, EMBED_CHARTS, type EmbedChart } from "../lib/charts.js";
import { MESSAGES } from "../lib/i18n/index.js";
import { langRoot, sourcesPage, up } from "../lib/links.js";

export { EMBED_CHARTS, type EmbedChart };

/** The embed's path from the site's root: embed/calls (German), en/embed/calls (English). */
export const embedPath = (chart: EmbedChart, lang: Lang) => `${langRoot(lang)}embed/${chart}`;

export function embedPage(chart: string | undefined, lang: Lang): string {
  if (!EMBED_CHARTS.includes(chart as EmbedChart))
    throw new Error(`unknown embed ${chart}; expected one of ${EMBED_CHARTS.join(", ")}`);
  const name = chart as EmbedChart;
  const words = MESSAGES[lang].embed;
  const root = up(lang, "embed/");
  const { component, title } = CHARTS[name];
  return `---
title: "${title(lang)} – ${MESSAGES[lang].story.series}"
toc: false
sidebar: false
pager: false
header: false
footer: false
style: ${root}embed/embed.css
---

\`\`\`js
import {${component}} from "${root}components/${component}.js";
import {embedFrame} from "${root}embed/frame.js";

embedFrame({story: "../", sources: "${sourcesPage(lang)}"});
const story = await FileAttachment("${root}data/story-${lang}.json").json();
\`\`\`

<div class="embed-chart">\${resize((width) => ${component}(story, {width, lang: "${lang}"}))}</div>

<p class="embed-credit">${words.credit} <a href="../" target="_top">${words.back}</a></p>
`;
}
