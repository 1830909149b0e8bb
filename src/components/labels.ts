/**
 * Words of the charts in each language, handed out as before (LABELS[lang].sources);
 * they live in each language's one dictionary, src/lib/i18n/<lang>.ts (`chart`).
 * The data brings its own text.
 */
import { MESSAGES, type ChartWords, type Lang } from "../lib/i18n/index.js";

export type Labels = ChartWords;

export const LABELS: Record<Lang, Labels> = { de: MESSAGES.de.chart, en: MESSAGES.en.chart };
