// A referral slip's print data for one topic in the visitor's language: the topic's words (English when not
// yet translated), its weekly hours as lines in that language plus the hours note, and the slip's labels from
// the `referral` catalog.
import type { InfoTopic, SiteConfig } from '../../../machines/contracts/index.js';
import { type Catalogs, translator } from '../../../machines/i18n/translate.js';
import { openingHoursLines } from '../../../machines/info/hoursText.js';
import { topicText } from '../../../machines/info/topicText.js';
import type { ReferralSlipPrintData } from '../../../printers/referralSlipLayout.js';

export interface ReferralSlipInput {
  site: SiteConfig;
  topic: InfoTopic;
  language: string;
  catalogs: Catalogs;
}

export function buildReferralSlipPrintData({
  site,
  topic,
  language,
  catalogs,
}: ReferralSlipInput): ReferralSlipPrintData {
  const t = translator(catalogs, language, 'referral');
  const { text } = topicText(topic, language);
  const hoursLines = topic.hours ? openingHoursLines(topic.hours, language) : [];
  return {
    siteName: site.site.name,
    title: text.title,
    summary: text.summary || null,
    whereLabel: t('slip.where'),
    placeName: text.placeName,
    addressLines: text.addressLines,
    hoursLabel: t('slip.hours'),
    hoursLines: text.hoursNote ? [...hoursLines, text.hoursNote] : hoursLines,
    phoneLabel: t('slip.phone'),
    phone: topic.phone ?? '',
    webLabel: t('slip.web'),
    webUrl: topic.webUrl ?? '',
    language,
  };
}
