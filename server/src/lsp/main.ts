// Entry of the language server: picks the transport from argv (--stdio, --node-ipc) and starts it.
import '../node/v8-flags';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { startServer } from './server';

/**
 * Over standard input, a header the reader cannot read (no `Content-Length`, or one that is not a
 * number) leaves the rest of the stream out of step: every later message would be lost while the
 * process lives on, answering nothing. The server says what it got and exits, so that the editor can
 * start a fresh one. A body that is not JSON is only logged: its length was read, so the next message
 * still starts in the right place.
 */
function stdioConnection() {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    if (error instanceof SyntaxError) {
      process.stderr.write(`groupplan language server: a message was not valid JSON and was skipped (${error.message})\n`);
      return;
    }
    process.stderr.write(
      `groupplan language server: cannot read the message stream (${error.message.split('\n')[0]}); exiting so that the editor can restart the server\n`,
    );
    process.exit(1);
  });
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

startServer(process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all));
