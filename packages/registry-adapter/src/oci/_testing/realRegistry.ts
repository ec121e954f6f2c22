import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const REGISTRY_BINARY = '/usr/bin/docker-registry';
export const HTPASSWD_BINARY = '/usr/bin/htpasswd';

export interface RealRegistry {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** `127.0.0.1:PORT` */
  readonly host: string;
  readonly username: string;
  readonly password: string;
  /** Uploads a blob (monolithic upload) and answers its descriptor fields. */
  pushBlob(repository: string, content: string): Promise<{ digest: string; size: number }>;
  /** PUTs a manifest as the docker client would; answers the digest the registry reports. */
  pushManifest(repository: string, reference: string, mediaType: string, body: string): Promise<string>;
  /** A raw GET of a manifest, for checks independent of the adapter. */
  rawManifest(repository: string, reference: string, accept: string): Promise<{ status: number; contentType: string | null; digest: string | null; body: string }>;
  stop(): Promise<void>;
}

/**
 * Starts Debian's `docker-registry` (the CNCF distribution registry) on 127.0.0.1 with
 * filesystem storage in a temporary directory and htpasswd basic auth. Throws, with the
 * apt package to install, when a binary is missing: a real-registry test must fail, never skip.
 */
export async function startRealRegistry(): Promise<RealRegistry> {
  if (!existsSync(REGISTRY_BINARY)) {
    throw new Error(`${REGISTRY_BINARY} is missing: run \`apt-get install docker-registry\` (the real-registry test needs it)`);
  }
  if (!existsSync(HTPASSWD_BINARY)) {
    throw new Error(`${HTPASSWD_BINARY} is missing: run \`apt-get install apache2-utils\` (bcrypt htpasswd for the registry's basic auth)`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'molecule-registry-'));
  const username = 'deployer';
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const { stdout } = await promisify(execFile)(HTPASSWD_BINARY, ['-nbB', username, password]);
  await writeFile(join(dir, 'htpasswd'), stdout);
  const port = await freePort();
  const config = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    `  secret: ${createHash('sha256').update(dir).digest('hex')}`,
    'auth:',
    '  htpasswd:',
    '    realm: test-registry',
    `    path: ${join(dir, 'htpasswd')}`,
    '',
  ].join('\n');
  await writeFile(join(dir, 'config.yml'), config);

  const child = spawn(REGISTRY_BINARY, ['serve', join(dir, 'config.yml')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000)));
  const url = `http://127.0.0.1:${port}`;
  const authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const stop = async () => {
    await stopChild(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url,
    host: `127.0.0.1:${port}`,
    username,
    password,
    async pushBlob(repository, content) {
      const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`;
      const started = await fetch(`${url}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers: { authorization } });
      const location = started.headers.get('location');
      if (started.status !== 202 || !location) throw new Error(`blob upload not started: HTTP ${started.status}`);
      const upload = new URL(location, url);
      upload.searchParams.set('digest', digest);
      const done = await fetch(upload, { method: 'PUT', headers: { authorization, 'content-type': 'application/octet-stream' }, body: content });
      if (done.status !== 201) throw new Error(`blob upload failed: HTTP ${done.status} ${await done.text()}`);
      return { digest, size: Buffer.byteLength(content) };
    },
    async pushManifest(repository, reference, mediaType, body) {
      const response = await fetch(`${url}/v2/${repository}/manifests/${reference}`, {
        method: 'PUT',
        headers: { authorization, 'content-type': mediaType },
        body,
      });
      if (response.status !== 201) throw new Error(`manifest push failed: HTTP ${response.status} ${await response.text()}`);
      return response.headers.get('docker-content-digest') ?? '';
    },
    async rawManifest(repository, reference, accept) {
      const response = await fetch(`${url}/v2/${repository}/manifests/${reference}`, { headers: { authorization, accept } });
      return {
        status: response.status,
        contentType: response.headers.get('content-type'),
        digest: response.headers.get('docker-content-digest'),
        body: await response.text(),
      };
    },
    stop,
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}: ${output()}`);
    try {
      // 401: up and asking for credentials, which is what this registry is configured to do.
      const response = await fetch(`${url}/v2/`);
      if (response.status === 401 || response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`docker-registry did not start within 15 s: ${output()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
