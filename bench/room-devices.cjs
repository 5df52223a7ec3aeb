// The benchmark's 60 devices, in a worker thread of their own so that sending requests and
// reading answers does not share the room's thread. Plain CommonJS: the worker loads it as is.
const { Agent, request } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');

const { hostname, port, tokens, header } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: tokens.length * 2 });
const now = () => performance.timeOrigin + performance.now();

function post(method, input, token) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        hostname,
        port,
        method: 'POST',
        path: `/api/${method}`,
        headers: { 'content-type': 'application/json', [header]: token },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve(JSON.parse(body)));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}

const waiting = new Map();
const streams = tokens.map((token, i) => {
  const req = request({ agent: false, hostname, port, path: `/events?token=${token}` }, (res) => {
    res.on('data', (chunk) => {
      if (!chunk.toString().includes('data:')) return;
      const resolve = waiting.get(i);
      waiting.delete(i);
      resolve?.(now());
    });
  });
  req.end();
  return req;
});

parentPort.on('message', async (message) => {
  if (message.type === 'rate') {
    const latencies = await Promise.all(
      tokens.map(async (token, i) => {
        const start = now();
        const answer = await post(
          'device.rate',
          { key: `rate-${message.round}-${i}-bench`, ratings: message.ratings },
          token,
        );
        if (!answer.ok) throw new Error(JSON.stringify(answer));
        return now() - start;
      }),
    );
    parentPort.postMessage({ type: 'rated', latencies });
  } else if (message.type === 'arm') {
    const arrivals = tokens.map((_, i) => new Promise((resolve) => waiting.set(i, resolve)));
    parentPort.postMessage({ type: 'armed' });
    const times = await Promise.all(arrivals);
    const arrived = Math.max(...times);
    await Promise.all(tokens.map((token) => post('room.view', {}, token)));
    parentPort.postMessage({ type: 'arrived', arrived, viewed: now() });
  } else if (message.type === 'stop') {
    for (const stream of streams) stream.destroy();
    agent.destroy();
    parentPort.close();
  }
});
parentPort.postMessage({ type: 'ready' });
