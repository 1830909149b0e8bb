/**
 * Fills the story's page templates (story/*.md) at build time: each
 * {{name}} becomes a value computed from the data, so that the published text
 * holds the facts even where no script runs. An unknown name stops the build.
 */
export function fillTemplate(template: string, values: Record<string, string>, file: string): string {
  const unknown: string[] = [];
  const filled = template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    if (name in values) return values[name];
    unknown.push(name);
    return "";
  });
  if (unknown.length > 0) {
    throw new Error(
      `${file}: unknown placeholder${unknown.length > 1 ? "s" : ""} ${unknown.map((name) => `{{${name}}}`).join(", ")}; allowed: ${Object.keys(
        values,
      )
        .map((name) => `{{${name}}}`)
        .join(", ")}`,
    );
  }
  return filled;
}

/** Framework reads ${…} in Markdown and HTML as code; text from data must not become code. */
export function escapeForMarkdown(html: string): string {
  return html.replace(/\$\{/g, "&#36;{");
}
