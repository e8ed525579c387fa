import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { idParamsSchema } from '../http/params.schemas.js';
import { caseloadBoardSchema, caseloadQuerySchema, workforcePlanningSchema } from './caseload.schemas.js';
import { getCaseloadBoard, getWorkforcePlanning, getWorkforcePolicy, updateWorkforcePolicy } from './caseload.service.js';
import {
  acknowledgeSessionSchema,
  markActionDoneSchema,
  recordSessionSchema,
  sessionListQuerySchema,
  sessionListSchema,
  sessionSchema,
  supervisionBoardSchema,
} from './supervision.schemas.js';
import {
  acknowledgeSession,
  getSupervisionBoard,
  getSupervisionSchedule,
  listSupervisionSessions,
  markSessionActionDone,
  readSession,
  recordSession,
  setSupervisionSchedule,
} from './supervision.service.js';
import {
  attendanceImportResultSchema,
  importAttendanceSchema,
  ownTrainingSchema,
  recordTrainingSchema,
  registerQuerySchema,
  registerSchema,
} from './training.schemas.js';
import { getOwnTraining, getTrainingRegister, importAttendance, recordTraining } from './training.service.js';
import {
  supervisionScheduleAnswerSchema,
  supervisionScheduleQuerySchema,
  supervisionScheduleSchema,
  workforcePolicySchema,
} from './workforce-policy.schemas.js';

/** Workforce (issue 16): supportive supervision, caseloads and ratios, the training register. */
export const workforceRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['workforce'];

  app.get(
    '/settings/workforce-policy',
    {
      schema: {
        tags,
        summary: 'Caseload weights and thresholds, and the default supervision schedule (administrators)',
        response: { 200: workforcePolicySchema },
      },
    },
    async (request) => getWorkforcePolicy(ctx, requireActor(request)),
  );
  app.put(
    '/settings/workforce-policy',
    { schema: { tags, summary: 'Replace the workforce policy (administrators)', body: workforcePolicySchema, response: { 200: workforcePolicySchema } } },
    async (request) => updateWorkforcePolicy(ctx, requireActor(request), request.body),
  );

  app.get(
    '/workforce/supervision/schedule',
    {
      schema: {
        tags,
        summary: "The district's supervision schedule (a district CPWO their own; an administrator names the district)",
        querystring: supervisionScheduleQuerySchema,
        response: { 200: supervisionScheduleAnswerSchema },
      },
    },
    async (request) => getSupervisionSchedule(ctx, requireActor(request), request.query.districtId),
  );
  app.put(
    '/workforce/supervision/schedule',
    {
      schema: {
        tags,
        summary: "Set the district's supervision schedule; new session deadlines follow it",
        querystring: supervisionScheduleQuerySchema,
        body: supervisionScheduleSchema,
        response: { 200: supervisionScheduleAnswerSchema },
      },
    },
    async (request) => setSupervisionSchedule(ctx, requireActor(request), request.query.districtId, request.body),
  );
  app.get(
    '/workforce/supervision/board',
    { schema: { tags, summary: "The supervisor's board: each supervisee's open cases and what needs attention", response: { 200: supervisionBoardSchema } } },
    async (request) => getSupervisionBoard(ctx, requireActor(request)),
  );
  app.get(
    '/workforce/supervision/sessions',
    {
      schema: {
        tags,
        summary: "Supervision sessions: a supervisor's with their supervisees; a caseworker's own",
        querystring: sessionListQuerySchema,
        response: { 200: sessionListSchema },
      },
    },
    async (request) => listSupervisionSessions(ctx, requireActor(request), request.query),
  );
  app.post(
    '/workforce/supervision/sessions',
    {
      schema: {
        tags,
        summary: 'Record a supervision session held with a supervisee (supervisor); it meets the session due and schedules the next',
        body: recordSessionSchema,
        response: { 201: sessionSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await recordSession(ctx, requireActor(request), request.body)),
  );
  app.get(
    '/workforce/supervision/sessions/:id',
    { schema: { tags, summary: 'One supervision session', params: idParamsSchema, response: { 200: sessionSchema } } },
    async (request) => readSession(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/workforce/supervision/sessions/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'The caseworker acknowledges a session held with them',
        params: idParamsSchema,
        body: acknowledgeSessionSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request) => acknowledgeSession(ctx, requireActor(request), request.params.id, request.body.note),
  );
  app.post(
    '/workforce/supervision/sessions/:id/actions/done',
    {
      schema: {
        tags,
        summary: 'Mark an agreed action of the session done (the supervisee or the supervisor); it stops counting as overdue',
        params: idParamsSchema,
        body: markActionDoneSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request) => markSessionActionDone(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/workforce/caseload',
    {
      schema: {
        tags,
        summary: 'The caseload board: open cases per caseworker weighted by tier, caseworkers per supervisor, against the thresholds',
        querystring: caseloadQuerySchema,
        response: { 200: caseloadBoardSchema },
      },
    },
    async (request) => getCaseloadBoard(ctx, requireActor(request), request.query),
  );
  app.get(
    '/workforce/planning',
    {
      schema: {
        tags,
        summary: 'Per district: caseworkers, supervisors and IZU in post against the caseload and thresholds',
        response: { 200: workforcePlanningSchema },
      },
    },
    async (request) => getWorkforcePlanning(ctx, requireActor(request)),
  );

  app.get(
    '/workforce/trainings/register',
    { schema: { tags, summary: "The training register of the caller's jurisdiction", querystring: registerQuerySchema, response: { 200: registerSchema } } },
    async (request) => getTrainingRegister(ctx, requireActor(request), request.query),
  );
  app.get(
    '/workforce/trainings/mine',
    { schema: { tags, summary: "The caller's own training record", response: { 200: ownTrainingSchema } } },
    async (request) => getOwnTraining(ctx, requireActor(request)),
  );
  app.post(
    '/workforce/trainings/records',
    {
      schema: {
        tags,
        summary: 'Record a training a person completed (the national one lets them lead cases)',
        body: recordTrainingSchema,
        response: { 201: ownTrainingSchema.shape.person },
      },
    },
    async (request, reply) => reply.status(201).send(await recordTraining(ctx, requireActor(request), request.body)),
  );
  app.post(
    '/workforce/trainings/import',
    {
      schema: {
        tags,
        summary: 'Import an attendance list (CSV or XLSX): every row checked, nothing written unless all are good',
        body: importAttendanceSchema,
        response: { 200: attendanceImportResultSchema },
      },
    },
    async (request) => importAttendance(ctx, requireActor(request), request.body),
  );
};
