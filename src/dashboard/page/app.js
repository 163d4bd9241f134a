// The board's dashboard: plain script, no framework. Every API call carries Telegram's init data
// (Authorization: tma …); the server checks it and the caller's organisation scope.
(() => {
  const STRINGS = JSON.parse(document.getElementById('strings').textContent);
  const $ = (id) => document.getElementById(id);
  const hash = new URLSearchParams(location.hash.slice(1));
  // Telegram's own script (when the page runs inside Telegram with it) or the launch parameters in
  // the URL fragment, which is how Telegram hands them to a Web App.
  const initData = window.Telegram?.WebApp?.initData || hash.get('tgWebAppData') || '';

  applyTheme();
  // Until the server answers, the language is the one Telegram says (unchecked, for words only).
  let lang = guessLang();
  let me;
  const state = { tab: 'overview', org: '', units: { page: 1 } };

  const t = (key, args) => {
    let s = STRINGS[lang]?.[key] || STRINGS.vi[key] || key;
    for (const [k, v] of Object.entries(args || {})) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
  const fmt = (n) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);
  const showDay = (day) => (day ? day.split('-').reverse().join('/') : '');

  function applyTheme() {
    let params = window.Telegram?.WebApp?.themeParams;
    if (!params) {
      try {
        params = JSON.parse(hash.get('tgWebAppThemeParams') || '{}');
      } catch {
        params = {};
      }
    }
    for (const [key, value] of Object.entries(params || {}))
      if (/^[a-z_]+$/.test(key) && /^#[0-9a-f]{3,8}$/i.test(String(value)))
        document.documentElement.style.setProperty(`--tg-theme-${key.replaceAll('_', '-')}`, value);
  }

  function guessLang() {
    try {
      const user = JSON.parse(new URLSearchParams(initData).get('user') || '{}');
      return String(user.language_code || '').startsWith('en') ? 'en' : 'vi';
    } catch {
      return 'vi';
    }
  }

  class ApiError extends Error {
    constructor(status, code) {
      super(code);
      this.status = status;
      this.code = code;
    }
  }

  async function api(path, params, asBlob) {
    const query = new URLSearchParams(Object.entries(params || {}).filter(([, v]) => v !== '' && v != null));
    const qs = query.toString();
    const res = await fetch(`api/${path}${qs ? `?${qs}` : ''}`, {
      headers: { Authorization: `tma ${initData}` },
    });
    if (!res.ok) {
      const body = await res.json().catch(() => ({}));
      throw new ApiError(res.status, body.error || 'error');
    }
    return asBlob ? res : res.json();
  }

  function say(text, isError) {
    const el = $('message');
    el.textContent = text || '';
    el.className = isError ? 'error' : '';
  }

  /** A refused call: the whole page stops for 401 and "not staff"; other errors stay in their view. */
  function fail(err) {
    if (!(err instanceof ApiError)) {
      say(t('err-generic'), true);
      return;
    }
    if (err.status === 401 || err.code === 'not-staff') {
      for (const id of ['tabs', 'org-field']) $(id).hidden = true;
      for (const s of document.querySelectorAll('main section')) s.hidden = true;
    }
    const key = err.status === 400 ? 'err-bad' : `err-${err.code}`;
    const known = STRINGS.vi[key] !== undefined;
    say(known ? t(key, { n: err.code }) : t('err-generic'), true);
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  function table(id, head, rows, totalRow) {
    const tbl = $(id);
    tbl.replaceChildren(
      el('thead', {}, el('tr', {}, ...head.map((h) => el('th', {}, h)))),
      el(
        'tbody',
        {},
        ...rows.map((cells) => el('tr', {}, ...cells.map((c) => el('td', {}, c)))),
        ...(totalRow ? [el('tr', { class: 'total' }, ...totalRow.map((c) => el('td', {}, c)))] : []),
      ),
    );
  }

  /** A Vega-Lite specification the server built (src/charts/specs.ts), drawn with vega-embed. */
  async function chart(id, spec) {
    const box = typeof id === 'string' ? $(id) : id;
    box.replaceChildren();
    if (!spec || typeof window.vegaEmbed !== 'function') return;
    await window.vegaEmbed(box, spec, { actions: false, renderer: 'svg' }).catch((e) => console.error(e));
  }

  const STATUS = ['done', 'late', 'open', 'upcoming', 'unreachable'];
  const typeName = (code) => me.types.find((x) => x.code === code)?.short || code;
  const orgName = (id) => me.orgs.find((o) => o.id === id)?.name || id;

  async function showOverview() {
    const o = await api('overview', { org: state.org });
    $('as-of').textContent = t('as-of', { date: showDay(o.today) });
    $('by-type-title').textContent = t('by-type');
    $('by-org-title').textContent = t('by-org');
    const head = (first) => [first, ...STATUS.map((s) => t(`status-${s}`)), t('col-registered')];
    const line = (label, r) => [label, ...STATUS.map((s) => fmt(r[s])), fmt(r.registered)];
    table(
      'table-by-type',
      head(t('col-type')),
      o.byType.rows.map((r) => line(typeName(r.key), r)),
      line(t('total'), o.byType.total),
    );
    const hasChildren = o.byOrg.rows.length > 1;
    $('by-org-block').hidden = !hasChildren;
    table(
      'table-by-org',
      head(t('col-org')),
      o.byOrg.rows.map((r) => line(r.key === o.org ? t('own-units') : orgName(r.key), r)),
      line(t('total'), o.byOrg.total),
    );
    await chart('chart-overview', o.chart);
  }

  function fillFilters() {
    const opt = (value, label) => el('option', { value }, label);
    $('q').placeholder = t('search');
    $('f-type').replaceChildren(opt('', t('any-type')), ...me.types.map((x) => opt(x.code, x.name)));
    $('f-status').replaceChildren(opt('', t('any-status')), ...STATUS.map((s) => opt(s, t(`status-${s}`))));
    $('f-step').replaceChildren(
      opt('', t('any-step')),
      ...me.steps.flatMap((s) => [
        opt(`${s.id}:open`, `${s.title}: ${t('step-open')}`),
        opt(`${s.id}:done`, `${s.title}: ${t('step-done')}`),
      ]),
    );
    const sorts = ['name', 'type', 'org', 'status', 'deadline', 'readiness', 'registered'];
    $('f-sort').replaceChildren(...sorts.map((s) => opt(s, t(`sort-${s}`))));
    $('sort-label').textContent = t('sort');
    $('desc-label').textContent = t('sort-desc');
    $('download').textContent = t('download');
    $('prev').textContent = t('prev');
    $('next').textContent = t('next');
  }

  function unitFilters() {
    const [step, stepState] = $('f-step').value.split(':');
    return {
      org: state.org,
      q: $('q').value.trim(),
      type: $('f-type').value,
      status: $('f-status').value,
      step: step || '',
      stepState: step ? stepState : '',
      sort: $('f-sort').value,
      dir: $('f-desc').checked ? 'desc' : 'asc',
    };
  }

  async function showUnits() {
    const p = await api('units', { ...unitFilters(), page: state.units.page });
    const pages = Math.max(1, Math.ceil(p.total / p.size));
    $('units-count').textContent = t('count', { total: fmt(p.total) });
    $('page').textContent = t('page', { page: p.page, pages });
    $('prev').disabled = p.page <= 1;
    $('next').disabled = p.page >= pages;
    const status = (r) => t(`status-${r.status}`);
    table(
      'units-table',
      [t('col-name'), t('col-type'), t('col-org'), t('col-status'), t('col-deadline'), t('col-readiness')],
      p.rows.map((r) => [
        r.name,
        typeName(r.type),
        orgName(r.org),
        status(r),
        showDay(r.deadline),
        r.stepsTotal ? `${r.stepsDone}/${r.stepsTotal}` : '',
      ]),
    );
    if (p.total === 0) say(t('no-units'));
    else say('');
  }

  async function download() {
    const button = $('download');
    button.disabled = true;
    say(t('downloading'));
    try {
      const res = await api('units.xlsx', unitFilters(), true);
      const name =
        /filename="([^"]+)"/.exec(res.headers.get('content-disposition') || '')?.[1] || 'units.xlsx';
      const url = URL.createObjectURL(await res.blob());
      const a = el('a', { href: url, download: name });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      say('');
    } finally {
      button.disabled = false;
    }
  }

  async function showBroadcasts() {
    const b = await api('broadcasts', { org: state.org });
    const rows = b.broadcasts.map((x) => [
      `#${x.id} ${x.title}${x.state === 'sending' ? ` (${t('bc-sending')})` : ''}`,
      fmt(x.total),
      fmt(x.sent),
      fmt(x.failed),
      fmt(x.gone),
      fmt(x.pending),
      x.ack ? fmt(x.acks) : '–',
    ]);
    table(
      'broadcasts-table',
      ['', t('total'), t('bc-sent'), t('bc-failed'), t('bc-gone'), t('bc-pending'), t('bc-acks')],
      rows,
    );
    say(rows.length === 0 ? t('bc-none') : '');
    const list = $('broadcast-charts');
    list.replaceChildren();
    for (const x of b.broadcasts) {
      const box = el('div', { class: 'chart' });
      list.append(el('h2', {}, `#${x.id} ${x.title}`), box);
      await chart(box, x.chart);
    }
  }

  async function showReadiness() {
    const r = await api('readiness', { org: state.org });
    const steps = r.steps.filter((s) => s.of > 0);
    const title = (id) => me.steps.find((s) => s.id === id)?.title || id;
    table(
      'readiness-table',
      ['', t('rd-done'), t('rd-open')],
      steps.map((s) => [title(s.id), `${fmt(s.done)}/${fmt(s.of)}`, fmt(s.of - s.done)]),
    );
    say(steps.length === 0 ? t('rd-none') : '');
    await chart('chart-readiness', r.chart);
  }

  const VIEWS = {
    overview: showOverview,
    units: showUnits,
    broadcasts: showBroadcasts,
    readiness: showReadiness,
  };

  async function show(tab) {
    state.tab = tab;
    for (const b of document.querySelectorAll('#tabs button'))
      b.setAttribute('aria-selected', String(b.dataset.tab === tab));
    for (const name of Object.keys(VIEWS)) $(`view-${name}`).hidden = name !== tab;
    say('');
    document.body.dataset.ready = '';
    try {
      await VIEWS[tab]();
    } catch (err) {
      fail(err);
    }
    document.body.dataset.ready = tab;
  }

  function wire() {
    for (const b of document.querySelectorAll('#tabs button')) {
      b.textContent = t(`tab-${b.dataset.tab}`);
      b.addEventListener('click', () => show(b.dataset.tab));
    }
    $('org').addEventListener('change', () => {
      state.org = $('org').value;
      state.units.page = 1;
      return show(state.tab);
    });
    let typing;
    $('filters').addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => {
        state.units.page = 1;
        show('units').catch(fail);
      }, 250);
    });
    $('filters').addEventListener('submit', (e) => e.preventDefault());
    $('prev').addEventListener('click', () => {
      state.units.page--;
      return show('units');
    });
    $('next').addEventListener('click', () => {
      state.units.page++;
      return show('units');
    });
    $('download').addEventListener('click', () => download().catch(fail));
  }

  async function start() {
    document.documentElement.lang = lang;
    $('title').textContent = t('title');
    document.title = t('title');
    say(t('loading'));
    window.Telegram?.WebApp?.ready?.();
    try {
      me = await api('me');
    } catch (err) {
      fail(err);
      document.body.dataset.ready = 'refused';
      return;
    }
    lang = me.lang;
    document.documentElement.lang = lang;
    $('title').textContent = t('title');
    $('org-label').textContent = t('org');
    $('org').replaceChildren(
      ...me.orgs.map((o) => el('option', { value: o.id }, `${'\u00a0\u00a0'.repeat(o.depth)}${o.name}`)),
    );
    state.org = me.org;
    $('org-field').hidden = me.orgs.length < 2;
    $('tabs').hidden = false;
    fillFilters();
    wire();
    await show('overview');
  }

  start().catch(fail);
})();
