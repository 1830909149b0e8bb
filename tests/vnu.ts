/**
 * The W3C Nu HTML Checker (npm vnu-jar) on HTML files, in one Java run for all
 * of them. Java is looked for at $JAVA, then on PATH; without it the checks are
 * skipped loudly, and fail under CI (.ci/run installs default-jre-headless).
 */
import { execFile, execFileSync } from "node:child_process";
import { createRequire } from "node:module";

export interface NuMessage {
  file: string;
  type: string;
  message: string;
  extract?: string;
  line?: number;
}

const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));
const java = process.env.JAVA ?? "java";

/** Whether Java runs; prints why not, and throws under CI. */
export function javaAvailable(): boolean {
  try {
    execFileSync(java, ["-version"], { stdio: "ignore" });
    return true;
  } catch {
    const message = `No Java found (${java}); install it with 'apt-get install -y default-jre-headless' or set JAVA.`;
    if (process.env.CI) throw new Error(`${message} CI must run the Nu HTML Checker.`);
    console.warn(`\n*** NU HTML CHECKER SKIPPED: ${message} ***\n`);
    return false;
  }
}

/**
 * What the checker's CSS grammar does not know yet, though every browser the story targets does:
 * container queries and paint-order. It reads each page's stylesheet since the build puts it into
 * the page (it never read a linked one); every other CSS error it finds still counts.
 */
const CSS_UNKNOWN_TO_CHECKER = [
  /^CSS: Unrecognized at-rule “@container”/,
  /^CSS: “container-type”: Property “container-type” doesn't exist\./,
  /^CSS: “paint-order”: Property “paint-order” doesn't exist\./,
];

/** The checker's errors (not warnings) in each file; files without errors are absent. */
export async function nuErrors(files: string[]): Promise<NuMessage[]> {
  const output = await new Promise<string>((resolve, reject) =>
    execFile(
      java,
      [
        "-Xss1024k",
        "-jar",
        vnuJar,
        "--format",
        "json",
        "--stdout",
        "--exit-zero-always",
        "--errors-only",
        ...files,
      ],
      { maxBuffer: 1 << 26 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
    ),
  );
  const { messages } = JSON.parse(output) as {
    messages: {
      url: string;
      type: string;
      subType?: string;
      message: string;
      extract?: string;
      lastLine?: number;
    }[];
  };
  return messages
    .filter((message) => message.type === "error" || message.subType === "fatal")
    .filter((message) => !CSS_UNKNOWN_TO_CHECKER.some((known) => known.test(message.message)))
    .map((message) => ({
      file: decodeURIComponent(message.url.replace(/^file:/, "")),
      type: message.type,
      message: message.message,
      extract: message.extract,
      line: message.lastLine,
    }));
}
