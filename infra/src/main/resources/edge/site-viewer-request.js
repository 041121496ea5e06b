// CloudFront Function (runtime cloudfront-js-2.0), viewer request of the site distribution.
// Maps a clean URL onto the live release before the cache lookup, so the cache key names the release:
//   /kommune/oslo/  ->  /releases/<live>/kommune/oslo/index.html
//   /kommune/oslo   ->  /releases/<live>/kommune/oslo/index.html   (no redirect; pages link root-absolute)
//   /data/x.csv     ->  /releases/<live>/data/x.csv
// <live> is the value of key "live" in the associated KeyValueStore, written by the publisher after a release is
// whole. Every response therefore comes wholly from one release, and a switch reaches the edge within seconds.
// Before the first publication (no key) the function answers 503 itself; the origin is never asked.
import cf from 'cloudfront';

const kvs = cf.kvs();
const RELEASE_ID = /^[0-9A-Za-z][0-9A-Za-z._-]{0,99}$/;

async function handler(event) {
    const request = event.request;
    const path = objectPath(request.uri);
    if (path === null) {
        return notFound();
    }
    let live;
    try {
        live = await kvs.get('live');
    } catch (e) {
        return notPublished();
    }
    if (!RELEASE_ID.test(live)) {
        return notPublished();
    }
    request.uri = '/releases/' + live + path;
    return request;
}

// The object path inside a release, or null for paths that try to climb out of it.
function objectPath(uri) {
    if (!uri || uri.charAt(0) !== '/') {
        return '/index.html';
    }
    const lower = uri.toLowerCase();
    if (lower.indexOf('..') >= 0 || lower.indexOf('%2e') >= 0 || uri.indexOf('\\') >= 0 || lower.indexOf('%5c') >= 0) {
        return null;
    }
    if (uri.charAt(uri.length - 1) === '/') {
        return uri + 'index.html';
    }
    const last = uri.substring(uri.lastIndexOf('/') + 1);
    return last.indexOf('.') >= 0 ? uri : uri + '/index.html';
}

function page(status, description, cacheControl, title, text) {
    return {
        statusCode: status,
        statusDescription: description,
        headers: {
            'content-type': { value: 'text/html; charset=utf-8' },
            'cache-control': { value: cacheControl }
        },
        body: {
            encoding: 'text',
            data: '<!doctype html><html lang="nb"><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
                + '<title>' + title + ' – Kommunefakta</title><h1>' + title + '</h1><p>' + text + '</p></html>'
        }
    };
}

function notPublished() {
    const response = page(503, 'Service Unavailable', 'no-store', 'Kommunefakta er ikke publisert ennå',
        'Nettstedet publiseres om noen minutter. Prøv igjen litt senere. (The site has not been published yet.)');
    response.headers['retry-after'] = { value: '300' };
    return response;
}

function notFound() {
    return page(404, 'Not Found', 'public, max-age=60', 'Siden finnes ikke',
        'Adressen peker ikke på en side i Kommunefakta. <a href="/">Til forsiden</a>.');
}
