import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from './context.js';
import { caseRoutes } from './cases/case.routes.js';
import { childRoutes } from './children/child.routes.js';
import { attachmentRoutes } from './attachments/attachment.routes.js';
import { paperFileRoutes } from './paper-files/paper-file.routes.js';
import { casePdfRoutes } from './case-pdf/case-pdf.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { placeRoutes } from './places/place.routes.js';
import { organisationRoutes } from './people/organisation.routes.js';
import { userRoutes } from './people/user.routes.js';
import { izuRegistryRoutes } from './community/izu-registry.routes.js';
import { deadlinePolicyRoutes } from './deadlines/deadline-policy.routes.js';
import { worklistRoutes } from './deadlines/worklist.routes.js';
import { notificationRoutes } from './notifications/notification.routes.js';
import { reportRoutes } from './reports/report.routes.js';
import { caseExportRoutes } from './exports/case-export.routes.js';

// Each feature registers its routes here, under /api/v1, in a visible order.
export const apiRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(authRoutes, { prefix: '/auth', ctx });
  await app.register(placeRoutes, { ctx });
  await app.register(organisationRoutes, { ctx });
  await app.register(userRoutes, { ctx });
  await app.register(izuRegistryRoutes, { ctx });
  await app.register(auditRoutes, { ctx });
  await app.register(reportRoutes, { ctx });
  await app.register(worklistRoutes, { ctx });
  await app.register(deadlinePolicyRoutes, { ctx });
  await app.register(notificationRoutes, { ctx });
  await app.register(attachmentRoutes, { ctx });
  await app.register(paperFileRoutes, { ctx });
  await app.register(casePdfRoutes, { ctx });
  await app.register(childRoutes, { ctx });
  await app.register(caseRoutes, { ctx });
  await app.register(caseExportRoutes, { ctx });
};
