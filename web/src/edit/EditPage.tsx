import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { ActorKind, Level, MeasureStatus, MembershipRole, NetworkKind, NetworkStatus, ResponsibilityRole } from '../gql/graphql';
import { useI18n, type MessageKey } from '../i18n';
import { setToken, useToken } from '../auth';
import { ACTOR_KINDS } from '../map/urlState';
import { MutationForm, type FieldSpec, type FormValues } from './MutationForm';

const CreateActor = graphql(`
  mutation CreateActor($input: CreateActorInput!) { createActor(input: $input) { id name } }
`);
const UpdateActor = graphql(`
  mutation UpdateActor($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id name } }
`);
const CreateNetwork = graphql(`
  mutation CreateNetwork($input: CreateNetworkInput!) { createNetwork(input: $input) { id name } }
`);
const CreateMeasure = graphql(`
  mutation CreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { id title } }
`);
const AddMembership = graphql(`
  mutation AddMembership($actor: ID!, $network: ID!, $role: MembershipRole!, $since: String, $source: String!) {
    addMembership(actor: $actor, network: $network, role: $role, since: $since, source: $source) { role actor { id name } network { id name } }
  }
`);
const AddResponsibility = graphql(`
  mutation AddResponsibility($actor: ID!, $measure: ID!, $role: ResponsibilityRole!, $note: String, $source: String!) {
    addResponsibility(actor: $actor, measure: $measure, role: $role, note: $note, source: $source) { role actor { id name } measure { id title } }
  }
`);
const UpdateNetwork = graphql(`
  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id name } }
`);
const UpdateMeasure = graphql(`
  mutation UpdateMeasure($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { id title } }
`);
const EndMembership = graphql(`
  mutation EndMembership($actor: ID!, $network: ID!, $role: MembershipRole!, $until: String!) {
    endMembership(actor: $actor, network: $network, role: $role, until: $until) { role until actor { id name } network { id name } }
  }
`);
const RecordStatus = graphql(`
  mutation RecordStatus($measure: ID!, $status: MeasureStatus!, $asOf: String, $text: String, $source: String!) {
    recordStatus(measure: $measure, status: $status, asOf: $asOf, text: $text, source: $source) { id title latestStatus { asOf status } }
  }
`);
const EditPlansQuery = graphql(`
  query EditPlans { plans(first: 500) { edges { node { id title shortTitle } } } }
`);

const LEVELS: Level[] = ['NATIONAL', 'REGIONAL', 'COUNTY', 'MUNICIPAL', 'LOCAL', 'INTERNATIONAL'];
const NETWORK_KINDS: NetworkKind[] = ['REGIONAL', 'COUNTY', 'LOCAL', 'NATIONAL', 'WORKING_GROUP', 'FORUM', 'TEAM', 'INTERDEPARTMENTAL'];
const MEMBERSHIP_ROLES: MembershipRole[] = ['LEADER', 'COORDINATOR', 'SECRETARIAT', 'WORKING_GROUP', 'MEMBER'];
const RESPONSIBILITY_ROLES: ResponsibilityRole[] = ['LEAD', 'EXECUTING', 'CONTRIBUTING', 'COMMISSIONING', 'FUNDING'];
const NETWORK_STATUSES: NetworkStatus[] = ['ACTIVE', 'PROPOSED', 'STARTING', 'ENDED'];
const MEASURE_STATUSES: MeasureStatus[] = ['DONE', 'IN_PROGRESS', 'PARTLY_DONE', 'NOT_DONE', 'UNCLEAR', 'CANCELLED'];
const DATE_HINT = 'YYYY, YYYY-MM, YYYY-MM-DD';

/** Leaves out empty optional values, so "not given" is never sent as an empty string. */
const given = (v: FormValues, keys: string[]) => Object.fromEntries(keys.filter((k) => v[k]?.trim()).map((k) => [k, v[k].trim()]));

function SignIn() {
  const { t } = useI18n();
  const token = useToken();
  const [value, setValue] = useState('');
  if (token) {
    return (
      <section className="signin" aria-labelledby="signin-h">
        <h2 id="signin-h">{t('auth.signedIn')}</h2>
        <button type="button" onClick={() => setToken(null)}>{t('auth.signOut')}</button>
      </section>
    );
  }
  return (
    <section className="signin" aria-labelledby="signin-h">
      <h2 id="signin-h">{t('auth.signIn')}</h2>
      <form onSubmit={(e) => { e.preventDefault(); if (value.trim()) setToken(value.trim()); setValue(''); }}>
        <div className="field">
          <label htmlFor="token">{t('auth.token')}</label>
          <input id="token" type="password" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} aria-describedby="token-help" />
          <p id="token-help" className="hint">{t('auth.tokenHelp')}</p>
        </div>
        <button type="submit">{t('auth.signIn')}</button>
      </form>
    </section>
  );
}

