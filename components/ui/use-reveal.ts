"use client";

import { useCallback } from "react";

/**
 * A ref for a confirm step that appears after an action: when it mounts it is
 * scrolled into view and focused, so the person sees (and a screen reader
 * reads) the result where they are, instead of a change far up the page that
 * looks like nothing happened. Give the element tabIndex={-1}; give it a new
 * key for each new step so a replaced step is revealed again.
 */
export function useReveal<T extends HTMLElement>() {
  return useCallback((element: T | null) => {
    if (!element) return;
    element.scrollIntoView({ block: "nearest" });
    element.focus({ preventScroll: true });
  }, []);
}
