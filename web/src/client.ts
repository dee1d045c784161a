import { Client, cacheExchange, fetchExchange } from 'urql';
import { getToken } from './auth';

/**
 * The one urql client. Same origin as the page, so no CORS, and JSON POSTs satisfy Apollo's CSRF
 * prevention. The editor's token is read on every request (fetchOptions as a function), so signing
 * in or out takes effect at once without rebuilding the client.
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  fetchOptions: () => {
    const token = getToken();
    return token ? { headers: { authorization: `Bearer ${token}` } } : {};
  },
});
