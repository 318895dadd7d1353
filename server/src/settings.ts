// Editor-level preferences (VS Code settings under `crosscheck.*`). Story knowledge lives in
// `.crosscheck.json`, never here. package.json's `contributes.configuration` must declare exactly these
// keys with these defaults; a test checks that they agree.
import type { DiagnosticCode, Severity } from './corpus/types';

export interface CrosscheckSettings {
  /** Turns analysis and diagnostics on or off for a folder. */
  enable: boolean;
  /** Milliseconds to wait after the last keystroke before re-analysing an article. */
  diagnosticDelay: number;
  /** Per diagnostic code: a severity, or "off" to hide it. Codes not listed keep their default. */
  severity: Partial<Record<DiagnosticCode, Severity | 'off'>>;
  /** Articles larger than this many kilobytes are skipped with a message instead of analysed. */
  maxFileSize: number;
}

export const defaultSettings: CrosscheckSettings = {
  enable: true,
  diagnosticDelay: 300,
  severity: {},
  maxFileSize: 2048,
};

/** Settings only the client reads. */
export const clientSettingKeys = ['trace.server', 'panel.groupBy'] as const;
