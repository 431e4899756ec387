// `npm run user:add -- NAME [--admin]`, `npm run user:disable -- NAME`, `npm run user:enable -- NAME`, `npm run user:list`.
// Accounts live in the database at DATABASE_PATH. A new user's password is typed twice on a terminal, or generated
// and printed once (`--generate`, or when no terminal is attached); only its scrypt hash is stored.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { getDb } from '../db/client';
import { AccountError, createUser, listUsers, setUserDisabled } from '../lib/auth/accounts';

const [command, ...rest] = process.argv.slice(2).filter((a) => a !== '--');
const flags = new Set(rest.filter((a) => a.startsWith('--')));
const name = rest.find((a) => !a.startsWith('--'));

// Reads a line without echoing it.
async function askHidden(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({ write: (chunk, _enc, done) => (muted || process.stdout.write(chunk), done()) });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  process.stdout.write(prompt);
  muted = true;
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function choosePassword(): Promise<string | undefined> {
  if (flags.has('--generate') || !process.stdin.isTTY) return undefined;
  const first = await askHidden('Password (at least 12 characters; empty to generate one): ');
  if (!first) return undefined;
  if ((await askHidden('Again: ')) !== first) throw new AccountError('the two passwords differ');
  return first;
}

async function main() {
  const db = getDb();
  if (command === 'list') {
    for (const u of listUsers(db)) console.log(`${u.name}\t${u.role}${u.disabled ? '\tdisabled' : ''}`);
    return;
  }
  if (!name) throw new AccountError('give a user name, e.g. npm run user:add -- ana [--admin]');
  if (command === 'add') {
    const { user, password } = await createUser(db, name, { role: flags.has('--admin') ? 'admin' : 'editor', password: await choosePassword() });
    console.log(`added ${user.role} "${user.name}"`);
    if (!process.stdin.isTTY || flags.has('--generate')) console.log(`password: ${password}\n(shown only now: pass it on safely)`);
    else console.log('password set');
    return;
  }
  if (command === 'disable' || command === 'enable') {
    const user = setUserDisabled(db, name, command === 'disable');
    console.log(`${command}d "${user.name}"${user.disabled ? ': they can no longer sign in or write, and their open sessions stop working' : ''}`);
    return;
  }
  throw new AccountError(`unknown command "${command}": use add, disable, enable or list`);
}

main().catch((err) => {
  console.error(`error: ${err instanceof AccountError ? err.message : (err as Error).stack}`);
  process.exit(1);
});
