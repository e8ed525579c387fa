import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0032_izu_registry.sql: the trainings volunteers have
// taken (their other registry fields are columns of users, in schema.ts).

type TimestampNow = ColumnType<Date, Date | string | undefined, Date | string>;

export type IzuStatus = 'active' | 'inactive' | 'replaced';
export type Sex = 'female' | 'male';

export interface UserTrainingsTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  taken_on: ColumnType<string, string, string>;
  created_at: TimestampNow;
}

export interface CommunityTables {
  user_trainings: UserTrainingsTable;
}
