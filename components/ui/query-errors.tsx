import { getTranslations } from "next-intl/server";

/** Tells the reader which part of the address was not understood. */
export async function QueryErrors({ errors }: { errors: string[] }) {
  if (errors.length === 0) return null;
  const t = await getTranslations("queryErrors");
  return (
    <div role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      {errors.map((key) => (
        <p key={key}>{t(key as "pageInvalid")}</p>
      ))}
    </div>
  );
}
