// The visitor's short request reference, derived from the request id so a kiosk can print it at once, even
// offline: the id's first 40 bits in Crockford base32 (no I, L, O, U), as `R-XXXX-XXXX`.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function localReferenceOf(requestId: string): string {
  const hex = requestId.replace(/-/g, '').slice(0, 10);
  if (!/^[0-9a-fA-F]{10}$/.test(hex)) throw new Error('a request id is a UUID');
  let bits = BigInt(`0x${hex}`);
  let text = '';
  for (let i = 0; i < 8; i++) {
    text = alphabet[Number(bits & 31n)] + text;
    bits >>= 5n;
  }
  return `R-${text.slice(0, 4)}-${text.slice(4)}`;
}
