import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkflowDirectory } from './workflowFiles';

async function repo(layout: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'molecule-workflows-'));
  for (const [path, text] of Object.entries(layout)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

describe('readWorkflowDirectory', () => {
  it('reads .gitea/workflows first, only *.yml and *.yaml, in name order, paths as the user sees them', async () => {
    const root = await repo({ '.gitea/workflows/b.yaml': 'b', '.gitea/workflows/a.yml': 'a', '.gitea/workflows/notes.md': 'x', '.github/workflows/c.yml': 'c' });

    const read = (await readWorkflowDirectory(undefined, root))._unsafeUnwrap();

    expect(read).toEqual({
      directory: '.gitea/workflows',
      files: [
        { path: '.gitea/workflows/a.yml', text: 'a' },
        { path: '.gitea/workflows/b.yaml', text: 'b' },
      ],
    });
  });

  it('falls back to .github/workflows; --dir wins over both', async () => {
    const root = await repo({ '.github/workflows/c.yml': 'c', 'ci/d.yml': 'd' });
    expect((await readWorkflowDirectory(undefined, root))._unsafeUnwrap().directory).toBe('.github/workflows');
    expect((await readWorkflowDirectory('ci', root))._unsafeUnwrap().files).toEqual([{ path: 'ci/d.yml', text: 'd' }]);
  });

  it('no workflow directory at all, a --dir that is not there, a file that cannot be read: each named', async () => {
    const root = await repo({ 'README.md': '' });
    expect((await readWorkflowDirectory(undefined, root))._unsafeUnwrapErr()).toMatch(/neither \.gitea\/workflows nor \.github\/workflows exists here \(use --dir\)/);
    expect((await readWorkflowDirectory('nope', root))._unsafeUnwrapErr()).toBe('cannot read the workflow directory nope: no such file or directory');

    await mkdir(join(root, 'wf'));
    await symlink(join(root, 'missing.yml'), join(root, 'wf', 'dangling.yml'));
    expect((await readWorkflowDirectory('wf', root))._unsafeUnwrapErr()).toBe('cannot read the workflow file wf/dangling.yml: no such file or directory');
  });

  it('a file larger than a workflow can be is refused, named, not read', async () => {
    const root = await repo({ 'wf/huge.yml': 'x'.repeat(1024 * 1024 + 1) });
    expect((await readWorkflowDirectory('wf', root))._unsafeUnwrapErr()).toMatch(/wf\/huge\.yml: larger than 1 MiB/);
  });
});
