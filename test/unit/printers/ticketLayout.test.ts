// Tests the ticket layout by decoding its bytes with the strict decoder.
import { describe, expect, it } from 'vitest';
import { defaultPaper, encodeTicket, ticketLines } from '../../../printers/ticketLayout.js';
import { wrapText } from '../../../printers/wrapText.js';
import { decodeEscPos, renderText } from '../../fakes/escposDecoder.js';
import { sampleTicket } from './sampleTicket.js';

const largest = (lines: ReturnType<typeof decodeEscPos>['lines']) =>
  [...lines].sort((a, b) => b.size.width * b.size.height - a.size.width * a.size.height)[0]!;

describe('encodeTicket', () => {
  const data = sampleTicket();
  const receipt = decodeEscPos(encodeTicket(data), { columns: defaultPaper.columns });
  const text = receipt.lines.map((line) => line.text).join(' ');

  it('decodes strictly to the same ticket number, printed largest and centred', () => {
    const number = largest(receipt.lines);
    expect(number.text).toBe(data.ticketNumber);
    expect(number.size.width).toBeGreaterThanOrEqual(4);
    expect(number.size.height).toBe(number.size.width);
    expect(number.align).toBe('center');
  });

  it('keeps Spanish accents, ñ and ¿ through the printer code pages', () => {
    expect(text).toContain('¿Necesita ayuda?');
    expect(text).toContain('número');
    expect(text).toContain('mañana');
    expect(text).toContain('también está aquí.');
    expect(text).toContain(data.interpreterText);
  });

  it('prints the status URL as one QR code, cuts exactly once, and loses no text', () => {
    expect(receipt.qrCodes).toEqual([data.qrUrl]);
    expect(receipt.cuts).toBe(1);
    expect(receipt.items.at(-1)).toEqual({ kind: 'cut', partial: false });
    expect(receipt.warnings).toEqual([]);
  });

  it('selects only code pages every Epson-class printer has', () => {
    const pages = receipt.commands.filter((c) => c.name === 'ESC t').map((c) => c.params[0]);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect([0, 2, 14, 16, 17, 18, 19, 45, 46]).toContain(page);
  });

  it('prints every field, and the interpreter line only when there is one', () => {
    for (const field of [data.siteName, data.issuedAtText, data.peopleAheadText])
      expect(text).toContain(field);
    const without = decodeEscPos(encodeTicket(sampleTicket({ interpreterText: null })));
    expect(without.lines.map((l) => l.text).join('\n')).not.toContain('Intérprete');
    expect(without.lines.length).toBeLessThan(receipt.lines.length);
  });

  it('renders a readable plain-text ticket with the big number tagged', () => {
    const rendered = renderText(receipt);
    expect(rendered).toMatch(/\[\dx\d\] A042/);
    expect(rendered).toContain(`[QR ${data.qrUrl}]`);
  });

  it('prints Romanian comma-below letters as their cedilla forms instead of "?"', () => {
    const romanian = decodeEscPos(encodeTicket(sampleTicket({ message: 'Așteptați în sală, vă rugăm.' })));
    const joined = romanian.lines.map((l) => l.text).join(' ');
    expect(joined).toContain('Aşteptaţi în sală, vă rugăm.');
    expect(joined).not.toContain('?');
  });

  it.each([
    [32, 'epson-tm-p20ii'],
    [42, 'epson-tm-t88vi'],
    [48, 'epson-tm-t20iii'],
  ] as const)('wraps every line to %i columns', (columns, printerModel) => {
    const long = sampleTicket({
      serviceName: 'Permisos de construcción residencial y comercial',
      message: 'Por favor espere a que su número aparezca en la pantalla. '.repeat(3),
    });
    const decoded = decodeEscPos(encodeTicket(long, { columns, printerModel }), { columns });
    expect(decoded.lines.length).toBeGreaterThan(8);
    for (const line of decoded.lines) expect(line.columns).toBeLessThanOrEqual(columns);
    const words = decoded.lines.flatMap((l) => l.text.split(' '));
    expect(words.join(' ')).toContain('Por favor espere a que su número aparezca en la pantalla.');
    expect(largest(decoded.lines).text).toBe('A042');
  });

  it('refuses a printer model the encoder does not know', () => {
    expect(() => encodeTicket(data, { columns: 42, printerModel: 'acme-9000' })).toThrow(
      /Unknown printer model/,
    );
  });

  it('lays out the ticket as a list of lines ending with the QR code', () => {
    const lines = ticketLines(data);
    expect(lines[0]).toMatchObject({ kind: 'text', text: data.siteName, bold: true, align: 'center' });
    expect(lines.at(-1)).toEqual({ kind: 'qr', data: data.qrUrl });
  });
});

describe('wrapText', () => {
  it('breaks at spaces and never exceeds the width', () => {
    const lines = wrapText('Su turno llegará pronto, gracias por esperar', 12);
    expect(lines).toEqual(['Su turno', 'llegará', 'pronto,', 'gracias por', 'esperar']);
  });

  it('splits a word longer than a line', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});
