/**
 * Words of the charts in each language, handed out as before (LABELS[lang].sources);
 * they live in each language's one dictionary, src/lib/i18n/<lang>.ts (`chart`).
 * The data brings its own text.
 */
import { LANGS, MESSAGES, type ChartWords, type Lang } from "../lib/i18n/index.js";

export type Labels = ChartWords;

export const LABELS = Object.fromEntries(
  LANGS.map((lang): [Lang, Labels] => [lang, MESSAGES[lang].chart]),
) as Record<Lang, Labels>;
