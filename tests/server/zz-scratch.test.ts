import { it } from 'vitest';
import { gql, startTestServer } from '../helpers.js';
import { configureLog } from '../../server/log.js';
it('scratch', async () => {
  const app = await startTestServer({ LOG_LEVEL: 'error' });
  configureLog('error', false);
  const qs = [
    `{ actors(first: 2) { totalCount edges { node { id name } } } }`,
    `{ actor(id: "actor:imdi-ost") { id name parent { id } memberships { role network { id name } sources { quote source { file } } } responsibilities { role measure { id plan { id } latestStatus { status } } } sources { quote locator source { id file } } } }`,
    `{ plan(id: "plan:moss-vold-2017") { statusSummary { total counts { status count share } } measures(statuses: [NOT_DONE]) { id } } }`,
  ];
  for (const q of qs) { const r = await gql(app, q); console.log(JSON.stringify(r.body).slice(0, 1500)); }
  await app.stop();
}, 120000);
