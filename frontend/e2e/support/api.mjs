// Sets up data the way another user would, over the API: a signed-in session of its own with the
// CSRF cookie echoed in the header, as the web app does.
import { request } from 'playwright-core';
import { baseUrl, demoPassword } from './browser.mjs';
import { isoDay, londonToday } from './london-days.mjs';

const CSRF_COOKIE = 'ECU-XSRF-TOKEN';
const CSRF_HEADER = 'X-ECU-XSRF-TOKEN';

export async function signedInApi(username) {
  const context = await request.newContext({ baseURL: baseUrl });
  const csrf = async () => {
    const cookie = (await context.storageState()).cookies.find((c) => c.name === CSRF_COOKIE);
    return cookie ? decodeURIComponent(cookie.value) : '';
  };
  const send = async (method, path, body) => {
    const response = await context.fetch(path, {
      method,
      headers: method === 'GET' ? {} : { [CSRF_HEADER]: await csrf() },
      data: body,
    });
    if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
    return response.status() === 204 ? undefined : response.json();
  };
  await context.get('/api/auth/session');
  await send('POST', '/api/auth/login', { username, password: demoPassword });
  return {
    get: (path) => send('GET', path),
    post: (path, body = {}) => send('POST', path, body),
    dispose: () => context.dispose(),
  };
}

/** A fraud dissemination as the NFIB sends it; the crime waits for triage. */
export async function disseminate(api, crimeReference, victimName) {
  await api.post('/api/fraud/disseminations', {
    crimeReference,
    reportedDate: isoDay(londonToday()),
    nfibCode: 'NFIB3A',
    victimType: 'INDIVIDUAL',
    victimName,
    lossGbp: 1250,
    policingArea: 'Coventry',
  });
}

/** The id of the one open task of a type for a crime in one of the user's queues. */
export async function taskOf(api, queue, crimeReference, taskType) {
  const page = await api.get(`/api/tasks?queue=${queue}&q=${encodeURIComponent(crimeReference)}&taskType=${taskType}`);
  const task = page.tasks.find((t) => t.caseReference === crimeReference);
  if (!task) throw new Error(`No ${taskType} for ${crimeReference} in ${queue}`);
  return task.id;
}

/** Triages a new crime for the ECU with no officer named, so it waits in a supervisor's ready to allocate view. */
export async function triagedForEcuWithNoOfficer(api, crimeReference, victimName) {
  await disseminate(api, crimeReference, victimName);
  const triage = await taskOf(api, 'ecu-triage', crimeReference, 'Task_Triage');
  await api.post(`/api/tasks/${triage}/claim`);
  await api.post(`/api/tasks/${triage}/complete`, {
    linesOfEnquiry: ['Trace the account that received the money'],
    priority: 'HIGH',
    decision: 'ALLOCATE_ECU',
  });
}

/**
 * Files a new crime at triage (no suspect or account identified, outcome 18), by an officer of the triage team,
 * with a supervisor's approval when the filing rules ask for it: the crime is then finalised.
 */
export async function filedAtTriage(officer, supervisor, crimeReference, victimName) {
  await disseminate(officer, crimeReference, victimName);
  const triage = await taskOf(officer, 'ecu-triage', crimeReference, 'Task_Triage');
  await officer.post(`/api/tasks/${triage}/claim`);
  await officer.post(`/api/tasks/${triage}/complete`, {
    linesOfEnquiry: [],
    priority: 'LOW',
    decision: 'FILE',
    filingRationale: 'No suspect or account identified',
    filingOutcomeCode: '18',
  });
  const approval = await taskOf(supervisor, 'ecu-supervisors', crimeReference, 'Task_ApproveFiling').catch(() => null);
  if (approval) {
    await supervisor.post(`/api/tasks/${approval}/claim`);
    await supervisor.post(`/api/tasks/${approval}/complete`, { approved: true });
  }
}
