import { mkdtemp, mkdir, writeFile, cp } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from "@/lib/server/migrations";
import { ensureDatabase } from "@/lib/server/embedded-postgres";
import { actualKeys, expectedKeys, type DmmfIndex } from "@/tests/support/schema-keys";
import { testDatabaseUrl } from "@/tests/support/test-db";

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: string;
  type: string;
  isRequired: boolean;
  isList: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel { name: string; dbName: string | null; fields: DmmfField[] }
interface DmmfEnum { name: string; dbName?: string | null; values: { name: string }[] }

const schema = readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: schema }))) as {
  datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };
};
const schemaKeys = expectedKeys(dmmf.datamodel.models, dmmf.datamodel.indexes);

/** A new database migrated from `dir` (a copy of the migrations, maybe tampered with). */
async function migratedCopy(name: string, dir: string): Promise<string> {
  const url = new URL(testDatabaseUrl());
  const database = `office_rotation_${name}_${process.pid}`;
  await ensureDatabase(url.toString(), database);
  url.pathname = `/${database}`;
  await applyMigrations(url.toString(), dir);
  return url.toString();
}

async function keysOf(url: string): Promise<string[]> {
  const other = new pg.Client({ connectionString: url });
  await other.connect();
  try {
    return await actualKeys(other);
  } finally {
    await other.end();
  }
}

/** The migrations copied to a temporary folder with `edit` applied to the SQL of the one named `migration`. */
async function tamperedMigrations(migration: string, edit: (sql: string) => string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  const file = path.join(dir, migration, "migration.sql");
  const sql = readFileSync(file, "utf8");
  const edited = edit(sql);
  if (edited === sql) throw new Error(`The edit changed nothing in ${migration}`);
  await writeFile(file, edited);
  return dir;
}

// How PostgreSQL names the column types Prisma creates for each scalar.
const postgresType: Record<string, string> = {
  String: "text",
  Int: "int4",
  Boolean: "bool",
  Json: "jsonb",
  DateTime: "timestamptz",
};

interface ColumnRow { table_name: string; column_name: string; is_nullable: "YES" | "NO"; udt_name: string }

