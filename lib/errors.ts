/**
 * The one error type of the app's own rules. Data access and actions throw
 * it; the API turns it into `{"error": {...}}` with its status, and forms
 * show its message next to `field`. `code` is machine-readable (and a
 * message key for the UI); `message` is plain English for API clients.
 */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 415 | 422 | 429;

/** One bad row of an uploaded file (rows count from 1, the header being row 1). */
export interface RowIssue {
  row: number;
  column: string;
  message: string;
}

export interface FieldIssue {
  field: string;
  message: string;
}

export interface AppErrorDetails {
  /** The input field at fault, as a dotted path ("rules.waves.0.from"). */
  field?: string;
  /** Every field at fault, when there are several. */
  issues?: FieldIssue[];
  rows?: RowIssue[];
  /** With 429: when to try again. */
  retryAfterSeconds?: number;
  /** With 405: the methods the path answers (the `Allow` header). */
  allow?: readonly string[];
}

export class AppError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const badRequest = (message: string, field?: string, code = "invalid_input") => new AppError(400, code, message, { field });
export const unauthorized = (message = "Sign in, or send a personal access token as `Authorization: Bearer ...`.", code = "unauthorized") =>
  new AppError(401, code, message);
export const forbiddenError = (message = "Your role may not do this.") => new AppError(403, "forbidden", message);
export const notFound = (message: string, code = "not_found") => new AppError(404, code, message);
export const methodNotAllowed = (message: string, allow: readonly string[]) => new AppError(405, "method_not_allowed", message, { allow });
export const conflict = (code: string, message: string, field?: string) => new AppError(409, code, message, { field });
/** Well-formed input that a rule of the product refuses (a past day, a day that is not yours...). */
export const refused = (code: string, message: string, field?: string) => new AppError(422, code, message, { field });
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new AppError(429, "rate_limited", message, { retryAfterSeconds });
