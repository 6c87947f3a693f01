import { loadDetection } from './lib/load-detection.mjs';
import { readFileSync } from 'node:fs';
const d = await loadDetection();
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [lang, text, want = 'minimal'] = line.split('|');
  const page = { lang, title: '', ...d.measureArticleViolence('', lang) };
  const v = d.classifyImageContext({ placement: 'article-body', caption: text }, page);
  const got = v.coverAt ?? 'never';
  const ok = got === want || (want === 'balanced' && got === 'minimal');
  if (!ok || process.argv[3]) console.log(`${ok ? 'ok ' : 'MISS'} ${lang} want=${want} got=${got} [${v.reason?.terms ?? ''}] ${text}`);
}
