// The standard government form block, as server-rendered markup: a labelled text input with
// a hint, a radio group of three in a fieldset, a checkbox, a select of five options and a
// textarea. Polis and plain HTML use the same labels, names and values; block i suffixes
// every name and id with -i so N blocks in one form stay distinct.

export const LABELS = {
  name: 'Full name',
  nameHint: 'As it appears on your permit letter.',
  district: 'Which district do you live in?',
  districts: [
    ['north', 'North'],
    ['riverside', 'Riverside'],
    ['old-town', 'Old Town'],
  ],
  updates: 'Send me email updates',
  country: 'Country',
  countries: [
    ['', 'Choose a country'],
    ['FR', 'France'],
    ['DE', 'Germany'],
    ['IE', 'Ireland'],
    ['GB', 'United Kingdom'],
  ],
  detail: 'Can you provide more detail?',
};

const L = LABELS;
const options = () =>
  L.countries.map(([value, text]) => `<option value="${value}">${text}</option>`).join('');

export function polisBlock(i) {
  return `<div class="block">
<polis-text-input id="name-${i}" name="name-${i}" label="${L.name}" hint="${L.nameHint}"></polis-text-input>
<polis-radios id="district-${i}" name="district-${i}" legend="${L.district}">${L.districts
    .map(([value, text]) => `<polis-radio value="${value}" label="${text}"></polis-radio>`)
    .join('')}</polis-radios>
<polis-checkbox id="updates-${i}" name="updates-${i}" value="yes" label="${L.updates}"></polis-checkbox>
<polis-select id="country-${i}" name="country-${i}" label="${L.country}">${options()}</polis-select>
<polis-textarea id="detail-${i}" name="detail-${i}" label="${L.detail}" rows="5"></polis-textarea>
</div>`;
}

export function plainBlock(i) {
  return `<div class="block">
<div class="field"><label for="name-${i}">${L.name}</label><div class="hint" id="name-${i}-hint">${L.nameHint}</div><input type="text" id="name-${i}" name="name-${i}" aria-describedby="name-${i}-hint"></div>
<fieldset class="field" id="district-${i}"><legend>${L.district}</legend>${L.districts
    .map(
      ([value, text], k) =>
        `<div class="choice"><input type="radio" id="district-${i}-${k}" name="district-${i}" value="${value}"><label for="district-${i}-${k}">${text}</label></div>`,
    )
    .join('')}</fieldset>
<div class="field choice"><input type="checkbox" id="updates-${i}" name="updates-${i}" value="yes"><label for="updates-${i}">${L.updates}</label></div>
<div class="field"><label for="country-${i}">${L.country}</label><select id="country-${i}" name="country-${i}">${options()}</select></div>
<div class="field"><label for="detail-${i}">${L.detail}</label><textarea id="detail-${i}" name="detail-${i}" rows="5"></textarea></div>
</div>`;
}

/** N blocks of one kind ('polis' or 'plain'), ready to put into the page's form. */
export function blocks(kind, n) {
  const block = kind === 'polis' ? polisBlock : plainBlock;
  return Array.from({ length: n }, (_, i) => block(i)).join('\n');
}
