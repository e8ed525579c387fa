import { isIP } from 'node:net';
import { z } from 'zod';

// Every setting comes from the environment, with safe defaults for the
// embedded mode. Each variable is documented in the README.
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATABASE_MIGRATION_URL: z.string().url().optional(),
  RINDA_DATA_DIR: z.string().default('./data'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RINDA_ADMIN_USERNAME: z.string().min(3).default('admin'),
  RINDA_SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  RINDA_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  RINDA_PASSWORD_MIN_LENGTH: z.coerce.number().int().min(8).default(10),
  RINDA_PASSWORD_EXPIRY_DAYS: z.coerce.number().int().min(0).default(90),
  RINDA_LOCKOUT_ATTEMPTS: z.coerce.number().int().positive().default(5),
  RINDA_LOCKOUT_MINUTES: z.coerce.number().int().positive().default(15),
  RINDA_LOCKOUT_MAX_LOCKS: z.coerce.number().int().positive().default(3),
  RINDA_SIGN_IN_RATE_LIMIT: z.coerce.number().int().positive().default(30),
  RINDA_TRUST_PROXY: z.string().default(''),
  RINDA_WRITE_RATE_LIMIT: z.coerce.number().int().positive().default(120),
  RINDA_MFA_ROLES: z.string().default('sysadmin,cpwo,cso_caseworker,supervisor,service_provider,hotline_agent,ncda_officer,dpo'),
  RINDA_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  RINDA_SECRET_KEY: z.string().min(32).optional(),
  RINDA_AUDIT_KEY: z.string().min(32).optional(),
  RINDA_BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  RINDA_ATTACHMENT_MAX_BYTES: z.coerce.number().int().positive().default(10_485_760),
  RINDA_AUDIT_SEAL_INTERVAL_MS: z.coerce.number().int().positive().default(1000),
  RINDA_ESCALATION_INTERVAL_MS: z.coerce.number().int().positive().default(300_000),
  RINDA_DP_REQUEST_DAYS: z.coerce.number().int().positive().max(365).default(30),
  RINDA_EMERGENCY_ACCESS_MINUTES: z.coerce.number().int().positive().max(10_080).default(240),
  RINDA_CARE_GATEKEEPING_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  RINDA_CARE_REVIEW_DAYS: z.coerce.number().int().min(7).max(365).default(90),
  RINDA_SMS_GATEWAY_URL: z.string().url().optional(),
  RINDA_SMS_GATEWAY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  RINDA_SMS_INTERVAL_MS: z.coerce.number().int().positive().default(30_000),
  RINDA_SMS_PER_NUMBER_HOUR: z.coerce.number().int().positive().default(10),
  RINDA_SMS_PER_NUMBER_DAY: z.coerce.number().int().positive().default(30),
  RINDA_GATEWAY_SECRET: z.string().min(16).optional(),
  RINDA_GATEWAY_SECRET_RAPIDPRO: z.string().min(16).optional(),
  RINDA_GATEWAY_SECRET_AFRICASTALKING: z.string().min(16).optional(),
  RINDA_GATEWAY_SECRET_USSD: z.string().min(16).optional(),
  RINDA_SMS_INBOUND_LEASE_MS: z.coerce.number().int().positive().default(60_000),
  TZ_DISTRICT: z.string().default('Africa/Kigali'),
  RINDA_IZU_REPORT_DEADLINE_DAY: z.coerce.number().int().min(1).max(28).default(5),
  RINDA_INDICATOR_MIN_CELL: z.coerce.number().int().min(2).max(100).default(5),
  RINDA_DHIS2_URL: z.url().optional(),
  RINDA_DHIS2_USERNAME: z.string().min(1).optional(),
  RINDA_DHIS2_PASSWORD: z.string().min(1).optional(),
  RINDA_DHIS2_TOKEN: z.string().min(1).optional(),
  RINDA_DHIS2_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
  RINDA_DHIS2_RETRY_MS: z.coerce.number().int().min(0).max(600_000).default(2_000),
  RINDA_DHIS2_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  RINDA_IZU_REMINDER_INTERVAL_MS: z.coerce.number().int().positive().default(3_600_000),
  RINDA_USSD_SESSION_MAX_AGE_HOURS: z.coerce.number().positive().default(24),
  RINDA_GATEWAY_REFUSAL_LIMIT: z.coerce.number().int().min(1).default(30),
  RINDA_GATEWAY_REFUSAL_WINDOW_MINUTES: z.coerce.number().positive().default(10),
  RINDA_GATEWAY_REFUSAL_MAX_AGE_DAYS: z.coerce.number().positive().default(90),
  RINDA_GATEWAY_HOUSEKEEPING_INTERVAL_MS: z.coerce.number().int().positive().default(3_600_000),
  RINDA_BREACH_ESCALATION_HOURS: z.coerce.number().positive().default(6),
  RINDA_CARE_LEAVER_MONTHS: z.coerce.number().int().min(1).max(60).default(12),
  RINDA_RETENTION_INTERVAL_MS: z.coerce.number().int().positive().default(86_400_000),
});

export type TrustProxy = false | number | string[];

