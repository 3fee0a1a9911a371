/* The dashboard page: fetches the report (signed link, local mode, or Teams single sign-on) and
   shows it as charts and as a table with the same figures, so screen readers get everything. */
(async function main() {
  const params = new URLSearchParams(location.search);
  const en = (params.get('lang') ?? '').toLowerCase().startsWith('en');
  const headers = {};
  let res;
  try {
    if (params.get('inTeams') === '1' && !params.get('sig')) {
      await loadScript('/dashboard/assets/teams.js');
      await window.microsoftTeams.app.initialize();
      headers.authorization = `Bearer ${await window.microsoftTeams.authentication.getAuthToken()}`;
    }
    res = await fetch(`/api/report?${params}`, { headers });
  } catch {
    // no single sign-on token (docs/deploy.md, "The dashboard tab"), or no connection
    res = { ok: false, status: 0 };
  }
  if (!res.ok) {
    const notForYou = en
      ? 'This dashboard is for members of Team Uthiek only, and you are not one. Nothing is wrong: you can close this tab.'
      : 'Dit dashboard is alleen voor leden van Team Uthiek, en dat ben je niet. Er is niets mis: je kunt dit tabblad sluiten.';
    const failed = en
      ? 'The dashboard could not be loaded. Try again later.'
      : 'Het dashboard kon niet worden geladen. Probeer het later nog eens.';
    document.getElementById('progress').textContent = res.status === 403 ? notForYou : failed;
    document.getElementById('progress').className = 'error';
    return;
  }
  render(await res.json());
})();

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
}

function text(id, value) {
  document.getElementById(id).textContent = value;
}

function chart(id, caption, config) {
  text(`cap-${id}`, caption);
  const canvas = document.getElementById(`chart-${id}`);
  const values = config.data.labels.map((l, i) => `${l}: ${config.data.datasets[0].data[i]}`).join('; ');
  canvas.setAttribute('aria-label', `${caption}. ${values}`);
  canvas.textContent = values;
  config.options = {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    plugins: { legend: { display: config.type !== 'bar' || config.data.datasets.length > 1 } },
    ...config.options,
  };
  new window.Chart(canvas, config);
}

function render(d) {
  document.documentElement.lang = d.lang;
  document.title = d.title;
  text('title', d.title);
  text('asof', d.asOf);
  text('progress', d.progress);
  chart('years', d.labels.years, {
    type: 'bar',
    data: {
      labels: d.years.map((y) => String(y.year)),
      datasets: [
        { label: d.labels.held, data: d.years.map((y) => y.held), backgroundColor: '#c8102e' },
        {
          label: d.labels.target,
          data: d.years.map(() => d.target),
          type: 'line',
          borderColor: '#242424',
          pointRadius: 0,
        },
      ],
    },
    options: { scales: { y: { beginAtZero: true } } },
  });
  chart('funnel', d.labels.funnel, {
    type: 'bar',
    data: {
      labels: d.funnel.map((f) => f.label),
      datasets: [{ label: d.labels.funnel, data: d.funnel.map((f) => f.value), backgroundColor: '#0f6cbd' }],
    },
    options: { indexAxis: 'y', scales: { x: { beginAtZero: true } } },
  });
  chart('advice', d.labels.advice, {
    type: 'bar',
    data: {
      labels: d.advice.map((f) => f.label),
      datasets: [
        {
          label: d.labels.advice,
          data: d.advice.map((f) => f.value),
          backgroundColor: ['#107c10', '#c8102e', '#8a8886', '#ca5010', '#5c2e91'],
        },
      ],
    },
    options: { scales: { y: { beginAtZero: true } } },
  });
  text('cap-table', d.labels.table);
  const head = document.querySelector('#figures thead');
  head.innerHTML = '';
  const hr = head.insertRow();
  for (const h of d.labels.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    hr.append(th);
  }
  const body = document.querySelector('#figures tbody');
  body.innerHTML = '';
  for (const row of d.rows) {
    const tr = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = row.label;
    tr.append(th);
    const value = tr.insertCell();
    value.className = 'num';
    value.textContent = row.value === null ? '–' : String(row.value);
    const cases = tr.insertCell();
    cases.className = 'cases';
    cases.textContent = row.caseIds.join(', ');
  }
  text('rules-title', d.labels.rules);
  const rules = document.getElementById('rules');
  rules.innerHTML = '';
  for (const rule of d.rules) {
    const li = document.createElement('li');
    li.textContent = rule;
    rules.append(li);
  }
}
