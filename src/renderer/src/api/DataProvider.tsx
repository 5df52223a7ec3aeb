import { QueryClientProvider } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { ApiClient } from './client';
import { createQueryClient, invalidateAfter } from './contract-query';

const ApiContext = createContext<ApiClient | null>(null);

/** Server state for everything inside: one QueryClient, kept fresh by `data.changed`. */
export function DataProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  const [client] = useState(() => createQueryClient(api));
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.name === 'data.changed') void invalidateAfter(client, event.payload.method);
        // Devices joining or submitting change only the room's counts.
        if (event.name === 'room.changed')
          void client.invalidateQueries({ queryKey: ['room.status'] });
      }),
    [api, client],
  );
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </ApiContext.Provider>
  );
}

/** The API client, for work that is more than one call (a report export). */
export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs a DataProvider above it.');
  return api;
}
