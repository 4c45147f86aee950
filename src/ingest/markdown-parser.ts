import type { Root } from 'mdast';

type Parser = (text: string) => Root;

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/** Recently parsed texts: a Markdown input is read for facts and again for its fenced drafts. */
const recent = new Map<string, Root>();
const RECENT_CHARS = 256 * 1024;
let recentChars = 0;

/** Loads the Markdown parser (CommonMark + GFM) once per process, and only when Markdown is to be read. */
export function loadMarkdownParser(): Promise<void> {
  loading ??= Promise.all([import('mdast-util-from-markdown'), import('mdast-util-gfm'), import('micromark-extension-gfm')]).then(
    ([{ fromMarkdown }, { gfmFromMarkdown }, { gfm }]) => {
      parser = (text) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    },
  );
  return loading;
}

/** Parses Markdown (CommonMark + GFM) into an mdast tree, shared and never to be changed. Call `loadMarkdownParser()` first. */
export function parseMarkdown(text: string): Root {
  if (!parser) throw new Error('the Markdown parser is not loaded: call loadMarkdownParser() first');
  const known = recent.get(text);
  if (known) return known;
  const tree = parser(text);
  if (text.length <= RECENT_CHARS) {
    for (const [t] of recent) {
      if (recentChars + text.length <= RECENT_CHARS) break;
      recent.delete(t);
      recentChars -= t.length;
    }
    recent.set(text, tree);
    recentChars += text.length;
  }
  return tree;
}
