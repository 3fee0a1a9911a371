import { describe, expect, it } from 'vitest';
import {
  CASE_STATES,
  canTransition,
  FINAL_STATES,
  IllegalTransition,
  isOpen,
  transition,
  type CaseAction,
} from '../../../src/domain/case/lifecycle.js';

describe('case lifecycle', () => {
  it('follows the main path from intake to closed', () => {
    const path: [CaseAction, string][] = [
      ['submit', 'submitted'],
      ['accept', 'accepted'],
      ['schedule', 'scheduled'],
      ['reschedule', 'scheduled'],
      ['record-assessment', 'assessed'],
      ['start-follow-up', 'follow-up'],
      ['close', 'closed'],
    ];
    let state = 'intake' as Parameters<typeof transition>[0];
    for (const [action, to] of path) {
      state = transition(state, action);
      expect(state).toBe(to);
    }
  });

  it('goes back to the queue after information is given, and back to accepted when a meeting is called off', () => {
    expect(transition(transition('submitted', 'request-info'), 'provide-info')).toBe('submitted');
    expect(transition('scheduled', 'unschedule')).toBe('accepted');
  });

  it('refuses what the diagram does not allow', () => {
    expect(() => transition('intake', 'accept')).toThrow(IllegalTransition);
    expect(() => transition('submitted', 'schedule')).toThrow(/cannot schedule a case that is submitted/);
    expect(() => transition('accepted', 'record-assessment')).toThrow(IllegalTransition);
    expect(canTransition('needs-info', 'accept')).toBe(false);
    expect(canTransition('needs-info', 'decline')).toBe(true);
  });

  it('lets nothing leave a final state', () => {
    const actions: CaseAction[] = [
      'submit',
      'abandon',
      'accept',
      'request-info',
      'provide-info',
      'decline',
      'mark-duplicate',
      'schedule',
      'reschedule',
      'unschedule',
      'record-assessment',
      'start-follow-up',
      'close',
      'cancel',
    ];
    for (const state of FINAL_STATES)
      for (const action of actions) expect(canTransition(state, action), `${state} ${action}`).toBe(false);
    expect(CASE_STATES.filter(isOpen)).toEqual([
      'intake',
      'submitted',
      'needs-info',
      'accepted',
      'scheduled',
      'assessed',
      'follow-up',
    ]);
  });
});
