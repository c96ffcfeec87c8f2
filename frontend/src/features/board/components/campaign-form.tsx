import { useState, type FormEvent } from 'react';
import type { NfibFraudType } from '../../../api/reference';
import { Checkboxes } from '../../../components/checkboxes';
import { DateInput } from '../../../components/date-input';
import type { ErrorItem } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import { fieldMessages } from '../../../lib/api-client';
import { dateProblem, emptyDate, toIsoDate, type DateParts } from '../../../lib/dates';
import { addCampaign, changeCampaign, type Campaign, type CampaignChange } from '../api/board';

type Field = 'name' | 'startsOn' | 'endsOn' | 'fraudTypes' | 'source';

const partsOf = (iso?: string | null): DateParts => {
  if (!iso) return emptyDate();
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

/** The error summary links to the day box of a date and to the first checkbox of the fraud types. */
const anchor = (field: Field) => (field === 'startsOn' || field === 'endsOn' ? `${field}-day` : field);

/** Adds a campaign, or with `campaign` corrects that one; the API checks the name, dates and fraud types. */
export function CampaignForm({
  campaign,
  fraudTypes,
  onSaved,
  onErrors,
}: {
  campaign?: Campaign;
  fraudTypes: NfibFraudType[];
  onSaved: (notice: string) => void;
  onErrors: (errors: ErrorItem[]) => void;
}) {
  const [name, setName] = useState(campaign?.name ?? '');
  const [startsOn, setStartsOn] = useState(() => partsOf(campaign?.startsOn));
  const [endsOn, setEndsOn] = useState(() => partsOf(campaign?.endsOn));
  const [codes, setCodes] = useState<string[]>(() => campaign?.fraudTypes.map((t) => t.code) ?? []);
  const [source, setSource] = useState(campaign?.source ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);

  function show(found: Partial<Record<Field, string>>) {
    setErrors(found);
    onErrors(
      (Object.entries(found) as [Field, string][]).map(([field, message]) => ({ field: anchor(field), message })),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const startProblem = dateProblem(startsOn, 'the date the campaign starts');
    const endProblem = dateProblem(endsOn, 'the date the campaign ends');
    if (startProblem) found.startsOn = startProblem;
    if (endProblem) found.endsOn = endProblem;
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    const change: CampaignChange = {
      name,
      startsOn: toIsoDate(startsOn),
      endsOn: toIsoDate(endsOn),
      fraudTypes: codes,
      source: source.trim() || null,
    };
    setBusy(true);
    try {
      const saved = campaign ? await changeCampaign(campaign.id, change) : await addCampaign(change);
      show({});
      onSaved(campaign ? `${saved.name} is corrected` : `${saved.name} is added`);
    } catch (e) {
      show(fieldMessages(e, 'name', 'The campaign could not be saved; try again'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={campaign ? `Correct ${campaign.name}` : 'Add a campaign'}>
      <TextInput
        id="name"
        label="Name of the campaign"
        hint="As the board will read it, for example Romance fraud around Valentine's Day 2027"
        error={errors.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <DateInput id="startsOn" legend="Starts on" error={errors.startsOn} value={startsOn} onChange={setStartsOn} />
      <DateInput
        id="endsOn"
        legend="Ends on"
        hint="The same as or after the start date"
        error={errors.endsOn}
        value={endsOn}
        onChange={setEndsOn}
      />
      <Checkboxes
        name="fraudTypes"
        legend="Fraud types the campaign is about"
        legendSize="s"
        hint="Reports of these NFIB types during the campaign are counted for the board"
        error={errors.fraudTypes}
        options={fraudTypes.map((t) => ({ value: t.code, label: `${t.name} (${t.code})` }))}
        values={codes}
        onChange={setCodes}
      />
      <Textarea
        id="source"
        label="Source (optional)"
        hint="Where the name and dates come from, for example the City of London Police's announcement"
        rows={3}
        error={errors.source}
        value={source}
        onChange={(e) => setSource(e.target.value)}
      />
      <button type="submit" className="govuk-button" disabled={busy}>
        {campaign ? 'Save the correction' : 'Add the campaign'}
      </button>
    </form>
  );
}
