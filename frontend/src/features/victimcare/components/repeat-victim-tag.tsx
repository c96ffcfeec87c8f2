/** The flag shown wherever a repeat victim appears: a person seen again on a new crime. */
export function RepeatVictimTag({ repeatVictim }: { repeatVictim: boolean }) {
  if (!repeatVictim) return null;
  return (
    <strong className="govuk-tag govuk-tag--red app-repeat-victim-tag" data-testid="repeat-victim-tag">
      Repeat victim
    </strong>
  );
}
