// Placeholder for the language server; replaced by the full implementation.
import type { Connection } from 'vscode-languageserver';

export function startServer(connection: Connection): void {
  connection.onInitialize(() => ({ capabilities: {} }));
  connection.listen();
}
