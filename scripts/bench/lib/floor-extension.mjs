// The floor for page cost: an extension whose only content is an empty script injected at
// document_start into every frame (the least any content-script extension costs a page load),
// written into a temporary folder and loaded exactly like Forewarn.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function writeFloorExtension() {
  const dir = await mkdtemp(join(tmpdir(), 'forewarn-floor-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script (page-cost floor)',
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_start', all_frames: true, match_about_blank: true },
    ],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  // A service worker so the launcher, which waits for one, treats it like Forewarn.
  await writeFile(join(dir, 'background.js'), '');
  await writeFile(join(dir, 'content.js'), '');
  return dir;
}
