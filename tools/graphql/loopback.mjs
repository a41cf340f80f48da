// The checks here send requests only to an application on this machine.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Parses the URL given on the command line, exiting with usage unless it points to this machine. */
export function loopbackUrl(arg, usage, protocols) {
  if (!arg) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const url = new URL(arg);
  if (!protocols.includes(url.protocol) || !LOOPBACK_HOSTS.has(url.hostname)) {
    console.error(`Refusing ${arg}: expected a ${protocols.join(' or ')} URL on 127.0.0.1.`);
    process.exit(2);
  }
  return url;
}
