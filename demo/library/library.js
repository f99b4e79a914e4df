// The municipality filter of the library page: narrows everything inside <library-feed> to one municipality
// by setting its `municipality` attribute, and remembers the choice in the address (?gemeente=GM0400).
const select = document.getElementById('municipality');
const feed = document.getElementById('feed');
const params = new URLSearchParams(location.search);
const initial = params.get('gemeente');
if (initial && [...select.options].some((o) => o.value === initial)) select.value = initial;

function apply() {
  if (select.value) feed.setAttribute('municipality', select.value);
  else feed.removeAttribute('municipality');
  // Opening hours are per branch: show only the branches of the chosen municipality.
  for (const el of feed.querySelectorAll('[data-municipality]')) {
    el.hidden = Boolean(select.value) && el.dataset.municipality !== select.value;
  }
  const url = new URL(location.href);
  if (select.value) url.searchParams.set('gemeente', select.value);
  else url.searchParams.delete('gemeente');
  history.replaceState(null, '', url);
}
select.addEventListener('change', apply);
apply();
