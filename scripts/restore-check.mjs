// `npm run restore:check`: proves that a backup of Rinda's database restores
// into a working Rinda. Run it after every change to the backup set-up and
// regularly (e.g. monthly) on the latest backup: a backup never restored is
// a hope, not a backup.
//
// PostgreSQL (DATABASE_URL set): takes a dump of DATABASE_URL with pg_dump
// (custom format), or uses the one given with --dump FILE; restores it with
// pg_restore into a new database on the same server; compares the row count
// of every table with the source; starts the compiled server on the copy and
// waits until it answers /ready; verifies the audit chain there; stops it and
// drops the copy (--keep leaves it).
//
// Embedded database (no DATABASE_URL): copies the data folder RINDA_DATA_DIR
// (default ./data) or the backup folder given with --from DIR (a copy of a
// stopped server's data folder), starts the server on the copy, and does the
// same checks.
//
// The copy never sends SMS (no gateway) and never listens outside 127.0.0.1.
// The audit check needs the key the server seals with: the same
// RINDA_SECRET_KEY (or RINDA_AUDIT_KEY) as the running servers.
// Exit code 0 when every check passed, 1 otherwise; each check prints a line.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const keep = args.includes('--keep');
const say = (line) => process.stdout.write(line + '\n');
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1) + ' s';

if (!existsSync(join(root, 'build/src/main.js'))) {
  say('The compiled server is missing: run `npm run build` first.');
  process.exit(1);
}

async function rowCounts(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query(
      `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
    );
    const counts = {};
    for (const { table_name } of tables) {
      const { rows } = await client.query(`select count(*)::bigint as n from "${table_name}"`);
      counts[table_name] = Number(rows[0].n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

/** This process's environment with `set` applied; a key set to undefined is removed. */
function environment(set) {
  const env = { ...process.env, ...set };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env;
}

/** Starts the compiled server on `env`; resolves with its URL and a stop function. */
function startServer(env) {
  const child = spawn(process.execPath, [join(root, 'build/src/main.js')], {
    cwd: root,
    env: environment({ ...env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', RINDA_SMS_GATEWAY_URL: undefined }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  const exited = new Promise((r) => child.once('exit', (code) => r(code)));
  createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
  const url = new Promise((resolveUrl, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      const m = /Rinda is running at (http:\/\/\S+)/.exec(line);
      if (m) resolveUrl(m[1]);
    });
    void exited.then((code) => reject(new Error(`the server exited (${code}):\n${output.join('\n')}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

function verifyAudit(env) {
  try {
    const out = execFileSync(process.execPath, [join(root, 'build/src/audit/verify.cli.js')], {
      cwd: root,
      env: environment(env),
      encoding: 'utf8',
    });
    return { ok: true, text: out.trim() };
  } catch (err) {
    return { ok: false, text: `${err.stdout ?? ''}${err.stderr ?? ''}`.trim() };
  }
}

/** A failure already reported by check(): stop, clean up, exit 1. */
class RestoreFailed extends Error {}

let failed = false;
const check = (ok, line) => {
  say(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
  if (!ok) failed = true;
};

async function checkServer(env) {
  const server = startServer(env);
  try {
    const url = await server.url;
    const ready = await fetch(`${url}/ready`);
    check(ready.status === 200, `the server starts on the copy and answers /ready (${ready.status}, ${seconds()})`);
  } catch (err) {
    check(false, `the server starts on the copy: ${err.message}`);
  } finally {
    const code = await server.stop();
    check(code === 0, `the server stops cleanly (exit ${code})`);
  }
  const audit = verifyAudit(env);
  check(audit.ok, `the audit chain verifies on the copy: ${audit.text.split('\n').at(-1)}`);
}

if (process.env.DATABASE_URL) {
  const source = process.env.DATABASE_URL;
  const work = mkdtempSync(join(tmpdir(), 'rinda-restore-'));
  const dump = option('--dump') ? resolve(option('--dump')) : join(work, 'rinda.dump');
  if (!option('--dump')) {
    execFileSync('pg_dump', ['--format=custom', '--file', dump, source]);
    say(`dump taken: ${(statSync(dump).size / 1e6).toFixed(1)} MB (${seconds()})`);
  }
  const name = `rinda_restore_${Date.now().toString(36)}`;
  const target = new URL(source);
  target.pathname = '/' + name;
  const admin = new pg.Client({ connectionString: source });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    try {
      execFileSync('pg_restore', ['--no-owner', '--no-acl', '--exit-on-error', '--dbname', target.toString(), dump], { stdio: ['ignore', 'ignore', 'pipe'] });
      say(`restored into ${name} (${seconds()})`);
    } catch (err) {
      check(
        false,
        `pg_restore: ${
          String(err.stderr ?? err.message)
            .trim()
            .split('\n')[0]
        }`,
      );
      throw new RestoreFailed();
    }
    if (!option('--dump')) {
      const [before, after] = [await rowCounts(source), await rowCounts(target.toString())];
      const differ = Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
      const rows = Object.values(after).reduce((a, b) => a + b, 0);
      check(
        differ.length === 0,
        `every table has the rows it had (${Object.keys(after).length} tables, ${rows} rows)${differ.length ? ': differ: ' + differ.join(', ') : ''}`,
      );
    }
    await checkServer({ DATABASE_URL: target.toString(), DATABASE_MIGRATION_URL: undefined, RINDA_DATA_DIR: undefined });
  } catch (err) {
    if (!(err instanceof RestoreFailed)) throw err;
  } finally {
    if (keep) say(`kept: ${target}`);
    else await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    rmSync(work, { recursive: true, force: true });
  }
} else {
  const from = resolve(option('--from') ?? process.env.RINDA_DATA_DIR ?? join(root, 'data'));
  if (!existsSync(join(from, 'pg'))) {
    say(`No embedded database in ${from} (expected ${join(from, 'pg')}).`);
    process.exit(1);
  }
  const copy = mkdtempSync(join(tmpdir(), 'rinda-restore-'));
  cpSync(from, copy, { recursive: true });
  say(`copied ${from} to ${copy} (${seconds()})`);
  try {
    await checkServer({ RINDA_DATA_DIR: copy, DATABASE_URL: undefined, DATABASE_MIGRATION_URL: undefined });
  } finally {
    if (keep) say(`kept: ${copy}`);
    else rmSync(copy, { recursive: true, force: true });
  }
}
say(failed ? `restore check FAILED (${seconds()})` : `restore check passed (${seconds()})`);
process.exit(failed ? 1 : 0);