describe("migrations", () => {
  let client: pg.Client;
  let columns: ColumnRow[];

  beforeAll(async () => {
    client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    columns = (
      await client.query<ColumnRow>(
        `SELECT table_name, column_name, is_nullable, udt_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
      )
    ).rows;
  });
  afterAll(() => client.end());

  describe("the migrated database matches schema.prisma", () => {
    const models = dmmf.datamodel.models;

    it("has exactly one table per model", () => {
      const tables = [...new Set(columns.map((column) => column.table_name))].sort();
      expect(tables).toEqual(models.map((model) => model.dbName ?? model.name).sort());
    });

    for (const model of models) {
      it(`model ${model.name}: every column, its type and nullability`, () => {
        const table = model.dbName ?? model.name;
        const fields = model.fields.filter((field) => field.kind === "scalar" || field.kind === "enum");
        const actual = columns.filter((column) => column.table_name === table);
        expect(actual.map((column) => column.column_name).sort()).toEqual(fields.map((field) => field.dbName ?? field.name).sort());
        for (const field of fields) {
          const column = actual.find((candidate) => candidate.column_name === (field.dbName ?? field.name));
          const enumDbName = dmmf.datamodel.enums.find((candidate) => candidate.name === field.type)?.dbName;
          const baseType = field.kind === "enum" ? (enumDbName ?? field.type) : postgresType[field.type];
          const type = field.nativeType?.[0] === "Date" ? "date" : baseType;
          expect(column?.udt_name, `${model.name}.${field.name} type`).toBe(`${field.isList ? "_" : ""}${type}`);
          // Prisma creates list columns without NOT NULL.
          expect(column?.is_nullable, `${model.name}.${field.name} nullability`).toBe(field.isRequired && !field.isList ? "NO" : "YES");
        }
      });
    }

    it("has every index, unique constraint, primary key and foreign key (with ON DELETE) of the schema, and no other", async () => {
      expect(await actualKeys(client)).toEqual(schemaKeys);
    });

    it("has every enum with its values", async () => {
      const { rows } = await client.query<{ typname: string; labels: string[] }>(
        `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
      );
      for (const enumeration of dmmf.datamodel.enums) {
        const row = rows.find((candidate) => candidate.typname === (enumeration.dbName ?? enumeration.name));
        expect(row?.labels).toEqual(enumeration.values.map((value) => value.name));
      }
    });
  });

  describe("the key comparison catches a migration that", () => {
    const init = "20261123120000_init";

    it("forgets a unique constraint", async () => {
      const dir = await tamperedMigrations(init, (sql) => sql.replace(/CREATE UNIQUE INDEX "opt_out_employee_id_date_key"[^;]*;/, ""));
      const keys = await keysOf(await migratedCopy("no_unique", dir));
      expect(keys).not.toEqual(schemaKeys);
      expect(schemaKeys.filter((key) => !keys.includes(key))).toEqual(["unique opt_out_employee_id_date_key ON opt_out(employee_id, date)"]);
    });

    it("forgets an index", async () => {
      const dir = await tamperedMigrations(init, (sql) => sql.replace(/CREATE INDEX "opt_out_date_idx"[^;]*;/, ""));
      const keys = await keysOf(await migratedCopy("no_index", dir));
      expect(schemaKeys.filter((key) => !keys.includes(key))).toEqual(["index opt_out_date_idx ON opt_out(date)"]);
    });

    it("gives a foreign key another ON DELETE", async () => {
      const dir = await tamperedMigrations(init, (sql) =>
        sql.replace(/("opt_out_employee_id_fkey"[^;]*) ON DELETE CASCADE/, "$1 ON DELETE RESTRICT"),
      );
      const keys = await keysOf(await migratedCopy("restrict_fkey", dir));
      expect(keys.filter((key) => !schemaKeys.includes(key))).toEqual([
        "foreign opt_out_employee_id_fkey ON opt_out(employee_id) REFERENCES employee(id) ON DELETE RESTRICT ON UPDATE CASCADE",
      ]);
    });
  });

  describe("the migration step", () => {
    it("records every migration in _prisma_migrations with Prisma's checksum", async () => {
      const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      const expected = await readMigrations();
      expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(expected.map((migration) => [migration.name, migration.checksum]));
      expect(rows.every((row) => row.finished_at !== null && row.applied_steps_count === 1)).toBe(true);
    });

    it("is idempotent: a second run applies nothing", async () => {
      expect(await applyMigrations(testDatabaseUrl())).toEqual([]);
    });

    it("refuses a migration that was edited after it was applied", async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const [first] = await readMigrations(dir);
      await writeFile(path.join(dir, first!.name, "migration.sql"), `${first!.sql}\n-- edited`);
      await expect(applyMigrations(testDatabaseUrl(), dir)).rejects.toThrow(/was changed after it was applied/);
    });

    it("rolls back a failing migration completely and records nothing", async () => {
      const url = new URL(testDatabaseUrl());
      const name = `office_rotation_failing_${process.pid}`;
      await ensureDatabase(url.toString(), name);
      url.pathname = `/${name}`;
      const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
      await mkdir(path.join(dir, "20000101000000_broken"));
      await writeFile(path.join(dir, "20000101000000_broken", "migration.sql"), `CREATE TABLE "half" ("id" TEXT);\nSELECT no_such_function();`);
      await expect(applyMigrations(url.toString(), dir)).rejects.toThrow(/20000101000000_broken failed/);
      const other = new pg.Client({ connectionString: url.toString() });
      await other.connect();
      const tables = await other.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half'`);
      const recorded = await other.query(`SELECT 1 FROM "_prisma_migrations"`);
      await other.end();
      expect(tables.rowCount).toBe(0);
      expect(recorded.rowCount).toBe(0);
    });
  });
});
