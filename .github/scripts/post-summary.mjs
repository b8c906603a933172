// Posts a summary written by `netcode … --format markdown --summary` as the one open issue (drift) or
// the one pull-request comment (plan) that begins with MARKER, updating it when it exists.
//
//   node .github/scripts/post-summary.mjs issue   MARKER TITLE  FILE
//   node .github/scripts/post-summary.mjs comment MARKER NUMBER FILE
//
// It speaks only the REST paths GitHub and Gitea/Forgejo share (/repos/OWNER/REPO/issues…), at the
// API the runner names (GITHUB_API_URL, which both set), with the job's own token, so the same
// workflow file runs on either forge. Only FILE is sent: counts, device names and ranks, never a
// config line (004 第二十条); the full reports stay in the run's artifacts.
import { readFileSync } from 'node:fs';

const [mode, marker, target, file] = process.argv.slice(2);
const api = process.env.GITHUB_API_URL || (process.env.GITHUB_SERVER_URL && `${process.env.GITHUB_SERVER_URL}/api/v1`);
const repo = process.env.GITHUB_REPOSITORY;
const token = process.env.NETCODE_TOKEN;
if (!['issue', 'comment'].includes(mode) || !marker || !target || !file || !api || !repo || !token) {
  console.error('usage: post-summary.mjs issue|comment MARKER TITLE|NUMBER FILE (with GITHUB_API_URL, GITHUB_REPOSITORY and NETCODE_TOKEN set)');
  process.exit(2);
}

// Both forges cap a body near 65,536 characters; the summary is far shorter unless the fleet is huge.
const text = readFileSync(file, 'utf8');
const body = (text.startsWith(marker) ? text : `${marker}\n${text}`).slice(0, 60000);

async function call(method, path, payload) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { Authorization: `token ${token}`, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: HTTP ${response.status}`);
  }
  return response.status === 204 ? null : response.json();
}

// GitHub pages with per_page, Gitea and Forgejo with limit; each ignores the other's parameter.
async function find(path, match) {
  for (let page = 1; page <= 100; page++) {
    const items = await call('GET', `${path}${path.includes('?') ? '&' : '?'}per_page=50&limit=50&page=${page}`);
    if (!Array.isArray(items) || items.length === 0) {
      return undefined;
    }
    const found = items.find(match);
    if (found) {
      return found;
    }
  }
  return undefined;
}

const ours = (item) => typeof item.body === 'string' && item.body.startsWith(marker);
// The job's token posts as a bot: type Bot on GitHub, the gitea-actions / forgejo-actions user on the others.
const bot = (user) => Boolean(user) && (user.type === 'Bot' || /^(gitea|forgejo)-actions$/.test(user.login ?? ''));

if (mode === 'issue') {
  const previous = await find(`/repos/${repo}/issues?state=open&type=issues`, (i) => !i.pull_request && ours(i));
  if (previous) {
    await call('PATCH', `/repos/${repo}/issues/${previous.number}`, { body });
  } else {
    await call('POST', `/repos/${repo}/issues`, { title: target, body });
  }
} else {
  const previous = await find(`/repos/${repo}/issues/${target}/comments`, (c) => ours(c) && bot(c.user));
  if (previous) {
    await call('PATCH', `/repos/${repo}/issues/comments/${previous.id}`, { body });
  } else {
    await call('POST', `/repos/${repo}/issues/${target}/comments`, { body });
  }
}
console.log(`posted ${body.length} characters to ${mode} ${target}`);