/** Editing for signed-in editors: forms over the API's mutations, with its validation shown at the field. */
export function EditPage() {
  const { t } = useI18n();
  const token = useToken();
  const [, createActor] = useMutation(CreateActor);
  const [, updateActor] = useMutation(UpdateActor);
  const [, createNetwork] = useMutation(CreateNetwork);
  const [, createMeasure] = useMutation(CreateMeasure);
  const [, addMembership] = useMutation(AddMembership);
  const [, addResponsibility] = useMutation(AddResponsibility);
  const [, updateNetwork] = useMutation(UpdateNetwork);
  const [, updateMeasure] = useMutation(UpdateMeasure);
  const [, endMembership] = useMutation(EndMembership);
  const [, recordStatus] = useMutation(RecordStatus);
  const [plans] = useQuery({ query: EditPlansQuery, pause: !token });

  const opts = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) }));
  const source: FieldSpec = { name: 'source', label: t('edit.source'), type: 'text', required: true };

  return (
    <div className="page edit-page">
      <h1 id="page-heading" tabIndex={-1}>{t('edit.heading')}</h1>
      <p className="intro">{t('edit.intro')}</p>
      <SignIn />
      {!token ? <p className="note">{t('auth.required')}</p> : (
        <div className="edit-grid">
          <MutationForm
            title={t('edit.createActor')}
            fields={[
              { name: 'name', label: t('common.name'), type: 'text', required: true },
              { name: 'shortName', label: t('edit.shortName'), type: 'text' },
              { name: 'kind', label: t('common.kind'), type: 'select', required: true, options: opts(ACTOR_KINDS, 'kind') },
              { name: 'level', label: t('common.level'), type: 'select', options: opts(LEVELS, 'level') },
              { name: 'parent', label: t('edit.parent'), type: 'pick', searchKinds: ['ACTOR'] },
              { name: 'description', label: t('common.description'), type: 'textarea' },
              source,
            ]}
            submit={async (v) => {
              const r = await createActor({ input: { ...given(v, ['shortName', 'parent', 'description']), name: v.name, kind: v.kind as ActorKind, level: (v.level || undefined) as Level | undefined, source: v.source } });
              return { error: r.error, savedName: r.data?.createActor.name };
            }}
          />
          <MutationForm
            title={t('edit.updateActor')}
            fields={[
              { name: 'id', label: t('edit.pickActor'), type: 'pick', required: true, searchKinds: ['ACTOR'] },
              { name: 'name', label: t('common.name'), type: 'text' },
              { name: 'shortName', label: t('edit.shortName'), type: 'text' },
              { name: 'kind', label: t('common.kind'), type: 'select', options: opts(ACTOR_KINDS, 'kind') },
              { name: 'level', label: t('common.level'), type: 'select', options: opts(LEVELS, 'level') },
              { name: 'description', label: t('common.description'), type: 'textarea' },
            ]}
            submit={async (v) => {
              const r = await updateActor({ id: v.id, input: given(v, ['name', 'shortName', 'kind', 'level', 'description']) });
              return { error: r.error, savedName: r.data?.updateActor.name };
            }}
          />
          <MutationForm
            title={t('edit.createNetwork')}
            fields={[
              { name: 'name', label: t('common.name'), type: 'text', required: true },
              { name: 'kind', label: t('common.kind'), type: 'select', required: true, options: opts(NETWORK_KINDS, 'nkind') },
              { name: 'established', label: t('edit.established'), type: 'text', hint: 'YYYY, YYYY-MM, YYYY-MM-DD' },
              { name: 'mandate', label: t('edit.mandate'), type: 'textarea' },
              { name: 'meetingFrequency', label: t('network.meetingFrequency'), type: 'text' },
              source,
            ]}
            submit={async (v) => {
              const r = await createNetwork({ input: { ...given(v, ['established', 'mandate', 'meetingFrequency']), name: v.name, kind: v.kind as NetworkKind, source: v.source } });
              return { error: r.error, savedName: r.data?.createNetwork.name };
            }}
          />
          <MutationForm
            title={t('edit.updateNetwork')}
            fields={[
              { name: 'id', label: t('edit.pickNetwork'), type: 'pick', required: true, searchKinds: ['NETWORK'] },
              { name: 'name', label: t('common.name'), type: 'text' },
              { name: 'kind', label: t('common.kind'), type: 'select', options: opts(NETWORK_KINDS, 'nkind') },
              { name: 'status', label: t('common.status'), type: 'select', options: opts(NETWORK_STATUSES, 'nstatus') },
              { name: 'established', label: t('edit.established'), type: 'text', hint: DATE_HINT },
              { name: 'ended', label: t('edit.ended'), type: 'text', hint: DATE_HINT },
              { name: 'mandate', label: t('edit.mandate'), type: 'textarea' },
              { name: 'meetingFrequency', label: t('network.meetingFrequency'), type: 'text' },
            ]}
            submit={async (v) => {
              const r = await updateNetwork({ id: v.id, input: given(v, ['name', 'kind', 'status', 'established', 'ended', 'mandate', 'meetingFrequency']) });
              return { error: r.error, savedName: r.data?.updateNetwork.name };
            }}
          />
          <MutationForm
            title={t('edit.createMeasure')}
            fields={[
              { name: 'plan', label: t('common.plan'), type: 'select', required: true, options: (plans.data?.plans.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.shortTitle ?? e.node.title })) },
              { name: 'number', label: t('edit.number'), type: 'text', required: true },
              { name: 'title', label: t('edit.title'), type: 'text', required: true },
              { name: 'description', label: t('common.description'), type: 'textarea' },
              source,
            ]}
            submit={async (v) => {
              const r = await createMeasure({ input: { ...given(v, ['description']), plan: v.plan, number: v.number, title: v.title, source: v.source } });
              return { error: r.error, savedName: r.data?.createMeasure.title };
            }}
          />
          <MutationForm
            title={t('edit.updateMeasure')}
            fields={[
              { name: 'id', label: t('edit.pickMeasure'), type: 'pick', required: true, searchKinds: ['MEASURE'] },
              { name: 'title', label: t('edit.title'), type: 'text' },
              { name: 'description', label: t('common.description'), type: 'textarea' },
              { name: 'achievement', label: t('edit.achievement'), type: 'textarea' },
            ]}
            submit={async (v) => {
              const r = await updateMeasure({ id: v.id, input: given(v, ['title', 'description', 'achievement']) });
              return { error: r.error, savedName: r.data?.updateMeasure.title };
            }}
          />
          <MutationForm
            title={t('edit.recordStatus')}
            fields={[
              { name: 'measure', label: t('edit.pickMeasure'), type: 'pick', required: true, searchKinds: ['MEASURE'] },
              { name: 'status', label: t('common.status'), type: 'select', required: true, options: opts(MEASURE_STATUSES, 'status') },
              { name: 'asOf', label: t('edit.asOf'), type: 'text', hint: t('edit.asOfHint') },
              { name: 'text', label: t('edit.statusText'), type: 'textarea' },
              source,
            ]}
            submit={async (v) => {
              const r = await recordStatus({ ...given(v, ['asOf', 'text']), measure: v.measure, status: v.status as MeasureStatus, source: v.source });
              const m = r.data?.recordStatus;
              return { error: r.error, savedName: m && t('edit.statusSaved', { name: m.title, status: t(`status.${v.status as MeasureStatus}`) }) };
            }}
          />
          <MutationForm
            title={t('edit.addMembership')}
            fields={[
              { name: 'actor', label: t('edit.pickActor'), type: 'pick', required: true, searchKinds: ['ACTOR'] },
              { name: 'network', label: t('edit.pickNetwork'), type: 'pick', required: true, searchKinds: ['NETWORK'] },
              { name: 'role', label: t('common.role'), type: 'select', required: true, options: opts(MEMBERSHIP_ROLES, 'mrole') },
              { name: 'since', label: t('edit.since'), type: 'text', hint: 'YYYY, YYYY-MM, YYYY-MM-DD' },
              source,
            ]}
            submit={async (v) => {
              const r = await addMembership({ actor: v.actor, network: v.network, role: v.role as MembershipRole, since: v.since || undefined, source: v.source });
              return { error: r.error, savedName: r.data && `${r.data.addMembership.actor.name} → ${r.data.addMembership.network.name}` };
            }}
          />
          <MutationForm
            title={t('edit.endMembership')}
            fields={[
              { name: 'actor', label: t('edit.pickActor'), type: 'pick', required: true, searchKinds: ['ACTOR'] },
              { name: 'network', label: t('edit.pickNetwork'), type: 'pick', required: true, searchKinds: ['NETWORK'] },
              { name: 'role', label: t('common.role'), type: 'select', required: true, options: opts(MEMBERSHIP_ROLES, 'mrole') },
              { name: 'until', label: t('edit.until'), type: 'text', required: true, hint: DATE_HINT },
            ]}
            submit={async (v) => {
              const r = await endMembership({ actor: v.actor, network: v.network, role: v.role as MembershipRole, until: v.until.trim() });
              return { error: r.error, savedName: r.data && `${r.data.endMembership.actor.name} → ${r.data.endMembership.network.name}` };
            }}
          />
          <MutationForm
            title={t('edit.addResponsibility')}
            fields={[
              { name: 'actor', label: t('edit.pickActor'), type: 'pick', required: true, searchKinds: ['ACTOR'] },
              { name: 'measure', label: t('edit.pickMeasure'), type: 'pick', required: true, searchKinds: ['MEASURE'] },
              { name: 'role', label: t('common.role'), type: 'select', required: true, options: opts(RESPONSIBILITY_ROLES, 'role') },
              { name: 'note', label: t('common.note'), type: 'text' },
              source,
            ]}
            submit={async (v) => {
              const r = await addResponsibility({ actor: v.actor, measure: v.measure, role: v.role as ResponsibilityRole, note: v.note || undefined, source: v.source });
              return { error: r.error, savedName: r.data && `${r.data.addResponsibility.actor.name} → ${r.data.addResponsibility.measure.title}` };
            }}
          />
        </div>
      )}
    </div>
  );
}
