import { useSession } from '../../../lib/session-context';
import { canKeepCampaigns, canOpenBoardCases } from './board-access';
import { BoardPage } from './board-page';
import { CampaignsPage } from './campaigns-page';

/** The board page for the signed-in user: a supervisor's figures link to the crimes behind them. */
export function BoardReportRoute() {
  const { user } = useSession();
  return <BoardPage canOpenCases={canOpenBoardCases(user)} canKeepCampaigns={canKeepCampaigns(user)} />;
}

/** The campaigns for the signed-in user: a supervisor may add and correct them. */
export function CampaignsRoute() {
  const { user } = useSession();
  return <CampaignsPage canChange={canKeepCampaigns(user)} />;
}
