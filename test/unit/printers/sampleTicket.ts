// Ticket data used by the printer tests: a Spanish-language ticket with accents, ñ and ¿.
import type { TicketPrintData } from '../../../printers/ticketLayout.js';

export function sampleTicket(overrides: Partial<TicketPrintData> = {}): TicketPrintData {
  return {
    siteName: 'Portland Building 311',
    ticketNumber: 'A042',
    serviceName: 'Pago de facturas de agua y alcantarillado',
    issuedAtText: 'jueves, 26 de noviembre de 2026, 9:41',
    peopleAheadText: '3 personas delante de usted',
    message: '¿Necesita ayuda? Le llamaremos por su número. El señor de la mañana también está aquí.',
    interpreterText: 'Intérprete: español (en persona)',
    qrUrl: 'https://311.portland.example/t/9f3c2a',
    language: 'es',
    ...overrides,
  };
}
