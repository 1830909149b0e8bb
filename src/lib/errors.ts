/** A problem in a data file, located so that an editor can go straight to it. */
export interface DataError {
  /** Path of the file as the editor knows it, e.g. data/events.csv. */
  file: string;
  /** 1-based physical line where the row starts (1 is the header). */
  line: number;
  /** 1-based position of the column in the header, where one is concerned. */
  column?: number;
  /** Name of the column. */
  field?: string;
  /** The offending value as written in the file. */
  value?: string;
  /** What is wrong, as a predicate of the value: "is not a date that exists". */
  message: string;
  /** What may stand there instead. */
  allowed?: string;
}

/** `data/events.csv:12:3: date "2025-02-30" is not a date that exists; allowed: …` */
export function formatError(error: DataError): string {
  const where = `${error.file}:${error.line}${error.column ? `:${error.column}` : ""}`;
  const what = [error.field, error.value !== undefined ? showValue(error.value) : undefined]
    .filter(Boolean)
    .join(" ");
  const allowed = error.allowed ? `; allowed: ${error.allowed}` : "";
  return `${where}: ${what ? `${what} ` : ""}${error.message}${allowed}`;
}

/**
 * Characters an editor cannot see in a spreadsheet cell: zero-width spaces and joiners, the
 * soft hyphen, a BOM inside the text, direction marks and control characters.
 */
export const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;

/** The value in double quotes with every invisible character written as \uXXXX, e.g. "trump\u200b". */
export function showValue(value: string): string {
  return JSON.stringify(value).replace(
    INVISIBLE,
    (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

export function formatErrors(errors: readonly DataError[]): string {
  const count = `${errors.length} error${errors.length === 1 ? "" : "s"} in the data`;
  return [`${count}:`, ...errors.map((error) => `  ${formatError(error)}`)].join("\n");
}

/** Thrown by the loaders so that the build stops with every message at once. */
export class DataValidationError extends Error {
  constructor(readonly errors: readonly DataError[]) {
    super(formatErrors(errors));
    this.name = "DataValidationError";
  }
}
