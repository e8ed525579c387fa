import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody } from './error.schemas.js';

// The refusals Fastify and Node's HTTP parser make before Rinda's error
// handler runs (a malformed or over-long URL, headers too large, a request
// that is not HTTP) answer with Rinda's one error body too.

type Refusal = { status: number; code: string; message: string; messageKey: string };

/** The code and message key of a refusal by HTTP status, for errors that carry only a status. */
function refusalOfStatus(status: number, message: string): Refusal {
  const byStatus: Record<number, [string, string]> = {
    400: ['validation', 'errors.validation'],
    401: ['unauthenticated', 'errors.unauthenticated'],
    403: ['forbidden', 'errors.forbidden'],
    404: ['not_found', 'errors.not_found'],
    405: ['not_found', 'errors.no_route'],
    408: ['request_timeout', 'errors.request_timeout'],
    413: ['payload_too_large', 'errors.payload_too_large'],
    414: ['uri_too_long', 'errors.uri_too_long'],
    415: ['unsupported_media_type', 'errors.unsupported_media_type'],
    429: ['rate_limited', 'errors.rate_limited'],
    431: ['header_too_large', 'errors.header_too_large'],
  };
  const [code, messageKey] = byStatus[status] ?? ['validation', 'errors.validation'];
  return { status, code, message, messageKey };
}

/** Fastify's own 4xx errors (body parsing, content type, URL), by their code. */
export function refusalOfFastifyError(err: FastifyError): Refusal {
  switch (err.code) {
    case 'FST_ERR_BAD_URL':
      return { status: 400, code: 'validation', message: 'The address is not a valid URL', messageKey: 'errors.bad_url' };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return { status: 414, code: 'uri_too_long', message: 'A part of the address is too long', messageKey: 'errors.uri_too_long' };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'validation', message: 'The body is not valid JSON', messageKey: 'errors.bad_json' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'unsupported_media_type', message: 'This content type is not accepted', messageKey: 'errors.unsupported_media_type' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'payload_too_large', message: 'The request body is too large', messageKey: 'errors.payload_too_large' };
    default:
      return refusalOfStatus(typeof err.statusCode === 'number' ? err.statusCode : 400, err.message);
  }
}

export const bodyOf = (r: Refusal, requestId: string): ErrorBody => ({
  error: { code: r.code, message: r.message, messageKey: r.messageKey, requestId },
});

/** Fastify's `frameworkErrors`: a URL the router cannot decode, a parameter over `maxParamLength`. */
export function frameworkErrors(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const refusal = refusalOfFastifyError(err);
  void reply.status(refusal.status).header('x-request-id', request.id).send(bodyOf(refusal, request.id));
}

/** How long a refused connection's remaining upload is read and dropped before the socket is closed. */
const DRAIN_MS = 10_000;
const answered = new WeakSet<Socket>();
/** Node's header limit (16 KB) counts the request line too; past half of it the URL is the culprit. */
const MAX_REQUEST_LINE = 8192;

/**
 * Fastify's `clientErrorHandler`: Node's parser refused the request (headers
 * or request line too large, not HTTP, too slow). The answer is written, the
 * sending side closed, and whatever the client still sends (an upload behind
 * a huge URL) is read and dropped, so the client reads the answer instead of a
 * connection reset.
 */
export function clientErrorHandler(err: ConnectionError, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed || answered.has(socket)) return;
  answered.add(socket);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const refusal = clientRefusal(err);
  const body = JSON.stringify(bodyOf(refusal, randomUUID()));
  socket.end(
    `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}\r\n` +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Connection: close\r\n\r\n${body}`,
  );
  socket.on('data', () => undefined);
  socket.resume();
  const timer = setTimeout(() => socket.destroy(), DRAIN_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

function clientRefusal(err: ConnectionError): Refusal {
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return refusalOfStatus(408, 'The request took too long to arrive');
  if (err.code === 'HPE_HEADER_OVERFLOW') {
    // A request line over half the limit is a URL too long, not headers too large.
    // The packet is the last piece read: the request's start, or a later piece.
    const raw = err.rawPacket as unknown;
    const text = Buffer.isBuffer(raw) ? raw.toString('latin1', 0, Math.min(raw.length, 65_536)) : '';
    const lineEnd = text.indexOf('\r\n');
    const urlTooLong = /^[A-Z]+ /.test(text) ? lineEnd === -1 || lineEnd > MAX_REQUEST_LINE : lineEnd === -1;
    return urlTooLong ? refusalOfStatus(414, 'The address is too long') : refusalOfStatus(431, 'The request headers are too large');
  }
  return { status: 400, code: 'validation', message: 'The request is not valid HTTP', messageKey: 'errors.bad_request' };
}
