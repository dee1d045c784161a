import { Client, cacheExchange, fetchExchange } from 'urql';

/** The one urql client. Same origin as the page, so no CORS and CSRF prevention is satisfied by JSON POSTs. */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
});
