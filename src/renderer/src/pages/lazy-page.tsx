import { type ComponentType, useEffect, useState } from 'react';

/** A page's code, loaded once: when the page is first shown, or ahead of that by `preload`. */
export interface PageCode<Props> {
  loaded(): ComponentType<Props> | null;
  preload(): Promise<ComponentType<Props>>;
}

export function pageCode<Props>(load: () => Promise<ComponentType<Props>>): PageCode<Props> {
  let page: ComponentType<Props> | null = null;
  let loading: Promise<ComponentType<Props>> | null = null;
  return {
    loaded: () => page,
    preload() {
      loading ??= load().then((loadedPage) => {
        page = loadedPage;
        return loadedPage;
      });
      return loading;
    },
  };
}

/**
 * Shows a page whose code loads when first shown; once loaded it draws at once. Not React.lazy:
 * Suspense holds its fallback on screen for a while (to avoid flicker) even when the code comes
 * in a few milliseconds, and every page would wait that long.
 */
export function LazyPage<Props extends object>({
  page,
  ...props
}: { page: PageCode<Props> } & Props) {
  // The code that came in while this page was shown; a route can swap `page` under it.
  const [arrived, setArrived] = useState<{ page: PageCode<Props>; Page: ComponentType<Props> }>();
  const Page = page.loaded() ?? (arrived?.page === page ? arrived.Page : null);
  useEffect(() => {
    if (Page) return;
    let current = true;
    void page.preload().then((loaded) => {
      if (current) setArrived({ page, Page: loaded });
    });
    return () => {
      current = false;
    };
  }, [page, Page]);
  return Page ? <Page {...(props as Props)} /> : <p className="loading">Loading…</p>;
}
