// The one place the app talks to the backend: JSON in and out, the CSRF header on every change,
// and the API's error shape turned into an ApiError the pages can show in words.

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly fieldErrors: FieldError[];

  constructor(status: number, message: string, fieldErrors: FieldError[] = []) {
    super(message);
    this.status = status;
    this.fieldErrors = fieldErrors;
  }
}

/**
 * A refused save as one message per field: the server's field errors, or else its message (or, when the server could
 * not be reached, {@code fallback}) against {@code field}, the form's first field.
 */
export function fieldMessages(e: unknown, field: string, fallback: string): Record<string, string> {
  if (e instanceof ApiError && e.fieldErrors.length > 0) {
    return Object.fromEntries(e.fieldErrors.map((f) => [f.field, f.message]));
  }
  return { [field]: e instanceof ApiError ? e.message : fallback };
}

const CSRF_COOKIE = 'ECU-XSRF-TOKEN';
const CSRF_HEADER = 'X-ECU-XSRF-TOKEN';

function csrfToken(): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${CSRF_COOKIE}=`))
    ?.substring(CSRF_COOKIE.length + 1);
}

/** Every answer from the server restarts the session's idle clock; the timeout warning listens here. */
const contactListeners = new Set<() => void>();

export function onServerContact(listener: () => void): () => void {
  contactListeners.add(listener);
  return () => contactListeners.delete(listener);
}

interface RequestOptions {
  /** let the request outlive the page (saving a draft as the page is left) */
  keepalive?: boolean;
}

async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined && !(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) headers[CSRF_HEADER] = decodeURIComponent(token);
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    keepalive: options.keepalive,
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  if (response.status !== 401) contactListeners.forEach((listener) => listener());
  if (!response.ok) {
    throw await toApiError(response);
  }
  if (response.status === 204) {
    return undefined as T;
  }
  const type = response.headers.get('Content-Type') ?? '';
  return (type.includes('json') ? response.json() : response.text()) as Promise<T>;
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = await response.json();
    return new ApiError(response.status, body.message ?? response.statusText, body.fieldErrors ?? []);
  } catch {
    return new ApiError(response.status, `The server answered ${response.status} ${response.statusText}`);
  }
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, body ?? {}, options),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
