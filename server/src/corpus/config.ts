// `.crosscheck.json`: reading it into a CollectionConfig with errors that name the place, and
// writing what a "teach" quick fix learned back into the user's text without reformatting it.
import { parseDay } from '../core/dates/calendar';
import type { EntityType } from '../core/types';
import { JsonNode, JsonSyntaxError, lineAndCharacter, parseJsonTree } from './jsonTree';
import type { CollectionConfig, ConfigTeaching } from './types';

export function defaultConfig(): CollectionConfig {
  return {
    articles: ['**/*.txt', '**/*.md'],
    exclude: [],
    published: textKeyed(),
    outlets: textKeyed(),
    aliases: textKeyed(),
    notSame: [],
    entityTypes: textKeyed(),
    ignore: [],
  };
}

/** A table keyed by names and paths from the user's file: it inherits nothing, so "constructor" is just a key. */
export function textKeyed<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The entry the table itself holds for `key`: never one inherited from `Object.prototype`. */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export interface ConfigError {
  message: string;
  /** Offset into the config text, with its 0-based line and character, when the problem has a place. */
  offset?: number;
  line?: number;
  character?: number;
}

/** A usable config comes with the JSON tree it was read from (null for an empty file), for readers of more keys. */
export type ConfigResult = { ok: true; config: CollectionConfig; tree: JsonNode | null } | { ok: false; error: ConfigError };

const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'place'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

class ShapeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Parses the text of `.crosscheck.json`. Empty text means all defaults. Never throws. */
export function parseConfig(text: string): ConfigResult {
  if (text.trim() === '') return { ok: true, config: defaultConfig(), tree: null };
  try {
    const tree = parseJsonTree(text);
    return { ok: true, config: configOf(tree), tree };
  } catch (e) {
    if (e instanceof JsonSyntaxError || e instanceof ShapeError) {
      const prefix = e instanceof JsonSyntaxError ? 'malformed JSON: ' : '';
      return { ok: false, error: { message: prefix + e.message, offset: e.offset, ...lineAndCharacter(text, e.offset) } };
    }
    return { ok: false, error: { message: String(e) } };
  }
}

function configOf(root: JsonNode): CollectionConfig {
  if (root.kind !== 'object') throw new ShapeError('the configuration must be a JSON object', root.start);
  const config = defaultConfig();
  for (const { key, value } of root.properties) {
    switch (key) {
      case 'articles':
        config.articles = stringList(value, key);
        break;
      case 'exclude':
        config.exclude = stringList(value, key);
        break;
      case 'ignore':
        config.ignore = stringList(value, key);
        break;
      case 'published':
        config.published = stringMap(value, key, (v, node) => {
          if (!DATE.test(v)) throw new ShapeError(`"published" dates must be YYYY-MM-DD, not "${v}"`, node.start);
          if (!parseDay(v)) throw new ShapeError(`"published" date "${v}" is not a day of the calendar`, node.start);
        });
        break;
      case 'outlets':
        config.outlets = stringMap(value, key);
        break;
      case 'entityTypes':
        config.entityTypes = stringMap(value, key, (v, node) => {
          if (!ENTITY_TYPES.includes(v as EntityType)) {
            throw new ShapeError(`"entityTypes" values must be one of ${ENTITY_TYPES.join(', ')}, not "${v}"`, node.start);
          }
        }) as Record<string, EntityType>;
        break;
      case 'aliases':
        config.aliases = aliasesOf(value);
        break;
      case 'notSame':
        config.notSame = notSameOf(value);
        break;
      default:
        // Unknown keys are tolerated so that newer files still load in older versions.
        break;
    }
  }
  return config;
}

function stringList(node: JsonNode, key: string): string[] {
  if (node.kind !== 'array') throw new ShapeError(`"${key}" must be an array of strings`, node.start);
  return node.items.map((item) => {
    if (item.kind !== 'string') throw new ShapeError(`"${key}" must contain only strings`, item.start);
    return item.value;
  });
}

function stringMap(node: JsonNode, key: string, check?: (value: string, node: JsonNode) => void): Record<string, string> {
  if (node.kind !== 'object') throw new ShapeError(`"${key}" must be an object of strings`, node.start);
  const map = textKeyed<string>();
  for (const p of node.properties) {
    if (p.value.kind !== 'string') throw new ShapeError(`"${key}"."${p.key}" must be a string`, p.value.start);
    check?.(p.value.value, p.value);
    map[p.key] = p.value.value;
  }
  return map;
}

