import { createRequire } from 'node:module';

// linkedom is loaded on the first HTML page, not at start-up: most runs read plain text.
const require = createRequire(import.meta.url);
let linkedom: typeof import('linkedom') | null = null;
const parseHTML = (html: string) => (linkedom ??= require('linkedom') as typeof import('linkedom')).parseHTML(html);

/** The slice of the DOM this module reads; linkedom's nodes provide it. */
export interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  localName?: string;
  previousElementSibling?: DomNode | null;
  outerHTML?: string;
  textContent?: string | null;
  isConnected?: boolean;
  getAttribute?(name: string): string | null;
  hasAttribute?(name: string): boolean;
  remove?(): void;
}

export interface DomDocument {
  documentElement: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  body: DomNode | null;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

export const ELEMENT = 1;
export const TEXT = 3;
export const CDATA = 4;

const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'base', 'style']);

/**
 * linkedom builds no implied <html>/<head>/<body> (a fragment like "<p>…</p>" becomes the
 * root itself), but Readability needs them. Pages that lack them are rebuilt as a
 * complete document; well-formed pages are used as parsed.
 */
export function parseDocument(raw: string): DomDocument {
  const { document } = parseHTML(raw) as unknown as { document: DomDocument };
  const root = document.documentElement;
  if (root !== null && root.localName === 'html' && hasChild(root, 'head') && hasChild(root, 'body')) return document;

  const top = root !== null && root.localName === 'html' ? root.childNodes : document.childNodes;
  let head = '';
  let body = '';
  for (const node of Array.from(top)) {
    if (node.nodeType === ELEMENT) {
      const name = node.localName ?? '';
      if (name === 'head' || HEAD_ELEMENTS.has(name)) head += name === 'head' ? innerHtml(node) : (node.outerHTML ?? '');
      else body += name === 'body' ? innerHtml(node) : (node.outerHTML ?? '');
    } else if (node.nodeType === TEXT || node.nodeType === CDATA) {
      body += escapeText(node.nodeValue ?? '');
    }
  }
  return (parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`) as unknown as { document: DomDocument }).document;
}

function hasChild(node: DomNode, name: string): boolean {
  return Array.from(node.childNodes).some((c) => c.nodeType === ELEMENT && c.localName === name);
}

function innerHtml(node: DomNode): string {
  return Array.from(node.childNodes)
    .map((c) => (c.nodeType === ELEMENT ? (c.outerHTML ?? '') : c.nodeType === TEXT ? escapeText(c.nodeValue ?? '') : ''))
    .join('');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ASCII_SPACE = /[ \t\n\r\f]+/g;

/** HTML's whitespace collapsing: runs of ASCII whitespace → one space; NBSP stays. */
export function collapseSpaces(text: string): string {
  return text.replace(ASCII_SPACE, ' ').trim();
}

/**
 * The deepest element nesting, walked without recursion. Readability's cost grows
 * steeply with depth and linkedom's own recursion overflows the stack on extreme pages.
 */
export function treeDepth(root: DomNode): number {
  let max = 0;
  const stack: Array<[DomNode, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i]!.nodeType === ELEMENT) stack.push([children[i]!, depth + 1]);
  }
  return max;
}
