// package.json (the extension manifest) must agree with the code it describes: settings, semantic
// token legend, commands, and the files it points at.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { commandIds, internalCommandIds } from '../../client/src/commandIds';
import { defaultArticleGlobs, defaultCollectionConfig } from '../../client/src/collectionConfig';
import { semanticTokenTypes } from '../../server/src/semanticTokens';
import { clientSettingKeys, defaultSettings } from '../../server/src/settings';

const root = path.resolve(__dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const manifest = readJson('package.json');
const contributes = manifest.contributes;

interface SettingSchema {
  default: unknown;
  scope?: string;
  markdownDescription?: string;
  enum?: string[];
}

describe('extension manifest', () => {
  const properties: Record<string, SettingSchema> = contributes.configuration.properties;

  it('works in Restricted Mode with the file-size limit taken from trusted settings only', () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    assert.match(untrusted.description, /Restricted Mode/);
    assert.deepEqual(untrusted.restrictedConfigurations, ['crosscheck.maxFileSize']);
    for (const key of untrusted.restrictedConfigurations) assert.ok(properties[key], `${key} is a declared setting`);
  });

  it('declares exactly the server settings and the client-only settings', () => {
    const expected = [...Object.keys(defaultSettings), ...clientSettingKeys].map((key) => `crosscheck.${key}`);
    assert.deepEqual(Object.keys(properties).sort(), expected.sort());
  });

  it('gives every server setting the default the server uses', () => {
    for (const [key, value] of Object.entries(defaultSettings)) {
      assert.deepEqual(properties[`crosscheck.${key}`].default, value, key);
    }
  });

  it('gives every setting a scope and a markdown description', () => {
    for (const [key, schema] of Object.entries(properties)) {
      assert.ok(schema.scope, `${key} has a scope`);
      assert.ok(schema.markdownDescription && schema.markdownDescription.length > 20, `${key} has a description`);
    }
  });

  it('offers every severity and "off" for each diagnostic code the corpus reports', () => {
    const codes: Record<string, SettingSchema> = (properties['crosscheck.severity'] as { properties?: Record<string, SettingSchema> }).properties ?? {};
    // DiagnosticCode is a type only: read its members from the source that declares it.
    const source = readFileSync(path.join(root, 'server/src/corpus/types.ts'), 'utf8');
    const union = /export type DiagnosticCode =([^;]*);/.exec(source)?.[1] ?? '';
    const declared = [...union.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]);
    assert.ok(declared.length > 0, 'DiagnosticCode found');
    assert.deepEqual(Object.keys(codes).sort(), declared.sort());
    for (const [code, schema] of Object.entries(codes)) {
      assert.deepEqual(schema.enum, ['error', 'warning', 'information', 'hint', 'off'], code);
    }
  });

  it('traces the server under the client id, so crosscheck.trace.server works', () => {
    assert.deepEqual(properties['crosscheck.trace.server'].enum, ['off', 'messages', 'verbose']);
    const client = readFileSync(path.join(root, 'client/src/languageClient.ts'), 'utf8');
    assert.match(client, /new LanguageClient\('crosscheck',/);
  });

  it('declares the semantic token types in the legend order, each with theme scopes', () => {
    const declared = contributes.semanticTokenTypes.map((type: { id: string }) => type.id);
    assert.deepEqual(declared, [...semanticTokenTypes]);
    const scopes = contributes.semanticTokenScopes[0].scopes;
    assert.deepEqual(Object.keys(scopes).sort(), [...semanticTokenTypes].sort());
    for (const type of semanticTokenTypes) assert.ok(scopes[type].length > 0, type);
    assert.equal(contributes.configurationDefaults['[article]']['editor.semanticHighlighting.enabled'], true);
  });

  it('declares every registered command, and registers every declared one', () => {
    const declared = contributes.commands.map((command: { command: string }) => command.command);
    assert.deepEqual([...declared].sort(), [...commandIds].sort());
    for (const command of contributes.commands) assert.equal(command.category, 'Crosscheck', command.command);
  });

  it('hides the internal commands from the command palette', () => {
    const hidden = contributes.menus.commandPalette
      .filter((entry: { when?: string }) => entry.when === 'false')
      .map((entry: { command: string }) => entry.command);
    assert.deepEqual(hidden.sort(), [...internalCommandIds].sort());
  });

  it('names only declared commands in menus and welcome views', () => {
    const menuCommands: string[] = Object.values(contributes.menus as Record<string, { command: string }[]>).flatMap((entries) =>
      entries.map((entry) => entry.command),
    );
    const welcomeCommands = contributes.viewsWelcome.flatMap((view: { contents: string }) =>
      [...view.contents.matchAll(/\(command:([\w.]+)\)/g)].map((match) => match[1]),
    );
    for (const command of [...menuCommands, ...welcomeCommands]) assert.ok((commandIds as readonly string[]).includes(command), command);
  });

  it('activates on collections and contributions, never on everything', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/.crosscheck.json'));
    assert.equal(manifest.engines.vscode, '^1.90.0');
  });

  it('points only at files that exist', () => {
    const files = [
      manifest.icon,
      contributes.languages[0].configuration,
      ...contributes.grammars.map((grammar: { path: string }) => grammar.path),
      ...contributes.viewsContainers.activitybar.map((container: { icon: string }) => container.icon),
      ...contributes.jsonValidation.map((validation: { url: string }) => validation.url),
    ];
    for (const file of files) assert.ok(existsSync(path.join(root, file)), file);
  });

  it('gives the grammar the scope name the manifest declares', () => {
    const [grammar] = contributes.grammars;
    assert.equal(readJson(grammar.path).scopeName, grammar.scopeName);
  });

  it('puts the client and the server in the package, and nothing unlisted', () => {
    const ignore = readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n');
    assert.equal(ignore.find((line) => line.trim() && !line.startsWith('#')), '**');
    assert.equal(manifest.main, './dist/client.js');
    for (const kept of ['!dist/client.js', '!dist/server.js', '!media/**', '!syntaxes/**', '!package.json']) assert.ok(ignore.includes(kept), kept);
  });
});

describe('.crosscheck.json schema', () => {
  const schema = readJson('media/crosscheck.schema.json');

  it('describes every field a new collection config is written with, and the optional severities', () => {
    const fields = Object.keys(schema.properties).filter((field) => field !== '$schema' && field !== 'severity');
    assert.deepEqual(fields.sort(), Object.keys(defaultCollectionConfig).sort());
  });

  it('accepts a severity for exactly the diagnostic codes the corpus reports', () => {
    const codes = readJson('package.json').contributes.configuration.properties['crosscheck.severity'].properties;
    assert.deepEqual([...schema.properties.severity.propertyNames.enum].sort(), Object.keys(codes).sort());
  });

  it('documents the same default article globs the client applies', () => {
    assert.deepEqual(schema.properties.articles.default, [...defaultArticleGlobs]);
  });
});
