/**
 * The script of the page for people outside Teams: sends each form as JSON to the page's own
 * address (with its signature) and says the result in the form's status line, which gets focus
 * so that screen readers announce it. Plain ES2017, no libraries.
 */
export const OUTSIDE_SCRIPT = `(function () {
  'use strict';
  function payload(form) {
    var kind = form.getAttribute('data-kind');
    if (kind === 'poll') {
      var answers = {};
      form.querySelectorAll('input[type=radio]:checked').forEach(function (r) {
        answers[r.name.replace('slot_', '')] = r.value;
      });
      return { kind: kind, answers: answers };
    }
    if (kind === 'input') return { kind: kind, text: form.querySelector('textarea').value };
    var chosen = form.querySelector('input[name=conflict]:checked');
    if (!chosen) return undefined;
    var detail = form.querySelector('textarea').value.trim();
    var out = { kind: kind, conflict: chosen.value === 'yes' };
    if (detail) out.detail = detail;
    return out;
  }
  document.querySelectorAll('form[data-kind]').forEach(function (form) {
    var status = form.querySelector('[role=status]');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type=submit]');
      var body = payload(form);
      button.disabled = true;
      fetch(location.pathname + location.search, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body || {}),
        credentials: 'omit',
      })
        .then(function (res) {
          return res.json().then(function (data) {
            return { ok: res.ok, message: data && data.message };
          });
        })
        .catch(function () {
          return { ok: false, message: document.documentElement.lang === 'en' ? 'No connection.' : 'Geen verbinding.' };
        })
        .then(function (result) {
          status.textContent = result.message || '';
          status.setAttribute('data-ok', result.ok ? 'true' : 'false');
          status.focus();
          button.disabled = false;
          if (result.ok && body && body.kind === 'input') form.querySelector('textarea').value = '';
        });
    });
  });
})();
`;
