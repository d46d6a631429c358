// Redflag analyst dashboard. Plain JavaScript, no build step. Every text from the server is inserted as text
// (textContent / text nodes), never as HTML: ad text is untrusted content from the web.
'use strict';
(function () {
  const KEY = 'redflag.apiKey';
  const PAGE = 25;
  const state = { offset: 0, total: 0, selectedId: '', ad: null };
  const $ = (id) => document.getElementById(id);

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props || {})) {
      if (name === 'class') node.className = value;
      else if (name.startsWith('data-') || name.startsWith('aria-')) node.setAttribute(name, value);
      else node[name] = value;
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function show(text, ok) {
    const box = $('message');
    box.textContent = text;
    box.className = ok ? 'ok' : '';
    box.hidden = !text;
  }

  class ApiError extends Error {
    constructor(status, body) {
      super(body && body.error ? body.error : 'HTTP ' + status);
      this.status = status;
      this.details = body && body.details ? body.details : {};
    }
  }

  async function api(path, options) {
    const key = sessionStorage.getItem(KEY) || '';
    const init = Object.assign({ headers: {} }, options || {});
    init.headers = Object.assign({ 'Authorization': 'Bearer ' + key, 'Accept': 'application/json' }, init.headers);
    if (init.json !== undefined) {
      init.body = JSON.stringify(init.json);
      init.headers['Content-Type'] = 'application/json';
      delete init.json;
    }
    const response = await fetch(path, init);
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(response.status, body);
    return body;
  }

  function riskBadge(risk) {
    const level = risk >= 0.8 ? 'risk high' : risk >= 0.5 ? 'risk mid' : 'risk';
    return el('span', { class: level, title: 'risk' }, risk.toFixed(2));
  }

  // ---- key ----
  async function useKey(event) {
    if (event) event.preventDefault();
    const typed = $('api-key').value.trim();
    if (typed) sessionStorage.setItem(KEY, typed);
    $('api-key').value = '';
    if (!sessionStorage.getItem(KEY)) { show('Paste your API key first.'); return; }
    try {
      const me = await api('/api/v1/me');
      if (me.role !== 'analyst') {
        show('This page is for analyst keys; this key has role ' + me.role + '.');
        return;
      }
      $('who').textContent = 'Signed in as ' + me.name;
      show('');
      state.offset = 0;
      await loadQueue(false);
    } catch (e) {
      sessionStorage.removeItem(KEY);
      $('who').textContent = '';
      show(e.message);
    }
  }

  function forgetKey() {
    sessionStorage.removeItem(KEY);
    $('who').textContent = '';
    $('queue').replaceChildren();
    $('queue-count').textContent = '';
    $('more').hidden = true;
    $('detail').replaceChildren(el('p', { class: 'hint' }, 'Key forgotten. Paste a key to continue.'));
  }

  // ---- queue ----
  function queueQuery() {
    const params = new URLSearchParams({ flagged: 'true', sort: 'risk', limit: String(PAGE), offset: String(state.offset) });
    const status = $('f-status').value;
    if (status) params.set('status', status);
    const risk = $('f-risk').value;
    if (risk && Number(risk) > 0) params.set('min_risk', risk);
    const text = $('f-text').value.trim();
    if (text) params.set('q', text);
    return params;
  }

  async function loadQueue(append) {
    try {
      const page = await api('/api/v1/ads?' + queueQuery());
      state.total = page.total;
      if (!append) $('queue').replaceChildren();
      for (const ad of page.items) $('queue').append(el('li', {}, queueRow(ad)));
      const shown = $('queue').children.length;
      $('queue-count').textContent = page.total + ' flagged ad' + (page.total === 1 ? '' : 's') + ' match, ' + shown + ' shown';
      $('more').hidden = shown >= page.total;
    } catch (e) {
      show(e.message);
    }
  }

  function queueRow(ad) {
    const row = el('button', { type: 'button', class: 'ad-row', 'data-id': ad.id },
      riskBadge(ad.risk),
      el('span', {},
        el('span', { class: 'title' }, ad.title || '(no title)'),
        el('br'),
        el('span', { class: 'meta' }, [ad.platform, ad.status.replace('_', ' '), ad.indicators.length + ' indicators',
          ad.assignee ? 'assigned to ' + ad.assignee : ''].filter(Boolean).join(' · '))));
    if (ad.id === state.selectedId) row.classList.add('selected');
    row.addEventListener('click', () => openAd(ad.id));
    return row;
  }

  async function exportCsv() {
    const params = queueQuery();
    params.delete('offset');
    params.set('limit', '1000');
    params.set('format', 'csv');
    try {
      const response = await fetch('/api/v1/ads/export?' + params, {
        headers: { 'Authorization': 'Bearer ' + (sessionStorage.getItem(KEY) || '') } });
      if (!response.ok) {
        const body = await response.json().catch(() => null);
        throw new ApiError(response.status, body);
      }
      const url = URL.createObjectURL(await response.blob());
      const link = el('a', { href: url, download: 'redflag-ads.csv' });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 5000);
    } catch (e) {
      show(e.message);
    }
  }

  // ---- one ad ----
  async function openAd(id) {
    state.selectedId = id;
    for (const row of document.querySelectorAll('.ad-row')) row.classList.toggle('selected', row.dataset.id === id);
    try {
      const ad = await api('/api/v1/ads/' + encodeURIComponent(id));
      state.ad = ad;
      renderAd(ad);
      loadLinked(id);
    } catch (e) {
      show(e.message);
    }
  }

  function renderAd(ad) {
    const x = ad.explanation;
    const detail = $('detail');
    detail.replaceChildren(
      el('h2', {}, ad.listing.title || '(no title)'),
      el('p', { class: 'meta' }, [ad.platform, 'source ' + ad.source_id, 'first seen ' + ad.first_seen.slice(0, 10),
        ad.removed_at ? 'removed ' + ad.removed_at.slice(0, 10) : 'live', 'language ' + x.language].join(' · ')),
      adLink(ad.url),
      el('div', { class: 'scores' }, riskBadge(x.risk),
        el('span', {}, 'deception ' + x.deception.toFixed(2)),
        ...['act', 'means', 'purpose'].map((name) => el('span', {}, el('span', { class: 'sw el-' + name }),
          ' ' + name + ' ' + x.element_scores[name].toFixed(2)))),
      el('h3', {}, 'The ad, with the evidence marked'),
      legend(),
      ...x.highlighted.map(field),
      el('h3', {}, 'Indicators'),
      indicatorTable(x.indicators),
      el('h3', {}, 'Contacts'),
      contacts(ad.contacts),
      el('h3', {}, 'Linked ads (shared contact)'),
      el('div', { id: 'linked' }, el('p', { class: 'hint' }, 'Looking for ads with the same contacts...')),
      reposts(ad.repost_of),
      el('h3', {}, 'Review'),
      platformAnswer(ad.platform_response),
      triageForm(ad),
      notes(ad.triage.notes));
  }

  function adLink(url) {
    if (!/^https?:\/\//i.test(url)) return el('p', { class: 'meta' }, url);
    return el('p', { class: 'meta' }, el('a', { href: url, target: '_blank', rel: 'noopener noreferrer nofollow' }, url));
  }

  function legend() {
    return el('p', { class: 'legend' }, ...['act', 'means', 'purpose'].map((name) =>
      el('span', {}, el('span', { class: 'sw el-' + name }), ' ' + name)));
  }

  function field(f) {
    const text = el('div', { class: 'text' });
    for (const segment of f.segments) {
      if (segment.indicators.length === 0) { text.append(segment.text); continue; }
      const element = segment.elements[0];
      text.append(el('mark', { class: 'el-' + element, 'data-element': segment.elements.join(' '),
        title: segment.elements.join(', ') + ': ' + segment.indicators.join(', ') }, segment.text,
        el('span', { class: 'tag' }, segment.elements.join('+'))));
    }
    return el('div', { class: 'field' }, el('div', { class: 'name' }, f.field), text,
      f.unmatched_spans ? el('p', { class: 'meta' }, f.unmatched_spans + ' evidence span(s) no longer match this text') : null);
  }

  function indicatorTable(indicators) {
    if (indicators.length === 0) return el('p', { class: 'hint' }, 'No indicator fired.');
    return el('table', {},
      el('thead', {}, el('tr', {}, el('th', {}, 'indicator'), el('th', {}, 'element'), el('th', {}, 'weight'), el('th', {}, 'evidence'))),
      el('tbody', {}, ...indicators.map((i) => el('tr', {},
        el('td', {}, i.id + (i.exploitation ? ' (' + i.exploitation + ')' : '')),
        el('td', {}, el('span', { class: 'sw el-' + i.element }), ' ' + i.element),
        el('td', {}, i.weight.toFixed(2)),
        el('td', {}, i.evidence.map((e) => '"' + e.text + '" (' + e.field + ' ' + e.start + '-' + e.end + ')').join('; '))))));
  }

  function contacts(c) {
    const all = [...c.phones, ...c.emails, ...c.messengers, ...c.urls];
    if (all.length === 0) return el('p', { class: 'hint' }, 'No contact found in the ad.');
    return el('ul', {}, ...all.map((value) => el('li', {}, value)));
  }

  async function loadLinked(id) {
    try {
      const linked = await api('/api/v1/ads/' + encodeURIComponent(id) + '/linked');
      if (state.selectedId !== id) return;
      const box = $('linked');
      const withAds = linked.links.filter((link) => link.ads.length > 0);
      if (withAds.length === 0) { box.replaceChildren(el('p', { class: 'hint' }, 'No other ad shares a contact with this one.')); return; }
      box.replaceChildren(...withAds.map((link) => el('div', {},
        el('p', { class: 'meta' }, link.kind + ' ' + link.contact + ': ' + link.ads.length + ' other ad(s)'),
        el('ul', {}, ...link.ads.map((other) => el('li', {}, el('button', { type: 'button', class: 'link-ad',
          onclick: () => openAd(other.id) }, riskBadge(other.risk), ' ' + (other.title || other.id) + ' (' + other.platform + ')')))))));
    } catch (e) {
      show(e.message);
    }
  }

  // ---- triage ----
  function triageForm(ad) {
    const assignee = el('input', { id: 't-assignee', value: ad.triage.assignee, placeholder: 'nobody' });
    const note = el('textarea', { id: 't-note', placeholder: 'note (optional)' });
    const button = (label, status, cls) => el('button', { type: 'button', class: cls || '', 'data-status': status || '',
      onclick: () => sendTriage(status, assignee.value, note.value) }, label);
    return el('div', { id: 'triage-form' },
      el('p', {}, 'Status: ', el('strong', { id: 't-status' }, ad.triage.status.replace('_', ' '))),
      el('label', {}, 'Assignee ', assignee),
      note,
      el('div', { class: 'buttons' },
        button('Confirm flag', 'confirmed', 'confirm'),
        button('Dismiss', 'dismissed', 'dismiss'),
        button('Mark in review', 'in_review'),
        button('Save assignee / note', '')));
  }

  async function sendTriage(status, assignee, note) {
    const ad = state.ad;
    const change = { version: ad.version };
    if (status) change.status = status;
    if (assignee.trim() !== ad.triage.assignee) change.assignee = assignee.trim();
    if (note.trim()) change.note = note.trim();
    if (Object.keys(change).length === 1) { show('Nothing to save: choose a status, change the assignee or write a note.'); return; }
    try {
      const saved = await api('/api/v1/ads/' + encodeURIComponent(ad.id) + '/triage', { method: 'PATCH', json: change });
      state.ad = saved;
      renderAd(saved);
      loadLinked(saved.id);
      show('Saved: ' + saved.triage.status.replace('_', ' ') + (saved.triage.assignee ? ', assigned to ' + saved.triage.assignee : ''), true);
      state.offset = 0;
      await loadQueue(false);
    } catch (e) {
      if (e.status === 409) {
        show('Someone else changed this ad while you read it. It has been reloaded: check it and send your change again.');
        await openAd(ad.id);
      } else {
        show(e.message);
      }
    }
  }

  function reposts(ids) {
    if (ids.length === 0) return null;
    return el('p', { class: 'meta' }, 'Same text as earlier ads: ', ...ids.map((id) =>
      el('button', { type: 'button', class: 'link-ad', onclick: () => openAd(id) }, id.slice(0, 8))));
  }

  function platformAnswer(r) {
    const text = r.state === 'open' ? 'not yet acknowledged'
      : r.state === 'acknowledged' ? 'acknowledged by ' + r.respondent
      : 'action taken: ' + r.action.replace(/_/g, ' ') + ' (' + r.respondent + ')' + (r.note ? ': ' + r.note : '');
    return el('p', { class: 'meta', id: 'platform-answer' }, 'Platform report: ' + text);
  }

  function notes(list) {
    if (list.length === 0) return el('p', { class: 'hint' }, 'No notes yet.');
    return el('ul', { class: 'notes' }, ...list.map((n) =>
      el('li', {}, el('span', { class: 'meta' }, n.at.replace('T', ' ').slice(0, 16) + ' ' + n.author + ': '), n.text)));
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('key-form').addEventListener('submit', useKey);
    $('key-forget').addEventListener('click', forgetKey);
    $('filters').addEventListener('submit', (event) => { event.preventDefault(); state.offset = 0; loadQueue(false); });
    $('export').addEventListener('click', exportCsv);
    $('more').addEventListener('click', () => { state.offset = $('queue').children.length; loadQueue(true); });
    if (sessionStorage.getItem(KEY)) useKey();
  });
})();
