import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';
import { ApiError } from '../../../lib/api-client';
import { useApiData } from '../../../lib/use-api-data';
import { getSignInOptions } from '../../../api/session';
import { singleSignOnProblem, validateLogin } from './login-form';
import { useSession } from '../../../lib/session-context';

/** The force's single sign-on, offered only when the server has it configured. */
function SingleSignOn() {
  const { data: options } = useApiData(getSignInOptions);
  if (!options?.singleSignOn || !options.singleSignOnPath) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Or use your force account</h2>
      <a
        href={options.singleSignOnPath}
        role="button"
        draggable="false"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
      >
        Sign in with force single sign-on
      </a>
    </>
  );
}

export function LoginPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>(() => {
    const problem = singleSignOnProblem(searchParams.get('sso'));
    return problem ? [{ message: problem }] : [];
  });
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateLogin({ username, password });
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      await signIn(username.trim(), password);
      const next = (location.state as { from?: string } | null)?.from ?? '/';
      navigate(next, { replace: true });
    } catch (e) {
      setErrors([{ field: 'username', message: e instanceof ApiError ? e.message : 'Sign-in failed; try again' }]);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) => errors.find((e) => e.field === field)?.message;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-half">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Sign in to ECU Casework</h1>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="username"
            label="Username"
            autoComplete="username"
            spellCheck={false}
            value={username}
            error={fieldError('username')}
            onChange={(e) => setUsername(e.target.value)}
          />
          <TextInput
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            error={fieldError('password')}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
            Sign in
          </button>
        </form>
        <SingleSignOn />
      </div>
    </div>
  );
}
