import { describe, expect, it } from 'vitest';
import { parseCredentials, parseSetupArgs } from '@/tools/team/setup-args';
import { redactUrl, splitServerUrl, TeamSetupError } from '@/tools/team/setup';

const options = (argv: string[], env: Record<string, string> = {}) => {
  const parsed = parseSetupArgs(argv, env);
  if (parsed.help) throw new Error('unexpected --help');
  return parsed.options;
};

describe('team-db:setup command line', () => {
  it('reads the URL, admin, database and repeated accounts, in both flag forms', () => {
    expect(
      options(['http://127.0.0.1:5984', '--admin', 'root:p:w', '--db=team-x', '--csm', 'maria:a', '--csm=sam:b', '--lead', 'lee:c']),
    ).toEqual({
      url: 'http://127.0.0.1:5984',
      admin: { name: 'root', password: 'p:w' },
      db: 'team-x',
      csms: [
        { name: 'maria', password: 'a' },
        { name: 'sam', password: 'b' },
      ],
      leads: [{ name: 'lee', password: 'c' }],
    });
  });

  it('takes the admin from --admin, then from the URL, then from COUCHDB_ADMIN', () => {
    const env = { COUCHDB_ADMIN: 'envadmin:x' };
    expect(options(['http://h:5984', '--admin', 'flag:y'], env).admin).toEqual({ name: 'flag', password: 'y' });
    expect(options(['http://u:z@h:5984'], env).admin).toBeUndefined(); // setupTeamDb reads it from the URL
    expect(options(['http://h:5984'], env).admin).toEqual({ name: 'envadmin', password: 'x' });
  });

  it('explains mistakes without echoing passwords', () => {
    expect(parseSetupArgs(['--help'])).toEqual({ help: true });
    expect(() => parseSetupArgs([])).toThrow(/exactly one CouchDB URL/);
    expect(() => parseSetupArgs(['http://h', '--admin'])).toThrow(/--admin needs a value/);
    expect(() => parseSetupArgs(['http://h', '--bogus', 'x'])).toThrow(/Unknown option --bogus/);
    expect(() => parseCredentials('maria', '--csm')).toThrow(TeamSetupError);
    expect(() => parseCredentials(':secret', '--csm')).toThrow(/without a user name/);
    expect(() => parseCredentials('maria:', '--csm')).toThrow(/without a password/);
    expect(() => parseSetupArgs(['http://h', '--admin', ':hunter2'])).toThrow(/^(?!.*hunter2)/s);
  });
});

describe('server URLs', () => {
  it('splits credentials off and keeps a proxy path', () => {
    expect(splitServerUrl('https://ad%40min:s%3Acret@couch.example.com/couch/')).toEqual({
      url: 'https://couch.example.com/couch',
      admin: { name: 'ad@min', password: 's:cret' },
    });
    expect(splitServerUrl('http://127.0.0.1:5984')).toEqual({ url: 'http://127.0.0.1:5984' });
    expect(() => splitServerUrl('ftp://h')).toThrow(/http:\/\/ or https:\/\//);
    expect(() => splitServerUrl('not a url:secret@')).toThrow(/is not a URL/);
  });

  it('never shows a password in messages', () => {
    expect(redactUrl('http://admin:hunter2@127.0.0.1:5984/')).toBe('http://admin:***@127.0.0.1:5984/');
    expect(redactUrl('http://127.0.0.1:5984/')).toBe('http://127.0.0.1:5984/');
  });
});
