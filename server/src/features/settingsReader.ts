// Reads the `crosscheck.*` settings through workspace/configuration, keeping the defaults for
// anything missing or of the wrong type (a client without configuration support gets all defaults).
import type { Connection } from 'vscode-languageserver';
import { defaultSettings, type CrosscheckSettings } from '../settings';
import { chooseSeverity } from '../workspace/severity';

export async function readSettings(connection: Connection, supported: boolean): Promise<CrosscheckSettings> {
  if (!supported) return { ...defaultSettings };
  const raw: unknown = await connection.workspace.getConfiguration('crosscheck').catch(() => null);
  return settingsFrom(raw);
}

export function settingsFrom(raw: unknown): CrosscheckSettings {
  const given = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const severity: CrosscheckSettings['severity'] = {};
  if (given.severity && typeof given.severity === 'object') {
    for (const [code, level] of Object.entries(given.severity as Record<string, unknown>)) chooseSeverity(severity, code, level);
  }
  const positive = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback);
  return {
    enable: typeof given.enable === 'boolean' ? given.enable : defaultSettings.enable,
    diagnosticDelay: positive(given.diagnosticDelay, defaultSettings.diagnosticDelay),
    severity,
    maxFileSize: positive(given.maxFileSize, defaultSettings.maxFileSize),
  };
}