function aliasesOf(node: JsonNode): Record<string, string[]> {
  if (node.kind !== 'object') throw new ShapeError('"aliases" must map each name to an array of other spellings', node.start);
  const aliases = textKeyed<string[]>();
  for (const p of node.properties) aliases[p.key] = stringList(p.value, `aliases"."${p.key}`);
  return aliases;
}

function notSameOf(node: JsonNode): [string, string][] {
  if (node.kind !== 'array') throw new ShapeError('"notSame" must be an array of name pairs', node.start);
  return node.items.map((pair) => {
    const names = pair.kind === 'array' ? stringList(pair, 'notSame') : [];
    if (names.length !== 2) throw new ShapeError('each "notSame" entry must be a pair of two names', pair.start);
    return [names[0]!, names[1]!];
  });
}

/**
 * Returns the config text with the teaching added: the value is inserted into the existing key when
 * there is one, keeping the user's comments, order and indentation. Unreadable text is left alone
 * (returned unchanged) so a fix never destroys a file the user is editing.
 */
export function applyTeaching(text: string, teaching: ConfigTeaching): string {
  if (text.trim() === '') text = '{\n}\n';
  const parsed = parseConfig(text);
  if (!parsed.ok) return text;
  const root = parseJsonTree(text);
  if (root.kind !== 'object') return text;
  const config = parsed.config;

  if ('ignore' in teaching) {
    if (config.ignore.includes(teaching.ignore)) return text;
    return appendToArrayProperty(text, root, 'ignore', JSON.stringify(teaching.ignore));
  }
  if ('published' in teaching) {
    const { path, date } = teaching.published;
    if (config.published[path] !== undefined) return text;
    const publishedNode = root.properties.find((p) => p.key === 'published')?.value;
    if (publishedNode?.kind === 'object') return insertMember(text, publishedNode, `${JSON.stringify(path)}: ${JSON.stringify(date)}`);
    return insertMember(text, root, `"published": { ${JSON.stringify(path)}: ${JSON.stringify(date)} }`);
  }
  if ('notSame' in teaching) {
    const [a, b] = teaching.notSame;
    if (config.notSame.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) return text;
    return appendToArrayProperty(text, root, 'notSame', JSON.stringify([a, b]));
  }
  const { name, alias } = teaching.alias;
  if ((ownEntry(config.aliases, name) ?? []).includes(alias)) return text;
  const aliasesNode = root.properties.find((p) => p.key === 'aliases')?.value;
  if (aliasesNode?.kind === 'object') {
    const existing = aliasesNode.properties.find((p) => p.key === name)?.value;
    if (existing?.kind === 'array') return insertMember(text, existing, JSON.stringify(alias));
    return insertMember(text, aliasesNode, `${JSON.stringify(name)}: [${JSON.stringify(alias)}]`);
  }
  return insertMember(text, root, `"aliases": { ${JSON.stringify(name)}: [${JSON.stringify(alias)}] }`);
}

function appendToArrayProperty(text: string, root: JsonNode & { kind: 'object' }, key: string, item: string): string {
  const node = root.properties.find((p) => p.key === key)?.value;
  if (node?.kind === 'array') return insertMember(text, node, item);
  return insertMember(text, root, `${JSON.stringify(key)}: [${item}]`);
}

/** Inserts a member after the container's last member, in the container's own layout. */
function insertMember(text: string, container: JsonNode, member: string): string {
  const members = container.kind === 'object' ? container.properties.map((p) => p.value) : container.kind === 'array' ? container.items : [];
  const close = container.end - 1;
  const last = members[members.length - 1];
  const multiline = text.slice(container.start, container.end).includes('\n');
  if (!last) {
    if (!multiline) return text.slice(0, close) + member + text.slice(close);
    const indent = indentOfLine(text, container.start) + '  ';
    return text.slice(0, container.start + 1) + '\n' + indent + member + text.slice(container.start + 1).replace(/^[ \t]*\n?/, '\n');
  }
  if (!multiline) return text.slice(0, last.end) + ', ' + member + text.slice(last.end);
  const firstMemberStart = container.kind === 'object' ? container.properties[0]!.keyStart : members[0]!.start;
  const indent = indentOfLine(text, firstMemberStart);
  const sameLine = !text.slice(container.start, firstMemberStart).includes('\n');
  return text.slice(0, last.end) + ',' + (sameLine ? ' ' : '\n' + indent) + member + text.slice(last.end);
}

function indentOfLine(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const match = /^[ \t]*/.exec(text.slice(lineStart, offset));
  return match ? match[0] : '';
}
