import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { ErrorMessage } from '../components/error-message.js';
import { formatDateTime } from '../labels.js';
import { Link, useNavigate } from 'react-router';
import { Loading } from './fields.js';
import { ConferenceView } from './section-conferences.js';
import type { Conference, Invitation } from '../api/types.js';
import { useLoad, useSubmit } from './use-load.js';
import { term } from './vocab.js';

// Case conference invitations: a participant sees that they are invited and
// nothing of the case until they sign the confidentiality agreement (tool 8).

export function InvitationsScreen() {
  const { t, i18n } = useTranslation();
  const { data, error } = useLoad<{ items: Invitation[] }>('/conferences/invitations');
  const sign = useSubmit();
  const navigate = useNavigate();
  const signAgreement = async (id: string) => {
    const r = await sign.run(() => api.post(`/conferences/${id}/sign-agreement`, {}));
    if (r) navigate(`/conferences/${id}`);
  };
  return (
    <section aria-labelledby="invitations-title">
      <h1 id="invitations-title">{t('conferences.invitationsTitle')}</h1>
      <p className="muted">{t('conferences.invitationsIntro')}</p>
      <ErrorMessage error={error ?? sign.error} />
      {!data && !error && <Loading />}
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
  const { data, error, reload } = useLoad<Conference>(`/conferences/${id}`);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  return (
    <section aria-labelledby="conference-title">
      <p className="back">
        <Link to="/conferences/invitations">{t('conferences.invitationsTitle')}</Link>
      </p>
      <h1 id="conference-title">{t('conferences.titleFor', { code: data.caseCode })}</h1>
      <ConferenceView c={data} mayWork={false} onChanged={reload} />
    </section>
  );
}
