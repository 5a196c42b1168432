/*
 * urker: reads parts of bundle files (src/render/range_bundle.h) with HTTP range requests.
 *
 * A bundle is gzip members end to end in a few files; the description lists the files, the first
 * part of each, the unit and, per part, its length in units as fixed-width base64url digits. The
 * parts asked for at once become one request per file: `Range: bytes=a-b, c-d, …` (neighbouring
 * parts merged into one range). The answer may be
 *   - 206 with one range (Content-Range) or several (multipart/byteranges), as asked, or with
 *     ranges merged by the server: any part inside what came is taken from it;
 *   - 200 with the whole file (a server without ranges, such as Python's http.server): the parts
 *     are cut from it, so the search still works, only with a larger download.
 * Parts that came in none of these are asked for again, one range each. Each part is inflated with
 * DecompressionStream('gzip') and parsed as JSON.
 *
 *   const bundle = UrkerRangeBundle.create(description, (file) => new URL(file, base).href);
 *   const [a, b] = await bundle.read([12, 40]);   // parts 12 and 40, as JSON
 *
 * Works in browsers (window.UrkerRangeBundle) and in node 18+ (module.exports; fetch and
 * DecompressionStream are global there).
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.UrkerRangeBundle = factory();
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  // Per part: [file number, offset in the file, length], from the description.
  function layout(d) {
    const count = d.sizes.length / d.width;
    const parts = new Array(count);
    let file = -1;
    let offset = 0;
    for (let k = 0; k < count; k++) {
      while (file + 1 < d.starts.length && d.starts[file + 1] === k) {
        file += 1;
        offset = 0;
      }
      let units = 0;
      for (let i = 0; i < d.width; i++) units = units * 64 + DIGITS.indexOf(d.sizes[k * d.width + i]);
      parts[k] = [file, offset, units * d.unit];
      offset += units * d.unit;
    }
    return parts;
  }

  function ascii(bytes, from, to) {
    let s = '';
    for (let i = from; i < to; i++) s += String.fromCharCode(bytes[i]);
    return s;
  }

  function indexOfBytes(bytes, pattern, from) {
    outer: for (let i = from; i + pattern.length <= bytes.length; i++) {
      for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern.charCodeAt(j)) continue outer;
      return i;
    }
    return -1;
  }

  // [{start, bytes}] from a response to a range request.
  async function piecesOf(response) {
    const body = new Uint8Array(await response.arrayBuffer());
    if (response.status === 200) return [{ start: 0, bytes: body }];
    const type = response.headers.get('Content-Type') || '';
    const boundary = /multipart\/byteranges;\s*boundary="?([^";]+)"?/i.exec(type);
    if (!boundary) {
      const range = /bytes\s+(\d+)-(\d+)/i.exec(response.headers.get('Content-Range') || '');
      return range ? [{ start: Number(range[1]), bytes: body }] : [];
    }
    // Each part: --boundary CRLF, headers, CRLF CRLF, then exactly its Content-Range's bytes.
    const out = [];
    const mark = '--' + boundary[1];
    let at = indexOfBytes(body, mark, 0);
    while (at >= 0) {
      const headersEnd = indexOfBytes(body, '\r\n\r\n', at);
      if (headersEnd < 0) break;
      const range = /content-range:\s*bytes\s+(\d+)-(\d+)/i.exec(ascii(body, at, headersEnd));
      if (!range) break;
      const start = Number(range[1]);
      const length = Number(range[2]) - start + 1;
      const from = headersEnd + 4;
      out.push({ start, bytes: body.subarray(from, from + length) });
      at = indexOfBytes(body, mark, from + length);
    }
    return out;
  }

  async function inflateJson(bytes) {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return JSON.parse(await new Response(stream).text());
  }

  function create(description, urlOf, fetchImpl) {
    const parts = layout(description);
    const doFetch = fetchImpl || ((url, init) => fetch(url, init));

    // Neighbouring parts as one range: [[first byte, last byte], …] of a file, sorted.
    function spans(numbers) {
      const sorted = numbers.map((k) => parts[k]).sort((a, b) => a[1] - b[1]);
      const out = [];
      for (const [, offset, length] of sorted) {
        const last = out[out.length - 1];
        if (last && offset <= last[1] + 1) last[1] = Math.max(last[1], offset + length - 1);
        else out.push([offset, offset + length - 1]);
      }
      return out;
    }

    async function fetchRanges(file, ranges) {
      // `v` changes with the bundle's bytes: a cache never answers for another build's file.
      const url = urlOf(description.files[file]) + (description.v ? '?v=' + description.v : '');
      const header = 'bytes=' + ranges.map(([a, b]) => a + '-' + b).join(',');
      const response = await doFetch(url, { headers: { Range: header }, credentials: 'same-origin' });
      if (response.status !== 206 && response.status !== 200) throw new Error(url + ': HTTP ' + response.status);
      return piecesOf(response);
    }

    function cut(pieces, k) {
      const [, offset, length] = parts[k];
      for (const p of pieces) {
        if (p.start <= offset && offset + length <= p.start + p.bytes.length) {
          return p.bytes.subarray(offset - p.start, offset - p.start + length);
        }
      }
      return null;
    }

    // The parts `numbers`, as JSON, in that order.
    async function read(numbers) {
      if (typeof DecompressionStream === 'undefined') throw new Error('this browser cannot inflate gzip (DecompressionStream)');
      const byFile = new Map();
      for (const k of numbers) {
        if (!(k >= 0 && k < parts.length)) throw new Error('no part ' + k);
        const f = parts[k][0];
        if (!byFile.has(f)) byFile.set(f, []);
        byFile.get(f).push(k);
      }
      const found = new Map();
      await Promise.all([...byFile].map(async ([file, ks]) => {
        const pieces = await fetchRanges(file, spans(ks));
        const missing = [];
        for (const k of ks) {
          const bytes = cut(pieces, k);
          if (bytes) found.set(k, bytes);
          else missing.push(k);
        }
        // A server that answered with fewer ranges than asked: the rest one by one.
        await Promise.all(missing.map(async (k) => {
          const bytes = cut(await fetchRanges(file, spans([k])), k);
          if (!bytes) throw new Error(description.files[file] + ': the server did not send part ' + k);
          found.set(k, bytes);
        }));
      }));
      return Promise.all(numbers.map((k) => inflateJson(found.get(k))));
    }

    return { read, count: parts.length, layout: () => parts };
  }

  return { create, layout };
});
