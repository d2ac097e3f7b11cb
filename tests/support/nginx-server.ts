/**
 * Starts Debian's nginx with deploy/nginx.conf on a free port, serving a built site, for the
 * browser tests; close() shuts it down and removes its temporary files (the same shape as the
 * Node server of src/build/static-server.ts, so a test can use either).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { writeNginxConf } from '../../deploy/nginx-conf.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number, nginx: ChildProcess, log: string) {
  for (;;) {
    if (nginx.exitCode !== null)
      throw new Error(`nginx 启动失败：\n${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(!!socket.end()));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function startNginx(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  if (!fs.existsSync(NGINX)) throw new Error(`没有找到 nginx（${NGINX}）：请运行 apt-get install -y nginx。`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
  const port = await freePort();
  const site = writeNginxConf(dist, dir, `127.0.0.1:${port}`);
  const log = path.join(dir, 'error.log');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${path.join(dir, t)};`)
    .join('\n  ');
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    // Run as root (CI), the workers would be `nobody`, who may not read a checkout under /root.
    (process.getuid?.() === 0 ? 'user root;\n' : '') +
      `daemon off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${log} warn;\n` +
      `events { worker_connections 128; }\nhttp {\n  access_log off;\n  ${temp}\n  include ${site};\n}\n`,
  );
  const nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const close = async () => {
    if (nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, nginx, log);
  } catch (error) {
    await close();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, close };
}
