// Preloaded (node --import) into Learning Locker's statements service, which listens on every
// interface: a listen(port) without a host binds 127.0.0.1 only, as every server in the tests must.
import net from 'node:net';

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  return listen.apply(this, args);
};
