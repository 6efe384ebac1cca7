#!/usr/bin/env node
/**
 * The plugin's own screens in the practices' languages (part of
 * `npm run build:wordpress`): Settings → Hip widgets, the block's sidebar, the
 * settings' messages, the block's title and description, the plugin's name and
 * description in the plugin list.
 *
 * Sources: wordpress/languages/hip-widgets-<locale>.po (Dutch, German, French),
 * in git. Built into wordpress/hip-widgets/languages/ (shipped in the zip, not
 * in git), because a zip installed by hand gets no language packs:
 *   - hip-widgets-<locale>.mo: the strings of the PHP, block.json and the plugin
 *     header, loaded by load_plugin_textdomain() from the plugin's folder;
 *   - hip-widgets-<locale>-<md5>.json: the strings of each script, in the JED
 *     format wp_set_script_translations() reads, <md5> being the md5 of the
 *     script's path in the plugin (blocks/heupklachten/index.js), as WordPress
 *     names them.
 *
 * It extracts every translatable string from the plugin as WordPress's own
 * tools do (__(), _e(), _x(), _n(), esc_html__() and the rest in PHP; __(),
 * _x(), _n(), _nx() of wp.i18n in JavaScript; block.json's title, description
 * and keywords; the header's Plugin Name and Description) and FAILS, naming
 * each, when
 *   - a string has no translation in a language (a string added later is
 *     caught here, before it ships half translated),
 *   - a translation's placeholders (%s, %1$s, %d) differ from the string's,
 *   - a .po file holds a string the plugin no longer has,
 *   - a call has no literal text or another text domain than hip-widgets.
 *
 *   node scripts/wordpress/build-languages.mjs            # check, then build
 *   node scripts/wordpress/build-languages.mjs --update   # add new strings (untranslated) to the .po files,
 *                                                         # drop gone ones, write hip-widgets.pot; then translate
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import gettextParser from 'gettext-parser';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const plugin = join(root, 'wordpress', 'hip-widgets');
const sources = join(root, 'wordpress', 'languages');
const output = join(plugin, 'languages');
const DOMAIN = 'hip-widgets';
const LOCALES = ['nl_NL', 'de_DE', 'fr_FR'];
/** Not the plugin's own code: built from dist/, the Lit templates and custom-elements.json. */
const GENERATED = ['assets', 'fragments', 'generated', 'languages'];

/** Argument positions of WordPress's gettext functions: text, plural, context, domain (null: none). */
const PHP_FUNCTIONS = {
  __: { text: 0, domain: 1 },
  _e: { text: 0, domain: 1 },
  esc_html__: { text: 0, domain: 1 },
  esc_html_e: { text: 0, domain: 1 },
  esc_attr__: { text: 0, domain: 1 },
  esc_attr_e: { text: 0, domain: 1 },
  _x: { text: 0, context: 1, domain: 2 },
  _ex: { text: 0, context: 1, domain: 2 },
  esc_html_x: { text: 0, context: 1, domain: 2 },
  esc_attr_x: { text: 0, context: 1, domain: 2 },
  _n: { text: 0, plural: 1, domain: 3 },
  _nx: { text: 0, plural: 1, context: 3, domain: 4 },
  _n_noop: { text: 0, plural: 1, domain: 2 },
  _nx_noop: { text: 0, plural: 1, context: 2, domain: 3 },
};
/** wp.i18n's, as the block's script uses them. */
const JS_FUNCTIONS = {
  __: { text: 0, domain: 1 },
  _x: { text: 0, context: 1, domain: 2 },
  _n: { text: 0, plural: 1, domain: 3 },
  _nx: { text: 0, plural: 1, context: 3, domain: 4 },
};

