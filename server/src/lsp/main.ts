// Entry of the language server: picks the transport from argv (--stdio, --node-ipc) and starts it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