// proxy-addr's names for ranges, accepted beside addresses and CIDRs.
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** RINDA_TRUST_PROXY: empty or 'false' trusts no proxy; a whole number is a hop count; otherwise a list of addresses and CIDRs. */
export function parseTrustProxy(value: string): TrustProxy {
  const v = value.trim();
  if (v === '' || v === 'false' || v === '0') return false;
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isAddressOrCidr(e));
  // 'true' (trust every peer) is refused: any client could then choose its own address.
  if (bad.length) throw new Error(`Invalid configuration: RINDA_TRUST_PROXY: not an address, CIDR or hop count: ${bad.join(', ')}`);
  return entries;
}

export type Config = {
  databaseUrl?: string;
  /** PostgreSQL: the owner role's URL; migrations run under it and the application under DATABASE_URL's role (src/db/app-role.ts). */
  databaseMigrationUrl?: string;
  dataDir: string;
  host: string;
  port: number;
  publicUrl?: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  adminUsername: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  passwordMinLength: number;
  passwordExpiryDays: number;
  lockoutAttempts: number;
  /** The first lock's length; each further lock in a row lasts twice the one before. */
  lockoutMinutes: number;
  /** Locks in a row after which only an administrator can unlock the account. */
  lockoutMaxLocks: number;
  /** Sign-in and second-factor attempts allowed per client address per minute (beside the lockout per account). */
  signInRateLimit: number;
  /**
   * Which proxies may tell the client's address (X-Forwarded-For) and protocol
   * (X-Forwarded-Proto): false (none, the default: the address is the TCP
   * peer's), a number of hops, or the proxies' addresses and CIDR ranges.
   */
  trustProxy: TrustProxy;
  /** State-changing requests allowed per signed-in user per minute. */
  writeRateLimit: number;
  mfaRoles: string[];
  cookieSecure: 'auto' | 'true' | 'false';
  secretKey?: string;
  /** The audit seals' HMAC key; derived from the secret key when not set. */
  auditKey?: string;
  bodyLimitBytes: number;
  /** Largest case file attachment (scanned documents, evidence). */
  attachmentMaxBytes: number;
  /** How often the audit sealer runs: the longest an audit entry waits to join the hash chain. */
  auditSealIntervalMs: number;
  /** How often overdue deadlines are escalated. */
  escalationIntervalMs: number;
  /** Days to answer a data protection request (its deadline escalates after). */
  dpRequestDays: number;
  /** How long an emergency access to a case outside one's scope lasts. */
  emergencyAccessMinutes: number;
  /** Days after an emergency placement within which its gatekeeping decision is due (alternative care). */
  careGatekeepingDays: number;
  /** Days between a placement's start (or last review) and its next review. */
  careReviewDays: number;
  /** The SMS gateway (POST of JSON {to, text, reference}); unset: messages are written to the log. */
  smsGatewayUrl?: string;
  smsGatewayTimeoutMs: number;
  /** How often the SMS worker sends what is queued and due (a request sends its own at once). */
  smsIntervalMs: number;
  /** SMS one phone number may be sent per hour and per day; more are recorded as refused. */
  smsPerNumberHour: number;
  smsPerNumberDay: number;
  /**
   * The shared secret each inbound SMS gateway sends with its webhook calls
   * (RINDA_GATEWAY_SECRET_<GATEWAY>, else RINDA_GATEWAY_SECRET). A gateway
   * without one is refused: the webhooks are never open.
   */
  gatewaySecrets: { rapidpro?: string; africastalking?: string; ussd?: string };
  /** How long a claimed batch of inbound SMS is left to the server that took it, should it stop mid-batch. */
  smsInboundLeaseMs: number;
  timeZone: string;
  /** The IZU monthly report of a month is due by the end of this day of the next month (Africa/Kigali). */
  izuReportDeadlineDay: number;
  /** Indicator counts below this are shown as "<N" to people without access to identities (docs/indicators.md). */
  indicatorMinCell: number;
  /**
   * The national DHIS2 the month's aggregates are pushed to (docs/indicators.md, DHIS2): its base URL, and a
   * personal access token or a username and password. Tries a push up to maxAttempts times, waiting retryMs, then
   * twice that, and so on, after a failure without an answer or a 5xx.
   */
  dhis2: { url?: string; username?: string; password?: string; token?: string; maxAttempts: number; retryMs: number; timeoutMs: number };
  /** How often the reminder worker looks for pairs past the deadline without a report. */
  izuReminderIntervalMs: number;
  /** USSD sessions (they hold the caller's number) not seen for this long are deleted. */
  ussdSessionMaxAgeHours: number;
  /** Refused gateway calls recorded per source address in a window; past it, 429 and nothing written. */
  gatewayRefusalLimit: number;
  gatewayRefusalWindowMinutes: number;
  /** Recorded refusals older than this are deleted. */
  gatewayRefusalMaxAgeDays: number;
  gatewayHousekeepingIntervalMs: number;
  /** A breach's NCSA notice or report overdue climbs one level per this many hours (DPO, then NCDA officers and administrators). */
  breachEscalationHours: number;
  /** A young person in care is a care leaver (listed, and a transition plan may be made) from this many months before 18. */
  careLeaverMonths: number;
  /** How often the retention worker applies the rules (src/retention/). */
  retentionIntervalMs: number;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.DATABASE_MIGRATION_URL && !e.DATABASE_URL) {
    throw new Error('Invalid configuration: DATABASE_MIGRATION_URL (the owner role) needs DATABASE_URL (the application role)');
  }
  return {
    databaseUrl: e.DATABASE_URL,
    databaseMigrationUrl: e.DATABASE_MIGRATION_URL,
    dataDir: e.RINDA_DATA_DIR,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    adminUsername: e.RINDA_ADMIN_USERNAME,
    sessionIdleMinutes: e.RINDA_SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.RINDA_SESSION_ABSOLUTE_HOURS,
    passwordMinLength: e.RINDA_PASSWORD_MIN_LENGTH,
    passwordExpiryDays: e.RINDA_PASSWORD_EXPIRY_DAYS,
    lockoutAttempts: e.RINDA_LOCKOUT_ATTEMPTS,
    lockoutMinutes: e.RINDA_LOCKOUT_MINUTES,
    lockoutMaxLocks: e.RINDA_LOCKOUT_MAX_LOCKS,
    signInRateLimit: e.RINDA_SIGN_IN_RATE_LIMIT,
    trustProxy: parseTrustProxy(e.RINDA_TRUST_PROXY),
    writeRateLimit: e.RINDA_WRITE_RATE_LIMIT,
    mfaRoles: e.RINDA_MFA_ROLES.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    cookieSecure: e.RINDA_COOKIE_SECURE,
    secretKey: e.RINDA_SECRET_KEY,
    auditKey: e.RINDA_AUDIT_KEY,
    bodyLimitBytes: e.RINDA_BODY_LIMIT_BYTES,
    attachmentMaxBytes: e.RINDA_ATTACHMENT_MAX_BYTES,
    auditSealIntervalMs: e.RINDA_AUDIT_SEAL_INTERVAL_MS,
    escalationIntervalMs: e.RINDA_ESCALATION_INTERVAL_MS,
    dpRequestDays: e.RINDA_DP_REQUEST_DAYS,
    emergencyAccessMinutes: e.RINDA_EMERGENCY_ACCESS_MINUTES,
    careGatekeepingDays: e.RINDA_CARE_GATEKEEPING_DAYS,
    careReviewDays: e.RINDA_CARE_REVIEW_DAYS,
    smsGatewayUrl: e.RINDA_SMS_GATEWAY_URL,
    smsGatewayTimeoutMs: e.RINDA_SMS_GATEWAY_TIMEOUT_MS,
    smsIntervalMs: e.RINDA_SMS_INTERVAL_MS,
    smsPerNumberHour: e.RINDA_SMS_PER_NUMBER_HOUR,
    smsPerNumberDay: e.RINDA_SMS_PER_NUMBER_DAY,
    gatewaySecrets: {
      rapidpro: e.RINDA_GATEWAY_SECRET_RAPIDPRO ?? e.RINDA_GATEWAY_SECRET,
      africastalking: e.RINDA_GATEWAY_SECRET_AFRICASTALKING ?? e.RINDA_GATEWAY_SECRET,
      ussd: e.RINDA_GATEWAY_SECRET_USSD ?? e.RINDA_GATEWAY_SECRET,
    },
    smsInboundLeaseMs: e.RINDA_SMS_INBOUND_LEASE_MS,
    timeZone: e.TZ_DISTRICT,
    izuReportDeadlineDay: e.RINDA_IZU_REPORT_DEADLINE_DAY,
    indicatorMinCell: e.RINDA_INDICATOR_MIN_CELL,
    dhis2: {
      url: e.RINDA_DHIS2_URL,
      username: e.RINDA_DHIS2_USERNAME,
      password: e.RINDA_DHIS2_PASSWORD,
      token: e.RINDA_DHIS2_TOKEN,
      maxAttempts: e.RINDA_DHIS2_MAX_ATTEMPTS,
      retryMs: e.RINDA_DHIS2_RETRY_MS,
      timeoutMs: e.RINDA_DHIS2_TIMEOUT_MS,
    },
    izuReminderIntervalMs: e.RINDA_IZU_REMINDER_INTERVAL_MS,
    ussdSessionMaxAgeHours: e.RINDA_USSD_SESSION_MAX_AGE_HOURS,
    gatewayRefusalLimit: e.RINDA_GATEWAY_REFUSAL_LIMIT,
    gatewayRefusalWindowMinutes: e.RINDA_GATEWAY_REFUSAL_WINDOW_MINUTES,
    gatewayRefusalMaxAgeDays: e.RINDA_GATEWAY_REFUSAL_MAX_AGE_DAYS,
    gatewayHousekeepingIntervalMs: e.RINDA_GATEWAY_HOUSEKEEPING_INTERVAL_MS,
    breachEscalationHours: e.RINDA_BREACH_ESCALATION_HOURS,
    careLeaverMonths: e.RINDA_CARE_LEAVER_MONTHS,
    retentionIntervalMs: e.RINDA_RETENTION_INTERVAL_MS,
  };
}
