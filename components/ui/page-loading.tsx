import { Spinner } from "./spinner";

/** What a page shows while its data loads: the word in a live region, and grey bars where the content will be. */
export function PageLoading({ label }: { label: string }) {
  return (
    <div data-testid="page-loading" className="space-y-3">
      <p role="status" className="flex items-center gap-2 text-stone-700">
        <Spinner />
        {label}
      </p>
      <div aria-hidden="true" className="space-y-3 motion-safe:animate-pulse">
        <div className="h-6 w-2/3 max-w-md rounded bg-stone-200" />
        <div className="h-24 rounded-lg bg-stone-200" />
        <div className="h-24 rounded-lg bg-stone-200" />
      </div>
    </div>
  );
}
