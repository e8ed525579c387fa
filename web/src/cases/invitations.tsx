import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { QueryStatus } from '../components/query-view.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { formatDateTime } from '../labels.js';
import { Link, useNavigate } from 'react-router';
import { ConferenceView } from './section-conferences.js';
import { useConference, useInvitations, useWrite } from '../api/queries.js';
import { term } from './vocab.js';

// Case conference invitations: a participant sees that they are invited and
// nothing of the case until they sign the confidentiality agreement (tool 8).

export function InvitationsScreen() {
  const { t, i18n } = useTranslation();
  useTitle(t('conferences.invitationsTitle'));
  const query = useInvitations();
  const { data } = query;
  const sign = useWrite();
  const navigate = useNavigate();
  const signAgreement = async (id: string) => {
    const r = await sign.run(() => answer(client.POST('/api/v1/conferences/{id}/sign-agreement', { params: { path: { id } } })));
    if (r) navigate(`/conferences/${id}`);
  };
  return (
    <section aria-labelledby="invitations-title">
      <h1 id="invitations-title">{t('conferences.invitationsTitle')}</h1>
      <p className="muted">{t('conferences.invitationsIntro')}</p>
      <QueryStatus query={query} />
      <ErrorMessage error={sign.error} />
      {data && data.items.length === 0 && <p>{t('conferences.noInvitations')}</p>}
      {data && data.items.length > 0 && (
        <ul className="record-list">
          {data.items.map((inv) => (
            <li key={inv.participantId}>
              <p>
                <strong>{term(t, 'conferenceTypes', inv.type)}</strong> · {formatDateTime(inv.heldAt, i18n.language)}
                {inv.location && ` · ${inv.location}`} · {t('conferences.invitedBy', { name: inv.invitedBy.fullName })}
              </p>
              {inv.agreementSignedAt ? (
                <Link to={`/conferences/${inv.conferenceId}`}>{t('conferences.open')}</Link>
              ) : (
                <>
                  <p className="small">{t('conferences.agreementText')}</p>
                  <button type="button" className="primary" disabled={sign.busy} onClick={() => void signAgreement(inv.conferenceId)}>
                    {t('conferences.sign')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ConferenceScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useConference(id);
  const { data } = query;
  useTitle(data ? t('conferences.titleFor', { code: data.caseCode }) : t('conferences.invitationsTitle'));
  if (!data) return <QueryStatus query={query} />;
  return (
    <section aria-labelledby="conference-title">
      <p className="back">
        <Link to="/conferences/invitations">{t('conferences.invitationsTitle')}</Link>
      </p>
      <h1 id="conference-title">{t('conferences.titleFor', { code: data.caseCode })}</h1>
      <ConferenceView c={data} mayWork={false} onChanged={() => undefined} />
    </section>
  );
}
