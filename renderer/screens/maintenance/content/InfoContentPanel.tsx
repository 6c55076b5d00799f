// "Information topics" (supervisors and administrators): loads the published topics into a draft editor, and
// loads them again after a publish, a restore or Reload (which drops unpublished changes).
import { useCallback, useRef, useState } from 'react';
import type { SiteConfig } from '../../../../machines/contracts/site.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { type PanelMessage, PanelMessageView } from '../rowAction.js';
import { useHubList } from '../useHubList.js';
import { ContentEditor } from './ContentEditor.js';
import { t } from './contentText.js';

interface Props {
  bridge: HubBridge;
  site: SiteConfig;
}

export function InfoContentPanel({ bridge, site }: Props) {
  const loads = useRef(0);
  const load = useCallback(async () => {
    const content = await bridge.call('getInfoContent', {});
    loads.current += 1;
    return { content, load: loads.current };
  }, [bridge]);
  const [state, reload] = useHubList(load);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const changed = (text: string) => {
    setMessage({ text, error: false });
    reload();
  };
  const fresh = () => {
    setMessage(null);
    reload();
  };

  return (
    <section
      className="panel panel--wide"
      aria-labelledby="info-content-heading"
      data-testid="info-content-panel"
    >
      <h2 id="info-content-heading">{t('heading')}</h2>
      <p className="field__hint">{t('intro')}</p>
      <PanelMessageView message={message} />
      {state.status === 'loading' && <p>{t('loading')}</p>}
      {state.status === 'forbidden' && <p role="alert">{t('error.forbidden')}</p>}
      {state.status === 'failed' && (
        <p role="alert" className="error-summary">
          {t('loadFailed')}
        </p>
      )}
      {state.status === 'loaded' && (
        <ContentEditor
          key={state.value.load}
          bridge={bridge}
          content={state.value.content}
          site={site}
          onMessage={setMessage}
          onChanged={changed}
          onReload={fresh}
        />
      )}
      <button type="button" className="button button--small" onClick={fresh}>
        {t('reload')}
      </button>
    </section>
  );
}
