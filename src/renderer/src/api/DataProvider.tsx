import { QueryClientProvider } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { createChangeFeed } from './change-feed';
import type { ApiClient } from './client';
import { createQueryClient } from './contract-query';

const ApiContext = createContext<ApiClient | null>(null);

/** Server state for everything inside: one QueryClient, kept fresh by changes and their answers. */
export function DataProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  const [client] = useState(() => createQueryClient(api));
  useEffect(() => {
    const feed = createChangeFeed(client);
    const stopAnswers = api.onAnswer(feed.answer);
    const stopEvents = api.onEvent((event) => {
      if (event.name === 'data.changed') feed.receive(event.payload);
      // Devices joining or submitting change only the room's counts.
      if (event.name === 'room.changed')
        void client.invalidateQueries({ queryKey: ['room.status'] });
    });
    return () => {
      stopAnswers();
      stopEvents();
      feed.stop();
    };
  }, [api, client]);
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
