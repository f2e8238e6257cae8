package dev.eventscope.api;

/**
 * {@code /api-docs}: a small self-contained page (no CDN, no webjar) that reads {@code /openapi.json},
 * lists every operation and lets you post a command or query body and see the answer.
 */
final class ApiDocsPage {
  private ApiDocsPage() {}

  static final String HTML = """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>Eventscope API</title>
      <style>
      body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}
      details{border:1px solid #ccc;border-radius:4px;margin:.4rem 0;padding:.3rem .6rem}
      summary{cursor:pointer} code{font-weight:600} textarea{width:100%;height:8rem;font-family:monospace}
      pre{background:#f4f4f4;padding:.5rem;overflow:auto;max-height:20rem}
      .m{display:inline-block;width:3.5rem;font-weight:700}
      </style></head><body>
      <h1>Eventscope API</h1>
      <p>Generated from <a href="/openapi.json">/openapi.json</a>. Token (if the server asks for one):
      <input id="token" type="password" autocomplete="off" size="40" onchange="load()"></p>
      <div id="ops">loading…</div>
      <script>
      const el = (t, a = {}, ...kids) => { const e = document.createElement(t); Object.assign(e, a); e.append(...kids); return e; };
      function headers() {
        const h = {'Content-Type': 'application/json'};
        const t = document.getElementById('token').value;
        if (t) h['Authorization'] = 'Bearer ' + t;
        return h;
      }
      function load() { fetch('/openapi.json', {headers: headers()}).then(r => r.json()).then(doc => {
        const ops = document.getElementById('ops'); ops.textContent = '';
        for (const [path, item] of Object.entries(doc.paths)) {
          for (const [method, op] of Object.entries(item)) {
            const out = el('pre');
            const body = el('textarea');
            const d = el('details', {}, el('summary', {}, el('span', {className: 'm', textContent: method.toUpperCase()}),
                el('code', {textContent: path}), ' ' + (op.summary || '')));
            if (op.requestBody || method === 'put') {
              const ref = op.requestBody ? op.requestBody.content['application/json'].schema.$ref.split('/').pop() : null;
              if (ref) d.append(el('pre', {textContent: JSON.stringify(doc.components.schemas[ref], null, 2)}));
              body.value = ref ? '{}' : '{"strategy":"memory"}'; d.append(body);
            }
            if (!path.includes('{')) {
              d.append(el('button', {textContent: 'Send', onclick: () => {
                const init = {method: method.toUpperCase(), headers: headers()};
                if (op.requestBody || method === 'put') init.body = body.value;
                fetch(path, init).then(async r => out.textContent = r.status + ' ' + (r.headers.get('content-type') || '') + '\\n' + await r.text());
              }}));
            }
            d.append(out); ops.append(d);
          }
        }
      }).catch(e => document.getElementById('ops').textContent = 'cannot load /openapi.json (a token needed?): ' + e); }
      load();
      </script></body></html>
      """;
}
