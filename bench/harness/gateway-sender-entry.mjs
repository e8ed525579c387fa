// Starts the gateway sender thread: registers tsx in this thread (a worker
// does not inherit the parent's loader), then runs the TypeScript sender.
import { register } from 'tsx/esm/api';

register();
await import('./gateway-sender.ts');
