import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0036_inbound_sms.sql: SMS received from the gateways and the webhook calls refused.

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type InboundGateway = 'rapidpro_external' | 'rapidpro_flow' | 'africastalking';
export type InboundSmsStatus = 'queued' | 'processing' | 'done' | 'failed';
export type GatewayRefusalReason = 'not_configured' | 'missing_secret' | 'wrong_secret';

/** A message as a gateway delivered it, stored before the gateway is answered, then handled by the inbound worker. */
export interface InboundSmsTable {
  id: Generated<number>;
  gateway: InboundGateway;
  /** The gateway's own id: unique per gateway, so a repeated delivery is kept once. */
  gateway_message_id: string;
  from_phone: string;
  to_phone: string | null;
  text: string;
  gateway_date: Timestamp | null;
  received_at: Timestamp;
  status: Generated<InboundSmsStatus>;
  attempts: Generated<number>;
  /** When a worker may next claim it; a claim moves it a lease ahead. */
  next_attempt_at: Timestamp;
  processed_at: Timestamp | null;
  outcome: string | null;
  kind: string | null;
  reply_outbox_id: string | null;
  last_error: string | null;
}

/** A webhook call answered 401. */
export interface GatewayRefusalsTable {
  id: Generated<number>;
  gateway: string;
  at: Timestamp;
  ip: string | null;
  request_id: string | null;
  reason: GatewayRefusalReason;
}

export interface InboundSmsTables {
  inbound_sms: InboundSmsTable;
  gateway_refusals: GatewayRefusalsTable;
}
