// A peer to read Forewarn's page cost beside: another extension, unpacked in a folder named by
// FOREWARN_PEER_EXT, loaded exactly like Forewarn and the floor. Nothing of it is in this
// repository; the bench only loads what the folder holds (PERFORMANCE.md, "Running it", says
// how the figures there got their peer).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The peer named by FOREWARN_PEER_EXT, or null when none is named. */
export async function readPeerExtension(env = process.env) {
  const folder = env.FOREWARN_PEER_EXT;
  if (!folder) return null;
  const dir = resolve(folder);
  let manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  } catch (error) {
    throw new Error(`FOREWARN_PEER_EXT=${folder}: no readable manifest.json there (${error.message})`, { cause: error });
  }
  if (!manifest.background?.service_worker) {
    // The launcher waits for an extension's service worker before it hands the browser over.
    throw new Error(`FOREWARN_PEER_EXT=${folder}: the peer has no background service worker; the launcher needs one`);
  }
  return { dir, label: `${manifest.name} ${manifest.version}` };
}
