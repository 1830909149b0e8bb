/**
 * The chart pages for other sites' iframes (/embed/calls.html, /en/embed/calls.html,
 * …): one template for every chart and language, written at build time by the
 * parameterized page loaders src/embed/[chart].md.ts and src/en/embed/[chart].md.ts.
 */
import type { Lang } from "../lib/format.js";
import { EMBED_CHARTS, type EmbedChart } from "../lib/charts.js";
import { langRoot, SOURCES_PAGE, up } from "../lib/links.js";

export { EMBED_CHARTS, type EmbedChart };

const COMPONENTS: Record<EmbedChart, string> = {
  calls: "CallsChart",
  deliveries: "DeliveriesChart",
  positions: "PositionsChart",
};

const WORDS = {
  de: {
    titles: {
      calls: "Trumps Telefonate und Treffen mit Putin und Selenskyj",
      deliveries: "Wann die USA Waffenlieferungen an die Ukraine stoppten",
      positions: "Wer was wann sagte",
    },
    story: "Telefonate, Waffen, Positionen",
    credit: "Aus der Datenrecherche „Telefonate, Waffen, Positionen“ –",
    back: "zur Geschichte",
  },
  en: {
    titles: {
      calls: "Trump’s calls and meetings with Putin and Zelensky",
      deliveries: "When the US halted weapons deliveries to Ukraine",
      positions: "Who said what, when",
    },
    story: "Calls, weapons, positions",
    credit: "From the data investigation “Calls, weapons, positions” –",
    back: "read the story",
  },
};

/** The embed's path from the site's root: embed/calls (German), en/embed/calls (English). */
export const embedPath = (chart: EmbedChart, lang: Lang) => `${langRoot(lang)}embed/${chart}`;

export function embedPage(chart: string | undefined, lang: Lang): string {
  if (!EMBED_CHARTS.includes(chart as EmbedChart))
    throw new Error(`unknown embed ${chart}; expected one of ${EMBED_CHARTS.join(", ")}`);
  const name = chart as EmbedChart;
  const words = WORDS[lang];
  const root = up(lang, "embed/");
  const component = COMPONENTS[name];
  return `---
title: "${words.titles[name]} – ${words.story}"
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

embedFrame({story: "../", sources: "${SOURCES_PAGE[lang]}"});
const story = await FileAttachment("${root}data/story-${lang}.json").json();
\`\`\`

<div class="embed-chart">\${resize((width) => ${component}(story, {width, lang: "${lang}"}))}</div>

<p class="embed-credit">${words.credit} <a href="../" target="_top">${words.back}</a></p>
`;
}
