import { getTranslations } from "next-intl/server";

/**
 * Tells the reader which part of the address was not understood. `keys`:
 * where the messages live (a page's own, e.g. "trends.errors"), the shared
 * "queryErrors" by default.
 */
export async function QueryErrors({ errors, keys = "queryErrors" }: { errors: string[]; keys?: string }) {
  if (errors.length === 0) return null;
  const t = (await getTranslations(keys as "queryErrors")) as (key: string) => string;
  return (
    <div role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      {errors.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
    </div>
  );
}
