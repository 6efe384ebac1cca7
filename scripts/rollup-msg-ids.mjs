/**
 * Short message ids in the built files. In the source and in xliff/ every
 * message keeps its readable id (`condition.perthes.symptom.painful-hip`); in
 * dist/ each message is a number, its index in one list: the bundle's
 * `msg(…, { id })` calls carry the number, and each locale module's
 * `templates` is an array in that order instead of an object keyed by the long
 * ids (@lit/localize looks a translation up as `templates[id]`, which works for
 * both). `desc` (a note for translators) is dropped from the bundle. The list
 * is the sorted `trans-unit` ids of xliff/*.xlf, the same for every build.
 *
 * Every msg() call must have a literal `id`: without one, @lit/localize would
 * derive an id by hashing the text at run time, which the bundle does not carry
 * (see `noMsgIdHashing`). The build fails on such a call.
 */
import MagicString from 'magic-string';
import { readFileSync, readdirSync } from 'node:fs';

/** readable id → index, from the xliff files. */
export function messageIdMap(xliffDir = 'xliff') {
  const ids = new Set();
  for (const file of readdirSync(xliffDir).filter((name) => name.endsWith('.xlf'))) {
    for (const match of readFileSync(`${xliffDir}/${file}`, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)) ids.add(match[1]);
  }
  return new Map([...ids].sort().map((id, index) => [id, index]));
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

const keyName = (property) => (property.key.type === 'Identifier' ? property.key.name : property.key.value);

/**
 * @param {{ include: (id: string) => boolean, ids?: Map<string, string> }} options
 */
export function shortMessageIds({ include = (id) => /\/src\/.*\.ts$/.test(id), ids = messageIdMap() } = {}) {
  return {
    name: 'hip-short-msg-ids',
    transform(code, moduleId) {
      if (!include(moduleId)) return null;
      const isLocaleModule = /\/src\/locales\/[^/]+\.ts$/.test(moduleId);
      if (!isLocaleModule && !code.includes('msg(')) return null;
      const ast = this.parse(code);
      const output = new MagicString(code);
      const shorten = (node, where) => {
        const short = ids.get(node.value);
        // An id missing from xliff/ has no translation anywhere: keeping it long is correct (the source text shows).
        if (short === undefined) this.warn(`${where}: message id "${node.value}" is not in xliff/; run \`npm run localize:extract\``);
        else output.overwrite(node.start, node.end, String(short));
      };
      walk(ast, (node) => {
        if (isLocaleModule && node.type === 'ExportNamedDeclaration' && node.declaration?.type === 'VariableDeclaration') {
          for (const declarator of node.declaration.declarations) {
            if (declarator.id.name !== 'templates' || declarator.init?.type !== 'ObjectExpression') continue;
            // The object becomes an array: each translation at its message's index, holes where there is none.
            const slots = [];
            for (const property of declarator.init.properties) {
              const index = property.type === 'Property' ? ids.get(keyName(property)) : undefined;
              if (index === undefined) this.error(`${moduleId}: templates entry ${property.key ? JSON.stringify(keyName(property)) : ''} is not in xliff/`);
              slots[index] = code.slice(property.value.start, property.value.end);
            }
            output.overwrite(declarator.init.start, declarator.init.end, `[${Array.from(slots, (slot) => slot ?? '').join(',')}]`);
          }
        }
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
        const options = node.arguments[1];
        const idProperty = options?.type === 'ObjectExpression' && options.properties.find((property) => property.type === 'Property' && keyName(property) === 'id');
        if (!idProperty || idProperty.value.type !== 'Literal' || typeof idProperty.value.value !== 'string') {
          this.error(`${moduleId}: every msg() call needs a literal { id: '…' } (found one without, at offset ${node.start})`);
        }
        shorten(idProperty.value, moduleId);
        for (const [index, property] of options.properties.entries()) {
          if (property.type !== 'Property' || keyName(property) !== 'desc') continue;
          // Remove the property and the comma that separates it from its neighbour.
          const next = options.properties[index + 1];
          const previous = options.properties[index - 1];
          if (next) output.remove(property.start, next.start);
          else if (previous) output.remove(previous.end, property.end);
          else output.remove(property.start, property.end);
        }
      });
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

/**
 * @lit/localize hashes a message's text into an id when a msg() call has none.
 * Every call here has one (checked above), so its hashing code is replaced by a
 * stub that says so, should that ever change.
 */
export function noMsgIdHashing() {
  const STUB = '\0hip-no-msg-id-hashing';
  return {
    name: 'hip-no-msg-id-hashing',
    resolveId: {
      // Before node-resolve, which would otherwise resolve the real file first.
      order: 'pre',
      handler(source, importer) {
        if (source === './id-generation.js' && importer?.includes('/@lit/localize/internal/')) return STUB;
        return null;
      },
    },
    load(id) {
      if (id !== STUB) return null;
      return 'export const generateMsgId = () => { throw new Error("hip-widgets: msg() without an id"); };';
    },
  };
}
