// Serves the built renderer: /desk, /display, /maintenance and their assets under /app/ (503 until built).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

const screens = { '/desk': 'desk.html', '/display': 'display.html', '/maintenance': 'maintenance.html' };

function notBuilt(reply: FastifyReply) {
  return reply
    .code(503)
    .type('text/plain; charset=utf-8')
    .send('The screens are not built yet: run npm run build first, then reload this page.\n');
}

export async function registerScreens(app: FastifyInstance, rendererDir: string): Promise<void> {
  await app.register(fastifyStatic, { root: rendererDir, prefix: '/app/', index: false, wildcard: true });
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/app/') && !existsSync(rendererDir)) return notBuilt(reply);
  });
  for (const [path, file] of Object.entries(screens)) {
    app.get(path, async (_request, reply) => {
      if (!existsSync(join(rendererDir, file))) return notBuilt(reply);
      return reply.sendFile(file, rendererDir, { maxAge: 0 });
    });
  }
}
