import './main.ts';

// Shows what the form submitted. textContent only: the values are whatever a person typed.
const list = document.querySelector('#answers');
for (const [key, value] of new URLSearchParams(location.search)) {
  const row = document.createElement('div');
  const term = document.createElement('dt');
  const detail = document.createElement('dd');
  term.textContent = key;
  detail.textContent = value;
  row.append(term, detail);
  list?.append(row);
}
