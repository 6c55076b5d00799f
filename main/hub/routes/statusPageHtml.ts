// The status page's HTML shell: one inline stylesheet allowed by hash in a strict CSP, forms only to the hub.
import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';

const style =
  'body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:28rem;padding:0 1rem;line-height:1.5}' +
  'h1{font-size:3rem;margin:0}p{font-size:1.25rem}' +
  'button{font:inherit;font-size:1.25rem;padding:.5rem 1rem;min-height:44px;cursor:pointer}';
const styleHash = createHash('sha256').update(style).digest('base64');
const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Sends a complete page; `refresh` reloads it every 30 seconds (while the ticket is waiting or called). */
export function statusHtml(
  reply: FastifyReply,
  status: number,
  title: string,
  body: string,
  refresh: boolean,
  lang = 'en',
) {
  const html = `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh ? '<meta http-equiv="refresh" content="30">\n' : ''}<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
  return reply
    .code(status)
    .header('content-security-policy', csp)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(html);
}
