// Runs the site's CloudFront Function under Node the way the cloudfront-js-2.0 runtime does: the source as written,
// in a fresh V8 context holding only the ECMAScript built-ins (no require, process, URL, Buffer...), with the
// 'cloudfront' module replaced by a KeyValueStore stub.
// Usage: node run-viewer-request.mjs <function.js> <kvs.json> <uri>...   (kvs.json: {"live": "..."} or {})
// Prints one JSON line per URI: the request the function forwards, or the response it answers with.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const [source, kvsFile, ...uris] = process.argv.slice(2);
const store = JSON.parse(readFileSync(kvsFile, 'utf8'));
const code = readFileSync(source, 'utf8');
const importLine = "import cf from 'cloudfront';";
if (!code.includes(importLine)) {
    console.error('function does not import the cloudfront module as expected');
    process.exit(2);
}
const context = vm.createContext({
    __store: store
});
vm.runInContext(code.replace(importLine, `const cf = { kvs: () => ({
    get: async (key) => { if (!(key in __store)) { throw new Error('key not found: ' + key); } return __store[key]; }
}) };`) + '\nglobalThis.__handler = handler;', context, { filename: source });

for (const uri of uris) {
    const event = {
        version: '1.0',
        context: { eventType: 'viewer-request' },
        viewer: { ip: '192.0.2.1' },
        request: { method: 'GET', uri, querystring: {}, headers: { host: { value: 'example.cloudfront.net' } }, cookies: {} }
    };
    const out = await context.__handler(event);
    console.log(JSON.stringify(out.statusCode ? { uri, status: out.statusCode, headers: out.headers, body: out.body.data }
        : { uri, forward: out.uri }));
}
