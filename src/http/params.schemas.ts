import { z } from 'zod';

/** The path parameters of every `/…/:id` route whose record is named by its uuid. */
export const idParamsSchema = z.object({ id: z.uuid() });
