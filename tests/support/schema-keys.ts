import type pg from "pg";

/**
 * Indexes, unique constraints, primary keys and foreign keys, written as one
 * readable line each ("unique opt_out_employee_id_date_key ON opt_out(employee_id, date)"),
 * so the migration test can compare what schema.prisma declares with what the
 * migrations created, and a failure shows exactly which key differs.
 */

export interface DmmfKeyField {
  name: string;
  dbName?: string | null;
  kind: string;
  isRequired: boolean;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  type: string;
}
export interface DmmfKeyModel {
  name: string;
  dbName: string | null;
  fields: DmmfKeyField[];
}
export interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: { name: string }[];
}

// Prisma's ON DELETE when the schema does not say: Restrict for a required relation, SetNull for an optional one.
const referentialAction: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

const line = (kind: string, name: string, table: string, columns: string[]) => `${kind} ${name} ON ${table}(${columns.join(", ")})`;

export function expectedKeys(models: DmmfKeyModel[], indexes: DmmfIndex[]): string[] {
  const tableOf = (model: DmmfKeyModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfKeyModel, field: string) => {
    const found = model.fields.find((candidate) => candidate.name === field);
    return found?.dbName ?? field;
  };
  const byName = new Map(models.map((model) => [model.name, model]));
  const keys: string[] = [];
  for (const index of indexes) {
    const model = byName.get(index.model);
    if (!model) continue;
    const table = tableOf(model);
    const columns = index.fields.map((field) => columnOf(model, field.name));
    // Prisma's default names; a `map:` in the schema shows up as dbName.
    if (index.type === "id") keys.push(line("primary", index.dbName ?? `${table}_pkey`, table, columns));
    else if (index.type === "unique") keys.push(line("unique", index.dbName ?? `${table}_${columns.join("_")}_key`, table, columns));
    else keys.push(line(index.type === "normal" ? "index" : index.type, index.dbName ?? `${table}_${columns.join("_")}_idx`, table, columns));
  }
  for (const model of models) {
    const table = tableOf(model);
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.relationFromFields?.length) continue;
      const target = byName.get(field.type);
      if (!target) continue;
      const columns = field.relationFromFields.map((name) => columnOf(model, name));
      const targetColumns = (field.relationToFields ?? []).map((name) => columnOf(target, name));
      const onDelete = referentialAction[field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull")];
      keys.push(
        `${line("foreign", `${table}_${columns.join("_")}_fkey`, table, columns)} REFERENCES ${tableOf(target)}(${targetColumns.join(", ")}) ON DELETE ${onDelete} ON UPDATE CASCADE`,
      );
    }
  }
  return keys.sort();
}

const pgAction: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

/** The same lines, read from PostgreSQL's catalogue for the public schema (Prisma's own table left out). */
export async function actualKeys(client: pg.Client): Promise<string[]> {
  const indexes = await client.query<{ table: string; name: string; primary: boolean; unique: boolean; columns: string[] }>(`
    SELECT t.relname AS table, i.relname AS name, x.indisprimary AS primary, x.indisunique AS unique,
           array_agg(a.attname ORDER BY k.position)::text[] AS columns
    FROM pg_index x
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, position)
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
    WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
    GROUP BY t.relname, i.relname, x.indisprimary, x.indisunique`);
  const foreign = await client.query<{ table: string; name: string; columns: string[]; target: string; target_columns: string[]; on_delete: string; on_update: string }>(`
    SELECT t.relname AS table, c.conname AS name, r.relname AS target, c.confdeltype AS on_delete, c.confupdtype AS on_update,
           (SELECT array_agg(a.attname ORDER BY k.position)::text[] FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, position)
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
           (SELECT array_agg(a.attname ORDER BY k.position)::text[] FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, position)
              JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS target_columns
    FROM pg_constraint c
    JOIN pg_class t ON t.oid = c.conrelid
    JOIN pg_class r ON r.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE c.contype = 'f' AND n.nspname = 'public'`);
  return [
    ...indexes.rows.map((row) => line(row.primary ? "primary" : row.unique ? "unique" : "index", row.name, row.table, row.columns)),
    ...foreign.rows.map(
      (row) =>
        `${line("foreign", row.name, row.table, row.columns)} REFERENCES ${row.target}(${row.target_columns.join(", ")}) ON DELETE ${pgAction[row.on_delete]} ON UPDATE ${pgAction[row.on_update]}`,
    ),
  ].sort();
}
