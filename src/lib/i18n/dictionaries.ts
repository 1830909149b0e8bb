/**
 * Every language's dictionary, one export per language and line. A page's bundle keeps only
 * the line of its own language (scripts/bundle.ts), so that a reader loads one dictionary.
 */
export { de } from "./de.js";
export { en } from "./en.js";