const problems = [];
const fail = (message) => problems.push(message);
/** The printf placeholders of a text, sorted: %s, %d, %1$s (%% is a percent sign). */
const placeholders = (text) => [...text.replace(/%%/g, '').matchAll(/%(\d+\$)?[-+ 0#]*\d*(?:\.\d+)?[bcdeEfFgGosuxX]/g)].map((match) => match[0]).sort();
const pluginPath = (file) => relative(plugin, file).split(sep).join('/');

/** Every string found: key (context \u0004 text) → { msgctxt, msgid, msgid_plural, comments, files }. */
const strings = new Map();
function add({ text, plural, context, comment, file, line }) {
  const key = (context ? `${context}\u0004` : '') + text;
  const entry = strings.get(key) ?? { msgctxt: context, msgid: text, msgid_plural: plural, comments: new Set(), references: new Set(), files: new Set() };
  if (comment) entry.comments.add(comment);
  entry.references.add(`${file}:${line}`);
  entry.files.add(file);
  strings.set(key, entry);
}

function walk(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return directory === plugin && GENERATED.includes(entry.name) ? [] : walk(path);
    return [path];
  });
}

// ---------------------------------------------------------------------------
// PHP: a small scanner that knows strings, comments and the HTML between ?> and <?php, so a
// function name in a comment, a string or markup is not taken for a call.

/** The PHP string literal starting at `at`: its value and where it ends; null when there is none. */
function phpString(source, at) {
  const quote = source[at];
  if (quote !== "'" && quote !== '"') return null;
  let value = '';
  for (let index = at + 1; index < source.length; index++) {
    const char = source[index];
    if (char === quote) return { value, end: index + 1 };
    if (char === '\\') {
      const next = source[index + 1];
      if (quote === "'") value += next === "'" || next === '\\' ? next : `\\${next}`;
      else value += { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', $: '$' }[next] ?? `\\${next}`;
      index++;
    } else if (quote === '"' && char === '$' && /[A-Za-z_{]/.test(source[index + 1] ?? '')) {
      return { value: null, end: index + 1, interpolated: true };
    } else {
      value += char;
    }
  }
  return null;
}

/** The arguments of a call whose "(" is at `open`: each as { literal?: string, text } (text: the raw source). */
function phpArguments(source, open) {
  const args = [];
  let depth = 0;
  let start = open + 1;
  for (let index = open; index < source.length; index++) {
    const char = source[index];
    if (char === "'" || char === '"') {
      const string = phpString(source, index);
      if (!string) break;
      index = string.end - 1;
    } else if (char === '(' || char === '[') {
      depth++;
    } else if (char === ')' || char === ']') {
      depth--;
      if (depth === 0) {
        args.push(source.slice(start, index));
        return args.map((raw) => {
          const text = raw.trim();
          const string = phpString(text, 0);
          return { text, literal: string && string.end === text.length && string.value !== null ? string.value : undefined };
        });
      }
    } else if (char === ',' && depth === 1) {
      args.push(source.slice(start, index));
      start = index + 1;
    }
  }
  return null;
}

function scanPhp(file) {
  const source = readFileSync(file, 'utf8');
  const name = pluginPath(file);
  const lineAt = (index) => source.slice(0, index).split('\n').length;
  let inPhp = false;
  let comment = '';
  for (let index = 0; index < source.length; index++) {
    if (!inPhp) {
      const open = source.indexOf('<?php', index);
      if (open < 0) break;
      inPhp = true;
      index = open + 4;
      continue;
    }
    const rest = source.slice(index, index + 2);
    if (rest === '?>') {
      inPhp = false;
      index++;
      continue;
    }
    if (rest === '//' || source[index] === '#') {
      const end = source.indexOf('\n', index);
      const text = source.slice(index, end < 0 ? source.length : end);
      const closes = text.indexOf('?>');
      index = (closes >= 0 ? index + closes - 1 : end < 0 ? source.length : end);
      continue;
    }
    if (rest === '/*') {
      const end = source.indexOf('*/', index + 2);
      const text = source.slice(index + 2, end);
      const translators = /translators:/i.test(text) ? text.replace(/^[\s*]*/gm, ' ').replace(/\s+/g, ' ').trim() : '';
      if (translators) comment = translators.slice(translators.search(/translators:/i));
      index = end + 1;
      continue;
    }
    const char = source[index];
    if (char === "'" || char === '"') {
      const string = phpString(source, index);
      index = (string ? string.end : source.length) - 1;
      continue;
    }
    if (/[A-Za-z_]/.test(char) && !/[A-Za-z0-9_$>:]/.test(source[index - 1] ?? '')) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(index))[0];
      const after = index + word.length;
      const open = /^\s*\(/.exec(source.slice(after));
      const spec = PHP_FUNCTIONS[word];
      if (spec && open && !/function\s+$/.test(source.slice(Math.max(0, index - 20), index))) {
        const args = phpArguments(source, after + open[0].length - 1);
        record(args, spec, name, lineAt(index), comment, word);
        comment = '';
      }
      index = after - 1;
    }
  }
}

/** Checks one call's arguments and adds its string. */
function record(args, spec, file, line, comment, what) {
  const where = `${file}:${line}`;
  if (!args) return fail(`${where}: ${what}() could not be read`);
  const value = (position) => (position === undefined ? undefined : args[position]);
  const domain = value(spec.domain);
  if (domain?.literal !== DOMAIN) return fail(`${where}: ${what}() has the text domain ${domain ? domain.text : '(none)'}, not '${DOMAIN}'`);
  for (const part of ['text', 'plural', 'context']) {
    if (spec[part] !== undefined && (value(spec[part])?.literal ?? '') === '') {
      return fail(`${where}: ${what}()'s ${part} is not a literal string (${value(spec[part])?.text ?? 'missing'}): no tool can translate it`);
    }
  }
  add({ text: value(spec.text).literal, plural: value(spec.plural)?.literal, context: value(spec.context)?.literal, comment, file, line });
}

// ---------------------------------------------------------------------------
// JavaScript: TypeScript's parser.

function scanJs(file) {
  const source = readFileSync(file, 'utf8');
  const name = pluginPath(file);
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && JS_FUNCTIONS[node.expression.text]) {
      const args = node.arguments.map((arg) => ({ text: arg.getText(tree), literal: ts.isStringLiteralLike(arg) ? arg.text : undefined }));
      // The translators' comment stands before the call, or before the property or statement that holds it: the nearest.
      let comment = '';
      for (let at = node; at && !comment; at = at.parent) {
        const ranges = ts.getLeadingCommentRanges(source, at.getFullStart()) ?? [];
        const found = ranges.map((range) => source.slice(range.pos, range.end)).find((text) => /translators:/i.test(text));
        if (found) comment = found.replace(/^\/\*+|\*+\/$/g, '').replace(/\s+/g, ' ').trim();
        if (ts.isStatement(at)) break;
      }
      const { line } = tree.getLineAndCharacterOfPosition(node.getStart(tree));
      record(args, JS_FUNCTIONS[node.expression.text], name, line + 1, comment, node.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
}

// ---------------------------------------------------------------------------
// block.json (WordPress translates title, description and keywords with these contexts) and the plugin header.

function scanBlockJson(file) {
  const name = pluginPath(file);
  const block = JSON.parse(readFileSync(file, 'utf8'));
  if (block.textdomain !== DOMAIN) fail(`${name}: "textdomain" is ${JSON.stringify(block.textdomain)}, not "${DOMAIN}"`);
  if (block.title) add({ text: block.title, context: 'block title', file: name, line: 1 });
  if (block.description) add({ text: block.description, context: 'block description', file: name, line: 1 });
  for (const keyword of block.keywords ?? []) add({ text: keyword, context: 'block keyword', file: name, line: 1 });
}

function scanHeader(file) {
  const name = pluginPath(file);
  const source = readFileSync(file, 'utf8').slice(0, 8192);
  const header = (field) => new RegExp(`^[ \\t/*#@]*${field}:(.*)$`, 'mi').exec(source)?.[1].trim();
  if (header('Text Domain') !== DOMAIN) fail(`${name}: the header's Text Domain is not ${DOMAIN}`);
  for (const field of ['Plugin Name', 'Description']) {
    const value = header(field);
    if (value) add({ text: value, comment: `${field} of the plugin`, file: name, line: 1 });
  }
}

for (const file of walk(plugin).sort()) {
  if (file.endsWith('.php')) scanPhp(file);
  else if (file.endsWith('.js')) scanJs(file);
  else if (file.endsWith('block.json')) scanBlockJson(file);
}
scanHeader(join(plugin, 'hip-widgets.php'));
if (strings.size === 0) fail('no translatable string found: is the extraction broken?');
// As WordPress's coding standards ask (and Plugin Check reports): a string with placeholders says what they are.
for (const string of strings.values()) {
  if (placeholders(string.msgid).length && string.comments.size === 0) fail(`${[...string.references][0]}: "${string.msgid}" has placeholders but no /* translators: … */ comment before its call`);
  if (placeholders(string.msgid).filter((placeholder) => !placeholder.includes('$')).length > 1) fail(`${[...string.references][0]}: "${string.msgid}" has several placeholders: number them (%1$s, %2$s), so a translation can put them in another order`);
}

// ---------------------------------------------------------------------------
// The .po files.

const poPath = (locale) => join(sources, `${DOMAIN}-${locale}.po`);
const keyOf = (entry) => (entry.msgctxt ? `${entry.msgctxt}\u0004` : '') + entry.msgid;

/** The entries of a parsed .po file, header left out: key → entry. */
function entriesOf(po) {
  const found = new Map();
  for (const [context, messages] of Object.entries(po.translations)) {
    for (const [msgid, entry] of Object.entries(messages)) {
      if (context === '' && msgid === '') continue;
      found.set(keyOf({ msgctxt: context || undefined, msgid }), entry);
    }
  }
  return found;
}


/** A .po file's entries for the strings found now, keeping the translations it has. */
function poFor(locale, existing) {
  const translations = { '': { '': existing?.translations['']?.[''] ?? { msgid: '', msgstr: [''] } } };
  for (const [key, string] of [...strings].sort(([a], [b]) => a.localeCompare(b))) {
    const old = existing ? entriesOf(existing).get(key) : undefined;
    const context = string.msgctxt ?? '';
    translations[context] ??= {};
    translations[context][string.msgid] = {
      ...(string.msgctxt && { msgctxt: string.msgctxt }),
      msgid: string.msgid,
      ...(string.msgid_plural && { msgid_plural: string.msgid_plural }),
      msgstr: old?.msgstr ?? (string.msgid_plural ? ['', ''] : ['']),
      comments: { ...(string.comments.size && { extracted: [...string.comments].join('\n') }), reference: [...string.files].sort().join(' ') },
    };
  }
  return { charset: 'utf-8', headers: existing?.headers ?? { Language: locale, 'Content-Type': 'text/plain; charset=UTF-8', 'Plural-Forms': locale === 'fr_FR' ? 'nplurals=2; plural=(n > 1);' : 'nplurals=2; plural=(n != 1);' }, translations };
}

/** The template for translators: every string, no translation. */
const pot = gettextParser.po.compile(poFor('', null), { foldLength: 0 }).toString();
const potPath = join(sources, `${DOMAIN}.pot`);

if (process.argv.includes('--update')) {
  if (problems.length) {
    for (const problem of problems) console.error(`build-languages: ${problem}`);
    process.exit(1);
  }
  mkdirSync(sources, { recursive: true });
  writeFileSync(join(sources, `${DOMAIN}.pot`), pot);
  for (const locale of LOCALES) {
    const existing = existsSync(poPath(locale)) ? gettextParser.po.parse(readFileSync(poPath(locale))) : null;
    writeFileSync(poPath(locale), gettextParser.po.compile(poFor(locale, existing), { foldLength: 0 }));
  }
  console.log(`build-languages: ${strings.size} strings; wordpress/languages/ updated (translate the empty msgstr "" entries)`);
  process.exit(0);
}

// The template for translators must be the plugin's strings as they are now.
if (!existsSync(potPath) || readFileSync(potPath, 'utf8') !== pot) fail(`wordpress/languages/${DOMAIN}.pot is not the plugin's strings as they are now`);

const parsed = {};
for (const locale of LOCALES) {
  if (!existsSync(poPath(locale))) {
    fail(`wordpress/languages/${DOMAIN}-${locale}.po is missing`);
    continue;
  }
  const po = (parsed[locale] = gettextParser.po.parse(readFileSync(poPath(locale))));
  const entries = entriesOf(po);
  const missing = [];
  for (const [key, string] of strings) {
    const entry = entries.get(key);
    const shown = `${string.msgctxt ? `[${string.msgctxt}] ` : ''}"${string.msgid}" (${[...string.references][0]})`;
    if (!entry || entry.msgstr.length === 0 || entry.msgstr.some((text) => !text.trim())) {
      missing.push(shown);
      continue;
    }
    for (const [form, text] of entry.msgstr.entries()) {
      const source = form === 0 || !string.msgid_plural ? string.msgid : string.msgid_plural;
      if (placeholders(text).join() !== placeholders(source).join()) fail(`${locale}: the translation of ${shown} has the placeholders ${placeholders(text).join(' ') || 'none'}, the string ${placeholders(source).join(' ') || 'none'}`);
    }
  }
  if (missing.length) fail(`${locale}: ${missing.length} string(s) without a translation:\n    ${missing.join('\n    ')}`);
  const gone = [...entries.keys()].filter((key) => !strings.has(key));
  if (gone.length) fail(`${locale}: ${gone.length} translation(s) of strings the plugin no longer has: ${gone.map((key) => JSON.stringify(key.replace('\u0004', ' | '))).join(', ')}`);
}
if (problems.length) {
  for (const problem of problems) console.error(`build-languages: ${problem}`);
  console.error('build-languages: run `node scripts/wordpress/build-languages.mjs --update`, then fill in the empty msgstr "" in wordpress/languages/*.po.');
  process.exit(1);
}

// ---------------------------------------------------------------------------
// The built files: .mo for the PHP side, one JED JSON per script.

rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });
const scripts = [...new Set([...strings.values()].flatMap((string) => [...string.files].filter((file) => file.endsWith('.js'))))].sort();
const written = [];
for (const locale of LOCALES) {
  const po = parsed[locale];
  const entries = entriesOf(po);
  const pick = (test) => {
    const translations = { '': { '': po.translations[''][''] } };
    for (const [key, string] of strings) {
      if (!test(string)) continue;
      translations[string.msgctxt ?? ''] ??= {};
      const { msgctxt, msgid, msgid_plural: plural, msgstr } = entries.get(key);
      translations[string.msgctxt ?? ''][msgid] = { ...(msgctxt && { msgctxt }), msgid, ...(plural && { msgid_plural: plural }), msgstr };
    }
    return translations;
  };
  const mo = join(output, `${DOMAIN}-${locale}.mo`);
  writeFileSync(mo, gettextParser.mo.compile({ charset: 'utf-8', headers: po.headers, translations: pick((string) => [...string.files].some((file) => !file.endsWith('.js'))) }));
  written.push(mo);
  for (const script of scripts) {
    const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': po.headers['Plural-Forms'] } };
    for (const [context, group] of Object.entries(pick((string) => string.files.has(script)))) {
      for (const [msgid, entry] of Object.entries(group)) {
        if (msgid !== '') messages[(context ? `${context}\u0004` : '') + msgid] = entry.msgstr;
      }
    }
    const json = {
      'translation-revision-date': po.headers['PO-Revision-Date'] ?? '',
      generator: 'hip-widgets scripts/wordpress/build-languages.mjs',
      source: script,
      domain: 'messages',
      locale_data: { messages },
    };
    const file = join(output, `${DOMAIN}-${locale}-${createHash('md5').update(script).digest('hex')}.json`);
    writeFileSync(file, JSON.stringify(json));
    written.push(file);
  }
}
console.log(`build-languages: ${strings.size} strings, ${LOCALES.join(', ')}: ${written.map((file) => relative(root, file)).join(', ')}`);
