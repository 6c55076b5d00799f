// Already-translated sample text for the request receipt and referral slip in five kiosk languages.
import type { ReferralSlipPrintData } from '../../../printers/referralSlipLayout.js';
import type { RequestReceiptPrintData } from '../../../printers/requestReceiptLayout.js';
import type { TicketPrintData } from '../../../printers/ticketLayout.js';

export const sampleLanguages = ['en', 'es', 'ru', 'ro', 'uk'] as const;
export type SampleLanguage = (typeof sampleLanguages)[number];

interface Phrases {
  title: string;
  serviceName: string;
  reference: string;
  caseNumber: string;
  pending: string;
  submitted: string;
  next: string;
  steps: string[];
  scan: string;
  topic: string;
  summary: string;
  where: string;
  place: string;
  hours: string;
  hoursLines: string[];
  phone: string;
  web: string;
}

const phrases: Record<SampleLanguage, Phrases> = {
  en: {
    title: 'Your request',
    serviceName: 'Pothole repair on a residential street',
    reference: 'Reference',
    caseNumber: 'City case number',
    pending: 'Your case number will appear on the status page as soon as the city has it.',
    submitted: 'Submitted Thursday, November 26, 2026, 9:41 AM',
    next: 'What happens next',
    steps: [
      'A city crew reviews your request within two business days.',
      'You can check progress any time on the status page.',
    ],
    scan: 'Scan to check your request status',
    topic: 'Help paying a water bill',
    summary: 'Payment plans and discounts are available for households with low income.',
    where: 'Where to go',
    place: 'Water Bureau Customer Service',
    hours: 'Hours',
    hoursLines: ['Monday to Friday 8:00 AM to 5:00 PM'],
    phone: 'Phone',
    web: 'On the web',
  },
  es: {
    title: 'Su solicitud',
    serviceName: 'Reparación de baches en una calle residencial',
    reference: 'Referencia',
    caseNumber: 'Número de caso de la ciudad',
    pending: 'Su número de caso aparecerá en la página de estado en cuanto la ciudad lo tenga.',
    submitted: 'Enviada el jueves, 26 de noviembre de 2026, 9:41',
    next: '¿Qué pasa ahora?',
    steps: [
      'Un equipo de la ciudad revisará su solicitud en dos días hábiles.',
      'Puede consultar el avance en la página de estado, también mañana.',
    ],
    scan: 'Escanee para ver el estado de su solicitud',
    topic: 'Ayuda para pagar la factura del agua',
    summary: 'Hay planes de pago y descuentos para hogares con bajos ingresos.',
    where: 'Adónde ir',
    place: 'Servicio al cliente de la Oficina del Agua',
    hours: 'Horario',
    hoursLines: ['De lunes a viernes, de 8:00 a 17:00'],
    phone: 'Teléfono',
    web: 'En la web',
  },
  ru: {
    title: 'Ваша заявка',
    serviceName: 'Ремонт выбоины на жилой улице',
    reference: 'Номер обращения',
    caseNumber: 'Номер дела в городе',
    pending: 'Номер дела появится на странице статуса, как только город его присвоит.',
    submitted: 'Подано в четверг, 26 ноября 2026 г., 9:41',
    next: 'Что будет дальше',
    steps: [
      'Городская бригада рассмотрит заявку в течение двух рабочих дней.',
      'Следить за ходом работ можно на странице статуса.',
    ],
    scan: 'Отсканируйте, чтобы узнать статус заявки',
    topic: 'Помощь в оплате счёта за воду',
    summary: 'Для семей с низким доходом есть рассрочка и скидки.',
    where: 'Куда обратиться',
    place: 'Служба поддержки Управления водоснабжения',
    hours: 'Часы работы',
    hoursLines: ['С понедельника по пятницу, с 8:00 до 17:00'],
    phone: 'Телефон',
    web: 'В интернете',
  },
  ro: {
    title: 'Cererea dumneavoastră',
    serviceName: 'Repararea gropilor de pe o stradă rezidenţială',
    reference: 'Referinţă',
    caseNumber: 'Numărul dosarului la primărie',
    pending: 'Numărul dosarului va apărea pe pagina de stare de îndată ce primăria îl are.',
    submitted: 'Trimisă joi, 26 noiembrie 2026, 9:41',
    next: 'Ce urmează',
    steps: [
      'O echipă a oraşului analizează cererea în două zile lucrătoare.',
      'Puteţi urmări stadiul oricând pe pagina de stare. Așteptați vești.',
    ],
    scan: 'Scanaţi pentru a vedea starea cererii',
    topic: 'Ajutor pentru plata facturii la apă',
    summary: 'Există planuri de plată şi reduceri pentru gospodăriile cu venituri mici.',
    where: 'Unde să mergeţi',
    place: 'Serviciul clienţi al Biroului Apelor',
    hours: 'Program',
    hoursLines: ['De luni până vineri, între 8:00 şi 17:00'],
    phone: 'Telefon',
    web: 'Pe internet',
  },
  uk: {
    title: 'Ваше звернення',
    serviceName: 'Ремонт вибоїни на житловій вулиці',
    reference: 'Номер звернення',
    caseNumber: 'Номер справи в місті',
    pending: 'Номер справи з’явиться на сторінці статусу, щойно місто його присвоїть.',
    submitted: 'Подано в четвер, 26 листопада 2026 р., 9:41',
    next: 'Що буде далі',
    steps: [
      'Міська бригада розгляне звернення протягом двох робочих днів.',
      'Стежити за ходом робіт можна на сторінці статусу. Ґанок, їжак, єнот.',
    ],
    scan: 'Відскануйте, щоб дізнатися статус звернення',
    topic: 'Допомога з оплатою рахунку за воду',
    summary: 'Для родин з низьким доходом є розстрочка та знижки.',
    where: 'Куди звернутися',
    place: 'Служба підтримки Управління водопостачання',
    hours: 'Години роботи',
    hoursLines: ['З понеділка по п’ятницю, з 8:00 до 17:00'],
    phone: 'Телефон',
    web: 'В інтернеті',
  },
};

