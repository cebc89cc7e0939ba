/**
 * The content of a project as a git revision holds it: its files, read from
 * the repository without touching the working tree, so that a review can
 * compare them with the files as they are now.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readContentFiles, type ContentFile } from '../../build-time/content-check';

/** The files of `contentDir` at `revision` of the repository at `root`; none when the folder is not there. */
export async function contentAt(root: string, contentDir: string, revision: string): Promise<ContentFile[]> {
  // Fails plainly when the revision is unknown (a shallow clone without it, a mistyped name).
  execFileSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], { cwd: root, stdio: 'pipe' });
  const listed = execFileSync('git', ['ls-tree', '-r', '--name-only', revision, '--', contentDir], {
    cwd: root,
    encoding: 'utf8',
  });
  if (!listed.trim()) return [];
  const dir = await mkdtemp(path.join(tmpdir(), 'review-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', revision, '--', contentDir], {
      cwd: root,
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    return await readContentFiles(dir, contentDir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
