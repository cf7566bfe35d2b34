export function EmptyState({ message }: { message: string }) {
  return <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">{message}</p>;
}
