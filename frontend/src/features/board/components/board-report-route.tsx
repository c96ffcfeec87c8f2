import { useSession } from '../../../lib/session-context';
import { canOpenBoardCases } from './board-access';
import { BoardPage } from './board-page';

/** The board page for the signed-in user: a supervisor's figures link to the crimes behind them. */
export function BoardReportRoute() {
  const { user } = useSession();
  return <BoardPage canOpenCases={canOpenBoardCases(user)} />;
}
