import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from './app-error.js';
import { fieldMessageKey, type IssueParams } from './field-message-key.js';
import { bodyOf, refusalOfFastifyError } from './framework-errors.js';
import type { ErrorBody } from './error.schemas.js';

export type { ErrorBody } from './error.schemas.js';

/** Maps every error to the one JSON error body; 5xx details stay in the log. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError | Error, request, reply) => {
    const requestId = request.id;
    if (err instanceof AppError) {
      const body: ErrorBody = {
        error: { code: err.kind, message: err.message, messageKey: err.messageKey, requestId },
      };
      if (err.fields.length) body.error.fields = err.fields.map((f) => ({ ...f, messageKey: f.messageKey ?? err.messageKey }));
      if (Object.keys(err.details).length) body.error.details = err.details;
      return reply.status(err.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const part = (err as FastifyError).validationContext ?? 'body';
      const fields = err.validation.map((v): FieldError => {
        const path = (v.instancePath || '').replace(/^\//, '').replace(/\//g, '.');
        // An unknown field is reported on its parent; name the field itself.
        const keys = (v.params as { keys?: string[] } | undefined)?.keys;
        const extra = v.keyword === 'unrecognized_keys' && keys?.length ? keys.join(',') : '';
        const field = [part, path, extra].filter(Boolean).join('.');
        const message = v.message ?? 'invalid';
        return { field, message, ...fieldMessageKey(v.keyword, message, (v.params ?? {}) as IssueParams) };
      });
      return reply.status(400).send({
        error: {
          code: 'validation',
          message: fields.map((f) => `${f.field}: ${f.message}`).join('; '),
          messageKey: 'errors.validation',
          requestId,
          fields,
        },
      } satisfies ErrorBody);
    }
    const fe = err as FastifyError;
    if (isResponseSerializationError(err)) {
      request.log.error({ err: { message: err.message, cause: String(err.cause) } }, 'response did not match its schema');
      return reply.status(500).send(internal(requestId));
    }
    if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      const refusal = refusalOfFastifyError(fe);
      return reply.status(refusal.status).send(bodyOf(refusal, requestId));
    }
    request.log.error({ err: { message: err.message, stack: err.stack } }, 'unhandled error');
    return reply.status(500).send(internal(requestId));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: { code: 'not_found', message: 'No such route', messageKey: 'errors.no_route', requestId: request.id },
    } satisfies ErrorBody);
  });
}

function internal(requestId: string): ErrorBody {
  return {
    error: { code: 'internal', message: 'Something went wrong on our side', messageKey: 'errors.internal', requestId },
  };
}