export function sampleRequestReceipt(
  language: SampleLanguage,
  overrides: Partial<RequestReceiptPrintData> = {},
): RequestReceiptPrintData {
  const p = phrases[language];
  return {
    siteName: 'Portland Building 311',
    title: p.title,
    serviceName: p.serviceName,
    localReferenceLabel: p.reference,
    localReference: 'PB-1126-0042',
    caseNumberLabel: p.caseNumber,
    caseNumber: '26-118734',
    caseNumberPendingText: p.pending,
    submittedAtText: p.submitted,
    nextStepsTitle: p.next,
    nextSteps: p.steps,
    statusUrlText: p.scan,
    statusUrl: 'https://311.portland.example/r/PB-1126-0042',
    language,
    ...overrides,
  };
}

export function sampleReferralSlip(
  language: SampleLanguage,
  overrides: Partial<ReferralSlipPrintData> = {},
): ReferralSlipPrintData {
  const p = phrases[language];
  return {
    siteName: 'Portland Building 311',
    title: p.topic,
    summary: p.summary,
    whereLabel: p.where,
    placeName: p.place,
    addressLines: ['1120 SW 5th Ave, Room 102', 'Portland, OR 97204'],
    hoursLabel: p.hours,
    hoursLines: p.hoursLines,
    phoneLabel: p.phone,
    phone: '503-823-7770',
    webLabel: p.web,
    webUrl: 'https://www.portland.gov/water/bill-help',
    language,
    ...overrides,
  };
}

const ticketPhrases: Record<
  SampleLanguage,
  Omit<TicketPrintData, 'siteName' | 'ticketNumber' | 'qrUrl' | 'language'>
> = {
  en: {
    serviceName: 'Water and sewer bill payments',
    issuedAtText: 'Thursday, November 26, 2026, 9:41 AM',
    peopleAheadText: '3 people ahead of you',
    message: 'We will call your number on the screen. Please stay nearby.',
    interpreterText: 'Interpreter: English',
  },
  es: {
    serviceName: 'Pago de facturas de agua y alcantarillado',
    issuedAtText: 'jueves, 26 de noviembre de 2026, 9:41',
    peopleAheadText: '3 personas delante de usted',
    message: '¿Necesita ayuda? Le llamaremos por su número en la pantalla.',
    interpreterText: 'Intérprete: español (en persona)',
  },
  ru: {
    serviceName: 'Оплата счетов за воду и канализацию',
    issuedAtText: 'четверг, 26 ноября 2026 г., 9:41',
    peopleAheadText: 'Перед вами 3 человека',
    message: 'Мы вызовем ваш номер на экране. Пожалуйста, оставайтесь рядом.',
    interpreterText: 'Переводчик: русский язык',
  },
  ro: {
    serviceName: 'Plata facturilor de apă şi canalizare',
    issuedAtText: 'joi, 26 noiembrie 2026, 9:41',
    peopleAheadText: '3 persoane înaintea dumneavoastră',
    message: 'Vă vom chema numărul pe ecran. Așteptați în apropiere, vă rugăm.',
    interpreterText: 'Interpret: limba română',
  },
  uk: {
    serviceName: 'Оплата рахунків за воду та каналізацію',
    issuedAtText: 'четвер, 26 листопада 2026 р., 9:41',
    peopleAheadText: 'Перед вами 3 особи',
    message: 'Ми викличемо ваш номер на екрані. Будь ласка, залишайтеся поруч. Ґудзик, їжак, єнот.',
    interpreterText: 'Перекладач: українська мова',
  },
};

export function sampleTicketIn(language: SampleLanguage): TicketPrintData {
  return {
    siteName: 'Portland Building 311',
    ticketNumber: 'A042',
    qrUrl: 'https://311.portland.example/t/9f3c2a',
    language,
    ...ticketPhrases[language],
  };
}
