/** The parameters Framework hands a parameterised data loader (`story-[lang].json.ts` gets --lang=de). Node only. */
import { parseArgs } from "node:util";
import { isLang, LANGS, type Lang } from "./i18n/index.js";

/** A route parameter's value; unknown options are an error. */
export function routeParam(name: string): string | undefined {
  const { values } = parseArgs({ options: { [name]: { type: "string" } }, strict: true });
  return values[name] as string | undefined;
}

/** The language a route is built for; any other value stops the build. */
export function langParam(value = routeParam("lang")): Lang {
  if (!isLang(value)) throw new Error(`unknown language ${value}; expected one of ${LANGS.join(", ")}`);
  return value;
}
