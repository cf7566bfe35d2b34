"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A polite live region in the header: when a page refresh after a change
 * (staying home, asking for a day, ...) brings a notification that was not
 * there before, it reads out its title and the unread count, which the bell
 * shows at the same time. Nothing is read on a page's first load: the bell's
 * name says the count then. The sentence comes translated from the server.
 */
export function NewNotificationAnnouncer({ newestId, announcement }: { newestId: string | null; announcement: string }) {
  const seen = useRef<string | null | undefined>(undefined);
  const [said, setSaid] = useState("");
  useEffect(() => {
    const first = seen.current === undefined;
    const changed = seen.current !== newestId;
    seen.current = newestId;
    if (!first && changed && newestId) setSaid(announcement);
  }, [newestId, announcement]);
  return (
    <p role="status" aria-live="polite" className="sr-only">
      {said}
    </p>
  );
}
