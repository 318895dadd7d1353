// A small JSON reader that keeps where every value sits in the text, so configuration errors can name
// a line and column and "teach" fixes can edit the file in place. Accepts comments and trailing commas,
// as users of `cspell.json` and `settings.json` expect.

export type JsonNode =
  | { kind: 'object'; start: number; end: number; properties: JsonProperty[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'number'; start: number; end: number; value: number }
  | { kind: 'boolean'; start: number; end: number; value: boolean }
  | { kind: 'null'; start: number; end: number };

export interface JsonProperty {
  key: string;
  keyStart: number;
  value: JsonNode;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Parses JSON (with comments) into a tree with offsets; throws JsonSyntaxError with the offset. */
export function parseJsonTree(text: string): JsonNode {
  const reader = new Reader(text);
  reader.skipBlank();
  const node = reader.value();
  reader.skipBlank();
  if (reader.at < text.length) throw new JsonSyntaxError('unexpected text after the closing bracket', reader.at);
  return node;
}

/** Plain JavaScript value of a tree. */
export function plainValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.properties.map((p) => [p.key, plainValue(p.value)]));
    case 'array':
      return node.items.map(plainValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/**
 * Deeper nesting is refused rather than read: the reader recurses once per level, and no config or
 * annotation file needs more than a handful.
 */
export const MAX_JSON_DEPTH = 256;

class Reader {
  at = 0;
  private depth = 0;
  constructor(private readonly text: string) {}

  skipBlank(): void {
    const text = this.text;
    while (this.at < text.length) {
      const c = text[this.at];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') this.at++;
      else if (c === '/' && text[this.at + 1] === '/') {
        const newline = text.indexOf('\n', this.at);
        this.at = newline < 0 ? text.length : newline + 1;
      } else if (c === '/' && text[this.at + 1] === '*') {
        const close = text.indexOf('*/', this.at + 2);
        if (close < 0) throw new JsonSyntaxError('unterminated comment', this.at);
        this.at = close + 2;
      } else break;
    }
  }

  value(): JsonNode {
    const c = this.text[this.at];
    if (c === '{' || c === '[') {
      if (this.depth === MAX_JSON_DEPTH) throw new JsonSyntaxError(`nested deeper than ${MAX_JSON_DEPTH} levels`, this.at);
      this.depth++;
      const node = c === '{' ? this.object() : this.array();
      this.depth--;
      return node;
    }
    if (c === '"') {
      const start = this.at;
      const value = this.string();
      return { kind: 'string', start, end: this.at, value };
    }
    const word = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.at, this.at + 40));
    if (!word) {
      throw new JsonSyntaxError(c === undefined ? 'unexpected end of file' : `unexpected character '${c}'`, this.at);
    }
    const start = this.at;
    this.at += word[0].length;
    if (word[0] === 'null') return { kind: 'null', start, end: this.at };
    if (word[0] === 'true' || word[0] === 'false') return { kind: 'boolean', start, end: this.at, value: word[0] === 'true' };
    return { kind: 'number', start, end: this.at, value: Number(word[0]) };
  }

  private object(): JsonNode {
    const start = this.at++;
    const properties: JsonProperty[] = [];
    for (;;) {
      this.skipBlank();
      if (this.text[this.at] === '}') break;
      if (this.text[this.at] !== '"') throw new JsonSyntaxError('expected a property name in double quotes', this.at);
      const keyStart = this.at;
      const key = this.string();
      this.skipBlank();
      if (this.text[this.at] !== ':') throw new JsonSyntaxError(`expected ':' after "${key}"`, this.at);
      this.at++;
      this.skipBlank();
      properties.push({ key, keyStart, value: this.value() });
      this.skipBlank();
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== '}') throw new JsonSyntaxError("expected ',' or '}'", this.at);
    }
    this.at++;
    return { kind: 'object', start, end: this.at, properties };
  }

  private array(): JsonNode {
    const start = this.at++;
    const items: JsonNode[] = [];
    for (;;) {
      this.skipBlank();
      if (this.text[this.at] === ']') break;
      items.push(this.value());
      this.skipBlank();
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== ']') throw new JsonSyntaxError("expected ',' or ']'", this.at);
    }
    this.at++;
    return { kind: 'array', start, end: this.at, items };
  }

  private string(): string {
    const start = this.at;
    let close = this.at + 1;
    for (; close < this.text.length; close++) {
      const c = this.text[close];
      if (c === '\\') close++;
      else if (c === '"') break;
      else if (c === '\n') throw new JsonSyntaxError('unterminated string', start);
    }
    if (close >= this.text.length) throw new JsonSyntaxError('unterminated string', start);
    this.at = close + 1;
    try {
      return JSON.parse(this.text.slice(start, close + 1)) as string;
    } catch {
      throw new JsonSyntaxError('invalid escape in string', start);
    }
  }
}

/** 0-based line and character of an offset. */
export function lineAndCharacter(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}
